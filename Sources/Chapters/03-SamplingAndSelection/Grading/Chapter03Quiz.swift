import EMKit
import Foundation
import SubmissionCalls

/// The quiz `emkit quiz --chapter 3` answers from the student's fit, matching and sweep.
public enum Chapter03Quiz {
    /// The K with the smallest value of `criterion` (0 when there are no finite rows).
    static func best(_ rows: [SweepRow], _ criterion: KeyPath<SweepRow, Double>) -> Int {
        rows.filter { $0[keyPath: criterion].isFinite }.min { $0[keyPath: criterion] < $1[keyPath: criterion] }?.components ?? 0
    }

    public static let quiz = ChapterQuiz(
        summary: "fitWithTraces, closestPermutation and sweepComponents in \(GradedCode.name) on the notebook's 900 samples (seed 2023)",
        settings: { Chapter03Cases.settings }, answers: answers)

    /// The K with the lowest mean NLL.
    static func lowest(_ nll: [Double]) -> Int {
        nll.indices.filter { nll[$0].isFinite }.min { nll[$0] < nll[$1] }.map { $0 + 1 } ?? 0
    }

    static func answers(_ session: SubmissionSession) -> [QuizAnswer] {
        // The student's sweep (the notebook's whole experiment) starts at once in its own
        // process while the key is computed; the sweep question below waits for its answer.
        DispatchQueue.global().async { _ = try? session.call(Chapter03Cases.sweep) }
        let key = Chapter03Key.current
        var answers: [QuizAnswer] = []
        do {
            let fit = try session.call(Chapter03Cases.fit)
            answers.append(QuizAnswer(key: "fit_iterations", question: "K = 3 from the random start: iterations", value: .integer(fit.meanNLL.count),
                                      correct: key?.iterations.matches(Double(fit.meanNLL.count)) ?? false))
            let final = fit.meanNLL.last ?? .nan
            answers.append(QuizAnswer(key: "final_mean_nll", question: "K = 3: final mean negative log-likelihood", value: .number(final),
                                      correct: key?.finalNLL.matches(final) ?? false))
            let perm = try session.call(PermutationRequest(estimatedMeans: fit.model.means, trueMeans: Chapter03Notebook.trueModel.means))
            let matched = perm.allSatisfy { fit.model.weights.indices.contains($0) } ? perm.map { fit.model.weights[$0] } : []
            answers.append(QuizAnswer(key: "matched_weights", question: "K = 3: weights matched to the true 0.3, 0.5, 0.2", value: .numbers(matched),
                                      correct: key.map { KeyComparison.vector(matched, $0.matchedWeights, name: "") == nil } ?? false))
        } catch {
            answers.append(QuizAnswer(key: "fit", question: "K = 3 fit", value: .missing("\(error)"), correct: false))
        }
        do {
            let rows = try session.call(Chapter03Cases.sweep)
            let nll = rows.map(\.meanNLL)
            let sweepRight = key.map { $0.sweep.count == nll.count && zip(nll, $0.sweep).allSatisfy { $1[0].matches($0) } } ?? false
            answers.append(QuizAnswer(key: "sweep_mean_nll", question: "final mean NLL for K = 1 … \(Chapter03Cases.sweep.maxComponents)", value: .numbers(nll),
                                      correct: sweepRight))
            // Each K starts from its own random start, so a larger K can end in a worse local
            // optimum than a smaller one; the lowest mean NLL still lies far past the true K.
            let lowestK = lowest(nll), keyLowest = key.map { lowest($0.sweep.map { $0[0].value ?? .nan }) }
            answers.append(QuizAnswer(key: "lowest_nll_k", question: "the K with the lowest mean NLL (the truth has 3; then ask why)",
                                      value: nll.contains(where: \.isFinite) ? .integer(lowestK) : .missing("the sweep's mean NLLs are NaN (parts 2 and 5)"),
                                      correct: sweepRight && keyLowest == lowestK))
            let byBIC = best(rows, \.bic), byAIC = best(rows, \.aic)
            answers.append(QuizAnswer(key: "best_k_bic", question: "the K with the smallest BIC", value: .integer(byBIC),
                                      correct: key?.bestByBIC.matches(Double(byBIC)) ?? false))
            answers.append(QuizAnswer(key: "best_k_aic", question: "the K with the smallest AIC", value: .integer(byAIC),
                                      correct: key?.bestByAIC.matches(Double(byAIC)) ?? false))
        } catch {
            answers.append(QuizAnswer(key: "sweep", question: "the sweep over K", value: .missing("\(error)"), correct: false))
        }
        return answers
    }
}
