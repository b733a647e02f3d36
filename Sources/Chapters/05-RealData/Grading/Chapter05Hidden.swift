// edition: omit (hidden checks run the chapter 05 reference on fresh data; they run when the instructor grades)
import EMKit
import Foundation
import SubmissionCalls
import Reference

/// Hidden checks: the student's chapter 05 functions against the kit's reference on data they
/// have not seen, seeded afresh on every grading run.
enum Chapter05Hidden {
    typealias R = Chapter05Reference

    /// A random subset of the raw penguins and a seed whose reference run is well behaved
    /// (no collapse, a last gain not within 1e−6 of the threshold).
    struct FreshRun: Sendable {
        var seed: UInt32
        var data: Matrix
        var labels: [Int]
        var fit: EMFit
    }

    static func freshRun(seed start: UInt32) -> FreshRun? {
        let all = Chapter05Runs.penguins
        for offset in 0..<30 {
            let seed = start &+ UInt32(offset)
            var random = NumpyRandom(seed: seed)
            let count = 150 + Int(random.interval(100))
            let rows = random.permutation(all.points.count).prefix(count).sorted()
            let data = rows.map { all.points[$0] }
            guard let fit = R.fit(data, components: 3, seed: seed), fit.converged, fit.iterations >= 3 else { continue }
            let gains = zip(fit.logLikelihoods.dropFirst(), fit.logLikelihoods).map { $0 - $1 }
            guard gains.allSatisfy({ abs($0 - 1e-4) > 1e-6 }) else { continue }
            return FreshRun(seed: seed, data: data, labels: rows.map { all.labels[$0] }, fit: fit)
        }
        return nil
    }

    // The items draw their seed when the catalog is built, and the reference run only when they
    // are checked: every child process builds the catalog to find its calls.
    static let fitItem: GradedItem = {
        let seed = UInt32.random(in: 0...UInt32.max - 100)
        return Chapter05Parts.item("hidden.fit", "hidden: fitRealData on a fresh subset of the penguins matches the reference", points: 2) { _, s throws(CallFailure) in
            guard let run = freshRun(seed: seed) else { return .fail("the kit could not make a test problem") }
            let result = try s.fit(run.data, components: 3, seed: run.seed, name: "\(run.data.count) penguins")
            let last = result.loglik[result.loglik.count - 1], expected = run.fit.logLikelihoods.last ?? .nan
            guard result.loglik.count - 1 == run.fit.iterations, agrees(last, expected) else {
                return .fail("seed \(run.seed), \(run.data.count) raw penguins: \(result.loglik.count - 1) iterations ending at \(show(last)) where the reference takes \(run.fit.iterations) to \(show(expected))")
            }
            return .pass("matches after \(run.fit.iterations) iterations (seed \(run.seed))")
        }
    }()

    static let summariesItem: GradedItem = {
        let seed = UInt32.random(in: 0...UInt32.max - 100)
        return Chapter05Parts.item("hidden.summaries", "hidden: entropy, most uncertain points, table and purity on fresh responsibilities", points: 2) { _, s throws(CallFailure) in
            guard let run = freshRun(seed: seed) else { return .fail("the kit could not make a test problem") }
            let resp = run.fit.responsibilities
            let entropy = try s.entropy(resp)
            if let j = entropy.indices.first(where: { !agrees(entropy[$0], R.entropy(resp)[$0]) }) {
                return .fail("seed \(run.seed): the entropy of row \(j) is \(show(entropy[j])) where it should be \(show(R.entropy(resp)[j])) (part 4)")
            }
            let top = try s.mostUncertain(entropy, count: 7)
            guard top == R.mostUncertain(R.entropy(resp), count: 7) else { return .fail("seed \(run.seed): the seven most uncertain rows are \(R.mostUncertain(R.entropy(resp), count: 7)), you give \(top) (part 5)") }
            let table = try s.table(resp, labels: run.labels, clusters: 3, classes: 3)
            let expected = R.table(assignments: R.assignments(resp), labels: run.labels, clusters: 3, classes: 3)
            guard table == expected else { return .fail("seed \(run.seed): the table is \(table) where it should be \(expected) (parts 6–7)") }
            let purity = try s.purity(table)
            guard agrees(purity, R.purity(expected)) else { return .fail("seed \(run.seed): purity \(show(purity)) where it should be \(show(R.purity(expected))) (part 8)") }
            return .pass("all agree (seed \(run.seed))")
        }
    }()

    static let all: [GradedItem] = [fitItem, summariesItem]
}
