import EMKit
import SubmissionCalls

/// The first notebook's quiz, answered from one run of EM on the notebook's data.
public struct Chapter01Answers: Codable, Sendable, Equatable {
    public var first_component_weight: Double?
    public var second_component_mean_x: Double?
    public var third_component_variance_x: Double?
    /// "increasing", "decreasing" or "neither".
    public var loglikelihood_trend: String
    public var iterations: Int
    public var last_progress_line: String?
    public var weights: Vector
    public var means: Matrix
    public var covariances: [Matrix]
    public var loglikelihoods: [Double]

    init(result: NotebookEMResult, progress: [String]) {
        first_component_weight = result.weights.first
        second_component_mean_x = result.means.count > 1 ? result.means[1].first : nil
        third_component_variance_x = result.covs.count > 2 ? result.covs[2].first?.first : nil
        loglikelihood_trend = Self.trend(of: result.loglik)
        iterations = result.loglik.count - 1
        last_progress_line = progress.last
        weights = result.weights
        means = result.means
        covariances = result.covs
        loglikelihoods = result.loglik
    }

    /// "increasing" when every step goes up, "decreasing" when every step goes down.
    static func trend(of values: [Double]) -> String {
        let steps = zip(values.dropFirst(), values).map { $0 - $1 }
        if !steps.isEmpty && steps.allSatisfy({ $0 > 0 }) { return "increasing" }
        if !steps.isEmpty && steps.allSatisfy({ $0 < 0 }) { return "decreasing" }
        return "neither"
    }
}

/// The runs the first notebook makes, and how the student's answers are checked.
public enum Chapter01Quiz {
    static let data = Chapter01Notebook.data()
    static let initial = Chapter01Notebook.initialParameters(for: data)

    /// `EM(data, initial_means, initial_covs, initial_weights)`: the run the quiz asks about.
    public static let fullRun = RunEMRequest(data: data, initial: initial)
    /// The same with `maxiter=12`, for the "clusters after 12 iterations" figure.
    public static let twelveIterations = RunEMRequest(data: data, initial: initial, maxiter: 12)

    /// What the quiz runs (`settings` in `emkit quiz --json`).
    public static var settings: [QuizExperiment] {
        [QuizExperiment("em", [("points", .integer(fullRun.data.count)), ("components", .integer(fullRun.initial.weights.count)),
                               ("max_iterations", .integer(fullRun.maxiter)), ("tolerance", .number(fullRun.thresh)),
                               ("stop", .text("total log-likelihood gains less than the tolerance")),
                               ("start", .text("the notebook's: K data points as means, np.cov for every covariance, weights 1/K (np.random.seed(4))"))])]
    }

    /// `emkit quiz`: the notebook's questions, and the run's parameters and trace for `--json`.
    public static let quiz = ChapterQuiz(
        summary: "from runEM in \(GradedCode.name) on the notebook's data (seed 4, \(data.count) points)",
        settings: { settings }, answers: answers)

    static func answers(_ session: SubmissionSession) -> [QuizAnswer] {
        let a: Chapter01Answers
        do {
            a = try studentAnswers(session)
        } catch {
            let missing = QuizValue.missing("runEM \(error)")
            return questions.map { QuizAnswer(key: $0.key, question: $0.question, value: missing, correct: false) }
        }
        let right = QuizMarks(answers: a)
        let first = a.loglikelihoods.first.map { String(format: "%.3f", $0) } ?? "none"
        let last = a.loglikelihoods.last.map { String(format: "%.3f", $0) } ?? "none"
        func number(_ x: Double?) -> QuizValue { x.map(QuizValue.number) ?? .missing("runEM returned too few components") }
        return [
            QuizAnswer(key: questions[0].key, question: questions[0].question, value: number(a.first_component_weight), correct: right.weight),
            QuizAnswer(key: questions[1].key, question: questions[1].question, value: number(a.second_component_mean_x), correct: right.mean),
            QuizAnswer(key: questions[2].key, question: questions[2].question, value: number(a.third_component_variance_x), correct: right.variance),
            QuizAnswer(key: questions[3].key, question: questions[3].question, value: .text(a.loglikelihood_trend), correct: right.trend,
                       note: "(\(a.loglikelihoods.count) values, \(first) → \(last))"),
            QuizAnswer(key: questions[4].key, question: questions[4].question, value: .integer(a.iterations), correct: right.iterations,
                       note: "(last line \"\(a.last_progress_line ?? "none")\")"),
            QuizAnswer(detail: "last_progress_line", value: a.last_progress_line.map(QuizValue.text) ?? .missing("no progress line")),
            QuizAnswer(detail: "weights", value: .numbers(a.weights)),
            QuizAnswer(detail: "means", value: .matrix(a.means)),
            QuizAnswer(detail: "covariances", value: .matrices(a.covariances)),
            QuizAnswer(detail: "loglikelihoods", value: .numbers(a.loglikelihoods)),
        ]
    }

    /// The notebook's questions, by their `--json` keys.
    static let questions: [(key: String, question: String)] = [
        ("first_component_weight", "weight of the first component"),
        ("second_component_mean_x", "mean of the second component, 1st dimension"),
        ("third_component_variance_x", "variance of the third component, 1st dimension"),
        ("loglikelihood_trend", "the log-likelihood is"),
        ("iterations", "checkpoint: iterations"),
    ]

    /// The student's answers: their `runEM` on the notebook's run.
    public static func studentAnswers(_ session: SubmissionSession, _ request: RunEMRequest = fullRun) throws(CallFailure) -> Chapter01Answers {
        let response = try session.runEM(request)
        return Chapter01Answers(result: response.result, progress: response.progress)
    }
}

/// Which quiz answers agree with the answer key (six decimals; the trend and count exactly).
public struct QuizMarks: Sendable {
    public var weight, mean, variance, trend, iterations: Bool

    public init(answers a: Chapter01Answers) {
        let key = Chapter01Key.current
        let final = key?.final
        func check(_ x: Double?, _ reference: KeyNumber?) -> Bool {
            guard let x, let reference else { return false }
            return reference.matches(x)
        }
        weight = check(a.first_component_weight, final?.weights.first)
        mean = check(a.second_component_mean_x, final.flatMap { $0.means.count > 1 ? $0.means[1].first : nil })
        variance = check(a.third_component_variance_x, final.flatMap { $0.covs.count > 2 ? $0.covs[2].first?.first : nil })
        trend = key != nil && a.loglikelihood_trend == key?.trend
        iterations = key != nil && a.iterations == key?.iterations && a.last_progress_line == key?.lastProgressLine
    }

    public var all: [(key: String, right: Bool)] {
        [("first_component_weight", weight), ("second_component_mean_x", mean), ("third_component_variance_x", variance),
         ("loglikelihood_trend", trend), ("iterations", iterations)]
    }
}
