import EMKit
import SubmissionCalls

/// `emkit quiz --chapter 5`: the notebook's three questions on real data, answered by the
/// student's functions and marked against the answer key.
enum Chapter05Quiz {
    typealias A = Chapter05Answers

    static var summary: String {
        "the notebook's questions on real data, from your chapter 05 functions: Old Faithful (\(Chapter05Runs.faithful.count) eruptions, K = 2) and "
            + "\(Chapter05Runs.penguins.readingMessage) (K = 3, standardised), seed 1"
    }

    /// One answer; a failure becomes a `.missing` answer saying why.
    static func answer(_ key: String, _ question: String, _ compute: () throws(CallFailure) -> (QuizValue, Bool)) -> QuizAnswer {
        do {
            let (value, correct) = try compute()
            return QuizAnswer(key: key, question: question, value: value, correct: correct)
        } catch {
            return QuizAnswer(key: key, question: question, value: .missing(error.description), correct: false)
        }
    }

    static func answers(_ session: SubmissionSession) -> [QuizAnswer] {
        let s = Chapter05Student(session: session)
        guard let key = Chapter05Key.current else {
            return [QuizAnswer(key: "key", question: "answer key", value: .missing("the kit could not compute its answer key"), correct: false)]
        }
        func all(_ got: [Double], _ expected: [KeyNumber]) -> Bool { got.count == expected.count && zip(got, expected).allSatisfy { $1.matches($0) } }
        return [
            answer("faithful_iterations", "Old Faithful: iterations to convergence") { () throws(CallFailure) in
                let n = try A.faithful(s).loglik.count - 1
                return (.integer(n), key.faithfulIterations.matches(Double(n)))
            },
            answer("faithful_loglikelihood", "Old Faithful: final log-likelihood") { () throws(CallFailure) in
                let x = try A.faithful(s).loglik.last ?? .nan
                return (.number(x), key.faithfulLogLikelihood.matches(x))
            },
            answer("faithful_weights", "Old Faithful: weights") { () throws(CallFailure) in
                let w = try A.faithful(s).weights
                return (.numbers(w), all(w, key.faithfulWeights))
            },
            answer("penguins_iterations", "penguins: iterations to convergence") { () throws(CallFailure) in
                let n = try A.penguins(s).loglik.count - 1
                return (.integer(n), key.penguinIterations.matches(Double(n)))
            },
            answer("penguins_loglikelihood", "penguins: final log-likelihood") { () throws(CallFailure) in
                let x = try A.penguins(s).loglik.last ?? .nan
                return (.number(x), key.penguinLogLikelihood.matches(x))
            },
            answer("mean_entropy", "mean entropy: before EM, after 1, after 20, at the end") { () throws(CallFailure) in
                let stages = try A.entropyStages(s)
                return (.numbers(stages), all(stages, key.meanEntropy))
            },
            answer("contingency_table", "clusters against species") { () throws(CallFailure) in
                let table = try A.table(s)
                return (.text(A.describe(table)), all(table.joined().map(Double.init), Array(key.penguinTable.joined())))
            },
            answer("purity", "purity of the clusters") { () throws(CallFailure) in
                let x = try s.purity(try A.table(s))
                return (.number(x), key.penguinPurity.matches(x))
            },
            answer("most_uncertain_points", "the five most uncertain penguins (rows, from 0)") { () throws(CallFailure) in
                let rows = try A.mostUncertain(s)
                return (.text(rows.map(String.init).joined(separator: ", ")), all(rows.map(Double.init), key.mostUncertain))
            },
            answer("restart_loglikelihood", "restart from seed 2: final log-likelihood") { () throws(CallFailure) in
                let x = try A.penguins(s, seed: Chapter05Runs.restartSeed).loglik.last ?? .nan
                return (.number(x), key.restartLogLikelihood.matches(x))
            },
            answer("restart_purity", "restart from seed 2: purity") { () throws(CallFailure) in
                let x = try s.purity(try A.table(s, seed: Chapter05Runs.restartSeed))
                return (.number(x), key.restartPurity.matches(x))
            },
            answer("standardization_loglikelihood_shift", "standardising: log-likelihood, standardised − raw") { () throws(CallFailure) in
                let x = try A.standardization(s).shift
                return (.number(x), key.standardizationShift.matches(x))
            },
            answer("standardization_responsibility_change", "standardising: largest change of a responsibility") { () throws(CallFailure) in
                let x = try A.standardization(s).respChange
                return (.number(x), x < 1e-6)
            },
        ]
    }

    /// What the quiz runs (`settings` in `emkit quiz --json`).
    static var settings: [QuizExperiment] {
        let start = QuizValue.text("the notebook's: K data points as means, np.cov for every covariance, weights 1/K (np.random.seed(\(Chapter05Runs.notebookSeed)))")
        let stop = QuizValue.text("total log-likelihood gains less than 1e-4 (chapter 01's runEM)")
        return [
            QuizExperiment("old_faithful", [("points", .integer(Chapter05Runs.faithful.count)), ("components", .integer(Chapter05Runs.faithfulComponents)),
                                            ("max_iterations", .integer(1000)), ("stop", stop), ("start", start)]),
            QuizExperiment("penguins", [("points", .integer(Chapter05Runs.penguins.points.count)), ("components", .integer(Chapter05Runs.penguinComponents)),
                                        ("standardised", .text("yes")), ("max_iterations", .integer(1000)),
                                        ("uncertainty_snapshots", .numbers(Chapter05Runs.uncertaintyIterations.map(Double.init))), ("stop", stop), ("start", start),
                                        ("restart_seed", .integer(Int(Chapter05Runs.restartSeed)))]),
        ]
    }

    static let quiz = ChapterQuiz(summary: summary, settings: { settings }, answers: answers)
}
