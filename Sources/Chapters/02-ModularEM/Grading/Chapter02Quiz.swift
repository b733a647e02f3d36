import EMKit
import SubmissionCalls

/// The runs the modular-EM notebook makes (`initialize_and_run` on its two data sets), and
/// the quiz `emkit quiz --chapter 2` answers from the student's `emAlgorithm`.
public enum Chapter02Quiz {
    static let twoData = Chapter02Notebook.twoClusters.data()
    static let threeData = Chapter02Notebook.threeClusters.data()

    /// `initialize_and_run(two_clusters_data, 2)`.
    public static let twoClustersRun = EMAlgorithmRequest(data: twoData, initial: Chapter02Notebook.twoClusters.initialParameters(for: twoData))
    /// `initialize_and_run(three_clusters_data, 3)`.
    public static let threeClustersRun = EMAlgorithmRequest(data: threeData, initial: Chapter02Notebook.threeClusters.initialParameters(for: threeData))
    /// The two-cluster run stopped after one iteration, for the part 6 item.
    static let firstIteration = EMAlgorithmRequest(data: twoData, initial: twoClustersRun.initial, maxiter: 1)

    public static let quiz = ChapterQuiz(
        summary: "emAlgorithm in \(GradedCode.name) on the notebook's two- and three-cluster data (initial seed 10)",
        settings: { settings }, answers: answers)

    /// What the quiz runs (`settings` in `emkit quiz --json`).
    static var settings: [QuizExperiment] {
        [("two_clusters", twoClustersRun), ("three_clusters", threeClustersRun)].map { name, run in
            QuizExperiment(name, [("points", .integer(run.data.count)), ("components", .integer(run.initial.weights.count)),
                                  ("max_iterations", .integer(run.maxiter)), ("tolerance", .number(run.thresh)),
                                  ("stop", .text("total log-likelihood gains less than the tolerance")),
                                  ("start", .text("the notebook's initialize_and_run (initial seed 10)"))])
        }
    }

    /// The quiz's answers; a run that fails gives `.missing` answers saying why.
    static func answers(_ session: SubmissionSession) -> [QuizAnswer] {
        let key = Chapter02Key.current
        var answers: [QuizAnswer] = []
        for (name, request, expected) in [("two_clusters", twoClustersRun, key?.twoClusters), ("three_clusters", threeClustersRun, key?.threeClusters)] {
            let label = name == "two_clusters" ? "two-cluster" : "three-cluster"
            let result: NotebookEMResult
            do {
                result = try session.call(request).result
            } catch {
                let missing = QuizValue.missing("emAlgorithm \(error)")
                answers += ["iterations", "loglikelihood", "weights"].map {
                    QuizAnswer(key: "\(name)_\($0)", question: "\(label) data: \($0)", value: missing, correct: false)
                }
                continue
            }
            let iterations = result.loglik.count - 1
            let ll = result.loglik.last ?? .nan
            answers.append(QuizAnswer(key: "\(name)_iterations", question: "\(label) data: iterations until EM stops",
                                      value: .integer(iterations), correct: expected?.iterations.matches(Double(iterations)) ?? false))
            answers.append(QuizAnswer(key: "\(name)_loglikelihood", question: "\(label) data: final log-likelihood",
                                      value: .number(ll), correct: expected?.loglik.matches(ll) ?? false))
            let weightsRight = expected.map { KeyComparison.vector(result.weights, $0.weights, name: "") == nil } ?? false
            answers.append(QuizAnswer(key: "\(name)_weights", question: "\(label) data: final weights",
                                      value: .numbers(result.weights), correct: weightsRight))
        }
        return answers
    }
}
