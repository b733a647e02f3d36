import EMKit
import SubmissionCalls

extension Chapter01: GradedChapter {
    public static var items: [GradedItem] { Chapter01Items.all }
    public static var quiz: ChapterQuiz? { Chapter01Quiz.quiz }
    public static var key: (any ChapterKey.Type)? { Chapter01Key.self }
    public static var figures: [FigureRecipe] { Chapter01Figures.all }
}

extension EMExercise {
    /// `runEM`: one loop, seven parts.
    static let runEM = EMExercise(chapter: Chapter01.self, function: "runEM",
                                  parts: [.responsibilities: [1], .weights: [2], .means: [3, 4], .covariances: [5, 6], .logLikelihood: [7]])
}
