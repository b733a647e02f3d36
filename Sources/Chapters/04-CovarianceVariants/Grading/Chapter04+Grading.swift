import EMKit
import SubmissionCalls

extension Chapter04: GradedChapter {
    public static var items: [GradedItem] { Chapter04Items.all }
    public static var quiz: ChapterQuiz? { Chapter04Quiz.quiz }
    public static var key: (any ChapterKey.Type)? { Chapter04Key.self }
    public static var figures: [FigureRecipe] { Chapter04Figures.all }
}
