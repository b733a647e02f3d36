import EMKit
import SubmissionCalls

/// One chapter of the kit: its exercise folder, graded items and its quiz.
public struct Chapter: Sendable {
    public var number: Int
    public var title: String
    /// The chapter's folder under `Exercises/` and `Solutions/`, e.g. "01-EMLoop".
    public var folder: String
    public var items: [GradedItem]
    /// What `emkit quiz --chapter N` answers from the student's code.
    public var quiz: ChapterQuiz?
    /// The reference values the chapter's visible items compare with.
    public var key: (any ChapterKey.Type)?

    public init(number: Int, title: String, folder: String, items: [GradedItem], quiz: ChapterQuiz? = nil, key: (any ChapterKey.Type)? = nil) {
        self.number = number
        self.title = title
        self.folder = folder
        self.items = items
        self.quiz = quiz
        self.key = key
    }
}

/// Every chapter of the kit. A new chapter adds one line here.
public enum Catalog {
    public static let chapters: [Chapter] = [
        Chapter(number: 1, title: "The EM loop", folder: "01-EMLoop", items: Chapter01Items.all, key: Chapter01Key.self),
        Chapter(number: 2, title: "EM in functions", folder: "02-ModularEM", items: Chapter02Items.all,
                quiz: Chapter02Quiz.quiz, key: Chapter02Key.self),
        Chapter(number: 3, title: "Sampling and model selection", folder: "03-SamplingAndSelection", items: Chapter03Items.all,
                quiz: Chapter03Quiz.quiz, key: Chapter03Key.self),
        Chapter(number: 4, title: "Covariance variants and the library view", folder: "04-CovarianceVariants", items: Chapter04Items.all, quiz: Chapter04Quiz.quiz, key: Chapter04Key.self),
        Chapter(number: 5, title: "Clustering real measurements", folder: "05-RealData", items: Chapter05Items.all, quiz: Chapter05Quiz.quiz, key: Chapter05Key.self),
    ]

    public static var allItems: [GradedItem] { chapters.flatMap(\.items) }


    public static func chapter(_ number: Int) -> Chapter? { chapters.first { $0.number == number } }
}
