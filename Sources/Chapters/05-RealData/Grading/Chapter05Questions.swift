import EMKit
import SubmissionCalls

/// Chapter 05's items for the notebook's three questions (convergence, uncertainty,
/// interpretability) and the choice to standardise, on the shipped data. Their answers are kept
/// as digests; when one is off, the feedback names the first part whose own item fails.
enum Chapter05Questions {
    typealias A = Chapter05Answers
    static let runs = Chapter05Runs.self

    /// The first of `parts` (1 to 8) whose part item fails, as feedback; or where to look when
    /// they all pass.
    static func diagnosis(_ session: SubmissionSession, parts: [Int]) -> String {
        for part in parts {
            let item = Chapter05Parts.all[part - 1]
            switch Result(catching: { () throws(CallFailure) in try item.check(session) }) {
            case .success(.pass): continue
            case .success(.fail(let why)): return "start with part \(part): \(why)"
            case .failure(let error): return "start with part \(part): \(error)"
            }
        }
        let named = parts.map(String.init).joined(separator: ", ")
        return parts.contains(3)
            ? "parts \(named) pass their own items, so compare your runEM of chapter 01 on a longer run (its items and `emkit check --chapter 1`)"
            : "parts \(named) pass their own items; look at how they are combined"
    }

    static func item(_ id: String, _ title: String, points: Double = 1, parts: [Int],
                     _ check: @escaping @Sendable (Chapter05Key, Chapter05Student) throws(CallFailure) -> String?) -> GradedItem {
        Chapter05Parts.item(id, title, points: points) { key, s throws(CallFailure) in
            if let wrong = try check(key, s) { return .fail(wrong + "; " + diagnosis(s.session, parts: parts)) }
            return .pass("matches the reference")
        }
    }

    static func off(_ got: Double, _ expected: KeyNumber) -> Bool { !expected.matches(got) }

    static let faithful = item("convergence.faithful", "convergence: EM on Old Faithful (K = 2, seed 1) stops after the reference's iterations at its log-likelihood", parts: [2, 3]) { key, s throws(CallFailure) in
        let result = try A.faithful(s)
        let iterations = result.loglik.count - 1, last = result.loglik[iterations]
        if off(Double(iterations), key.faithfulIterations) { return "your run on Old Faithful stops after \(iterations) iterations, which is not the reference's count" }
        if off(last, key.faithfulLogLikelihood) { return "your final log-likelihood on Old Faithful " + key.faithfulLogLikelihood.expectation(for: last) }
        if let d = Chapter05Parts.difference(result.weights, key.faithfulWeights, of: "weights", { "weights[\($0)]" }) { return "on Old Faithful your final \(d)" }
        return nil
    }

    static let penguins = item("convergence.penguins", "convergence: EM on the standardised penguins (K = 3, seed 1) rises to the reference's log-likelihood", parts: [1, 2, 3]) { key, s throws(CallFailure) in
        let result = try A.penguins(s)
        let iterations = result.loglik.count - 1, last = result.loglik[iterations]
        if let drop = (1...iterations).first(where: { result.loglik[$0] <= result.loglik[$0 - 1] }) {
            return "your log-likelihood trace does not rise at iteration \(drop)"
        }
        if off(Double(iterations), key.penguinIterations) { return "your run on the penguins stops after \(iterations) iterations, which is not the reference's count" }
        if off(last, key.penguinLogLikelihood) { return "your final log-likelihood on the penguins " + key.penguinLogLikelihood.expectation(for: last) }
        return nil
    }

    static let uncertainty = item("uncertainty", "uncertainty: the mean entropy before EM, after 1 and 20 iterations and at the end", parts: [1, 2, 3, 4]) { key, s throws(CallFailure) in
        let stages = try A.entropyStages(s)
        let names = ["before EM (every point 1/K)", "after 1 iteration", "after 20 iterations", "at the end"]
        if let bad = zip(stages, key.meanEntropy).enumerated().first(where: { !$0.element.1.matches($0.element.0) }) {
            return "the mean entropy \(names[bad.offset]) " + bad.element.1.expectation(for: bad.element.0)
        }
        return nil
    }

    static let table = item("interpretability.table", "interpretability: clusters against species on the penguins", parts: [1, 2, 3, 6, 7]) { key, s throws(CallFailure) in
        let table = try A.table(s)
        for (k, row) in key.penguinTable.enumerated() {
            for (c, expected) in row.enumerated() where !expected.matches(Double(table[k][c])) {
                return "your table has \(table[k][c]) \(runs.penguins.classNames[c]) in cluster \(k), which is not the reference's count"
            }
        }
        return nil
    }

    static let purity = item("interpretability.purity", "interpretability: the purity of the penguin clusters", parts: [1, 2, 3, 6, 7, 8]) { key, s throws(CallFailure) in
        let value = try s.purity(try A.table(s))
        return off(value, key.penguinPurity) ? "your purity " + key.penguinPurity.expectation(for: value) : nil
    }

    static let mostUncertain = item("interpretability.uncertain", "interpretability: the five most uncertain penguins", parts: [1, 2, 3, 4, 5]) { key, s throws(CallFailure) in
        let indices = try A.mostUncertain(s)
        let wrong = zip(indices, key.mostUncertain).contains { !$1.matches(Double($0)) }
        return wrong ? "your five most uncertain penguins are rows \(indices), which are not the reference's" : nil
    }

    static let restart = item("restart", "local optima: restarting from seed 2 reaches a higher log-likelihood and a purer clustering", parts: [1, 2, 3, 6, 7, 8]) { key, s throws(CallFailure) in
        let result = try A.penguins(s, seed: runs.restartSeed)
        let last = result.loglik[result.loglik.count - 1]
        if off(last, key.restartLogLikelihood) { return "from seed 2 your final log-likelihood " + key.restartLogLikelihood.expectation(for: last) }
        let value = try s.purity(try A.table(s, seed: runs.restartSeed))
        return off(value, key.restartPurity) ? "from seed 2 your purity " + key.restartPurity.expectation(for: value) : nil
    }

    static let standardization = item("standardization", "standardising moves the log-likelihood by N Σ log sⱼ and leaves every responsibility as it was", points: 2, parts: [1, 2, 3]) { key, s throws(CallFailure) in
        let (shift, change) = try A.standardization(s)
        if !(change < 1e-6) { return "between your raw and standardised runs a responsibility changes by \(show(change)); with full covariances and this start they should not change" }
        return off(shift, key.standardizationShift) ? "your final log-likelihood standardised minus raw " + key.standardizationShift.expectation(for: shift) : nil
    }

    static let all: [GradedItem] = [faithful, penguins, uncertainty, table, purity, mostUncertain, restart, standardization]
}
