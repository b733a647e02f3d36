import EMKit
import SubmissionCalls

extension Chapter03: GradedChapter {
    public static var items: [GradedItem] { Chapter03Items.all }
    public static var quiz: ChapterQuiz? { Chapter03Quiz.quiz }
    public static var key: (any ChapterKey.Type)? { Chapter03Key.self }
    public static var figures: [FigureRecipe] { Chapter03Figures.all }
}
