import EMKit
import SubmissionCalls

extension Chapter01: GradedChapter {
    public static var items: [GradedItem] { Chapter01Items.all }
    public static var quiz: ChapterQuiz? { nil }
    public static var key: (any ChapterKey.Type)? { Chapter01Key.self }
    public static var figures: [FigureRecipe] { Chapter01Figures.all }
}
