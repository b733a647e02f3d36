import EMKit
import SubmissionCalls

extension Chapter02: GradedChapter {
    public static var items: [GradedItem] { Chapter02Items.all }
    public static var quiz: ChapterQuiz? { Chapter02Quiz.quiz }
    public static var key: (any ChapterKey.Type)? { Chapter02Key.self }
    public static var figures: [FigureRecipe] { Chapter02Figures.all }
}

extension EMExercise {
    /// `emAlgorithm`: one function a quantity, the loop that calls them in part 6.
    static let emAlgorithm = EMExercise(chapter: Chapter02.self, function: "emAlgorithm",
                                        parts: [.responsibilities: [1], .weights: [2, 3], .means: [4], .covariances: [5], .logLikelihood: [6]])
}
