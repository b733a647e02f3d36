import EMKit
import SubmissionCalls

/// A chapter's quiz: questions answered by running the student's code, each marked right or
/// wrong against the kit's reference, computed on the spot (no answers are stored).
public struct ChapterQuiz: Sendable {
    /// One line saying what was run, e.g. "runEM in Exercises on the notebook's data (seed 4)".
    /// Worked out when asked (it may read a data set), not when the catalog is built.
    public var summary: String { makeSummary() }
    private let makeSummary: @Sendable () -> String
    /// The answers; a call that fails becomes an answer saying why, never an error.
    public var answers: @Sendable (SubmissionSession) -> [QuizAnswer]
    /// What the quiz runs, experiment by experiment, with its sizes (`settings` in `--json`).
    public var settings: [QuizExperiment] { makeSettings() }
    private let makeSettings: @Sendable () -> [QuizExperiment]

    public init(summary: @autoclosure @escaping @Sendable () -> String, settings: @escaping @Sendable () -> [QuizExperiment] = { [] },
                answers: @escaping @Sendable (SubmissionSession) -> [QuizAnswer]) {
        makeSummary = summary
        makeSettings = settings
        self.answers = answers
    }
}

/// One experiment a quiz runs and its sizes: points, components, iterations, tolerance, start.
/// `emkit quiz --chapter N --json` prints every experiment under `settings`, so an instructor
/// sees what was run; the values are read from the requests the quiz sends, not typed twice.
public struct QuizExperiment: Sendable {
    public var name: String
    public var fields: [(key: String, value: QuizValue)]

    public init(_ name: String, _ fields: [(key: String, value: QuizValue)]) {
        self.name = name
        self.fields = fields
    }
}

/// One quiz answer from the student's code.
public struct QuizAnswer: Sendable, Equatable {
    /// The key in `emkit quiz --json`, e.g. "first_component_weight".
    public var key: String
    public var question: String
    public var value: QuizValue
    /// Whether it agrees with the reference's answer.
    public var correct: Bool
    /// Whether it is a question (listed, marked ✓ or ✗, and in `correct`), or only a value the
    /// run produced that `--json` reports besides (the fitted parameters, the whole trace).
    public var isQuestion: Bool
    /// Said after the value in the list, e.g. "(24 values, -406.3 → -371.2)".
    public var note: String?

    public init(key: String, question: String, value: QuizValue, correct: Bool, note: String? = nil) {
        self.key = key
        self.question = question
        self.value = value
        self.correct = correct
        self.isQuestion = true
        self.note = note
    }

    /// A value reported by `--json` only.
    public init(detail key: String, value: QuizValue) {
        self.key = key
        self.question = key
        self.value = value
        self.correct = true
        self.isQuestion = false
        self.note = nil
    }
}

/// The value of a quiz answer.
public enum QuizValue: Sendable, Equatable {
    case number(Double)
    case integer(Int)
    case text(String)
    case numbers([Double])
    case integers([Int])
    case matrix([[Double]])
    case matrices([[[Double]]])
    /// No answer: the student's code failed or is unfinished; the text says why.
    case missing(String)

    /// As shown to the student (numbers at eight decimals, as the notebook's quiz asks).
    public var shown: String {
        switch self {
        case .number(let x): return x.isFinite ? String(format: "%.8f", x) : "\(x)"
        case .integer(let n): return "\(n)"
        case .text(let s): return s
        case .numbers(let xs): return "[" + xs.map { String(format: "%.8f", $0) }.joined(separator: ", ") + "]"
        case .integers(let ns): return "[" + ns.map(String.init).joined(separator: ", ") + "]"
        case .matrix(let m): return "[" + m.map { QuizValue.numbers($0).shown }.joined(separator: ", ") + "]"
        case .matrices(let ms): return "[" + ms.map { QuizValue.matrix($0).shown }.joined(separator: ", ") + "]"
        case .missing(let why): return "none (\(why))"
        }
    }
}
