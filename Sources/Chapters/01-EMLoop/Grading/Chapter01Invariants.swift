import EMKit
import Foundation
import SubmissionCalls

/// Properties every correct EM has, checked on fresh data. Each one points at a kind of mistake
/// without comparing with any particular number.
enum Chapter01Invariants {
    /// A fresh two-dimensional, three-component problem; the seed changes with every grading run.
    /// The student edition has no reference EM to screen seeds with, so it uses a seed screened
    /// when the edition was made.
    static let problem: FreshProblem? = {
        #if STUDENT_EDITION
        return Chapter01Key.current.flatMap { FreshProblem.make(dimension: 2, components: 3, seed: $0.invariantSeed) }
        #else
        return FreshProblem.make(dimension: 2, components: 3, seed: UInt32.random(in: 0...UInt32.max - 100))
        #endif
    }()

    static func item(_ id: String, _ title: String, _ check: @escaping @Sendable (NotebookEMResult) -> String?) -> GradedItem {
        GradedItem("01.invariant.\(id)", chapter: 1, title: title, points: 1) { session throws(CallFailure) in
            guard let problem else { return .fail("the kit could not make a test problem") }
            let result = try session.runEM(RunEMRequest(data: problem.data, initial: problem.initial)).result
            if let unfinished = unfinishedRun(result) ?? notARun(result, on: problem) { return .fail("on fresh data (seed \(problem.seed)): \(unfinished)") }
            if let problemText = check(result) { return .fail("on fresh data (seed \(problem.seed)): \(problemText)") }
            return .pass("holds on fresh data (seed \(problem.seed))")
        }
    }

    /// An invariant says nothing about a run that never produced numbers: the untouched
    /// skeleton keeps its starting weights and covariances, which would pass some checks.
    static func unfinishedRun(_ result: NotebookEMResult) -> String? {
        if result.resp.contains(where: { $0.contains { !$0.isFinite } }) { return "the responsibilities contain NaN, so EM did not really run (part 1)" }
        if result.loglik.count < 2 || result.loglik.contains(where: { !$0.isFinite }) {
            return "the log-likelihood trace is not finite numbers, so EM did not really run (part 7)"
        }
        return nil
    }

    /// An invariant is only worth checking on a run that really happened: the trace must start
    /// at the log-likelihood of the starting parameters, end at that of the parameters returned,
    /// and rise on the way. Numbers that merely look plausible (uniform responsibilities, identity
    /// covariances, a flat trace) satisfy the invariants without any EM.
    static func notARun(_ result: NotebookEMResult, on problem: FreshProblem) -> String? {
        let start = logLikelihood(of: problem.data, under: problem.initial)
        let end = logLikelihood(of: problem.data, weights: result.weights, means: result.means, covariances: result.covs)
        func close(_ a: Double, _ b: Double) -> Bool { abs(a - b) <= 1e-6 * max(1, abs(b)) }
        guard let first = result.loglik.first, let last = result.loglik.last else { return "the log-likelihood trace is empty (part 7)" }
        if !close(first, start) {
            return "the trace starts at \(show(first)), but the starting parameters have log-likelihood \(show(start)) (part 7: compute it before the first iteration)"
        }
        if !close(last, end) {
            return "the trace ends at \(show(last)), but the parameters returned have log-likelihood \(show(end)) (part 7: compute it with the new parameters)"
        }
        if !(last > first) { return "the log-likelihood never rose, so EM did not really run" }
        return nil
    }

    static let all: [GradedItem] = [
        item("responsibilities", "responsibilities lie in [0, 1] and each row sums to 1") { result in
            guard !result.resp.isEmpty else { return "resp is empty" }
            for (j, row) in result.resp.enumerated() {
                if let bad = row.firstIndex(where: { !($0 >= 0 && $0 <= 1) }) { return "resp[\(j)][\(bad)] is \(show(row[bad])) (part 1)" }
                if abs(row.sum - 1) > 1e-9 { return "row \(j) of resp sums to \(show(row.sum)) (part 1; is each row divided by its sum?)" }
            }
            return nil
        },
        item("weights", "the weights are non-negative and sum to 1") { result in
            if let bad = result.weights.firstIndex(where: { !($0 >= 0) }) { return "weights[\(bad)] is \(show(result.weights[bad])) (part 2)" }
            if abs(result.weights.sum - 1) > 1e-9 { return "the weights sum to \(show(result.weights.sum)) (part 2: divide the soft count by the number of points)" }
            return nil
        },
        item("covariances", "every covariance is symmetric positive semi-definite") { result in
            for (k, covariance) in result.covs.enumerated() {
                guard LinearAlgebra.isFinite(covariance), !covariance.isEmpty else { return "covs[\(k)] has NaN or infinite entries (parts 5–6)" }
                guard LinearAlgebra.isSymmetric(covariance, tolerance: 1e-9) else { return "covs[\(k)] is not symmetric (part 5: an outer product of a vector with itself is symmetric)" }
                let scale = covariance.indices.map { covariance[$0][$0] }.max() ?? 1
                let jittered = covariance.enumerated().map { i, row in row.enumerated().map { j, x in i == j ? x + 1e-10 * max(scale, 1e-300) : x } }
                guard (try? Cholesky(jittered)) != nil else { return "covs[\(k)] has a negative eigenvalue (parts 5–6)" }
            }
            return result.covs.isEmpty ? "covs is empty" : nil
        },
        item("loglikelihood", "the log-likelihood never decreases") { result in
            guard result.loglik.count >= 2 else { return "loglik has \(result.loglik.count) value(s)" }
            for i in 1..<result.loglik.count {
                let step = result.loglik[i] - result.loglik[i - 1]
                guard step.isFinite else { return "loglik[\(i)] is \(show(result.loglik[i])) (part 7)" }
                if step < -1e-9 { return "loglik drops from \(show(result.loglik[i - 1])) to \(show(result.loglik[i])) at iteration \(i): EM never does that, so an update is off" }
            }
            return nil
        },
    ]
}
