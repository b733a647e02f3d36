import EMKit
import SubmissionCalls

extension Chapter02: GradedChapter {
    public static var items: [GradedItem] { Chapter02Items.all }
    public static var quiz: ChapterQuiz? { Chapter02Quiz.quiz }
    public static var key: (any ChapterKey.Type)? { Chapter02Key.self }
    public static var figures: [FigureRecipe] { Chapter02Figures.all }
}
