import EMKit
import SubmissionCalls

extension Chapter05: GradedChapter {
    public static var items: [GradedItem] { Chapter05Items.all }
    public static var quiz: ChapterQuiz? { Chapter05Quiz.quiz }
    public static var key: (any ChapterKey.Type)? { Chapter05Key.self }
    public static var figures: [FigureRecipe] { Chapter05Figures.all }
}
