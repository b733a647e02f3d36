// edition: omit (the reference fit, matching, criteria and sweep answer chapter 03's exercises)
import EMKit
import Foundation
import SubmissionCalls
import Reference

/// The kit's reference for chapter 03, checked against numpy running the notebook's code
/// (`Tests/AutograderTests/Chapter03FixtureTests.swift`).
/// Its members are internal: the submission scan flags every public name of an omitted file,
/// and names like `weights` or `fit` must stay free for students.
public enum Chapter03Reference {
    /// EM from `initial` with the mean-NLL and weight traces; the notebook's stop rule.
    static func fit(samples: Matrix, initial: GaussianMixture, maxIterations: Int, tolerance: Double)
        -> (model: GaussianMixture, meanNLL: [Double], weightTrace: [Vector])? {
        var model = initial
        var trace: [Double] = [], weights: [Vector] = []
        var previous = 0.0
        for _ in 0..<maxIterations {
            guard let resp = Chapter02Reference.responsibilities(data: samples, weights: model.weights, means: model.means,
                                                                 covariances: model.covariances) else { return nil }
            let counts = Chapter02Reference.softCounts(resp: resp)
            model.weights = Chapter02Reference.weights(counts: counts)
            model.means = Chapter02Reference.means(data: samples, resp: resp, counts: counts)
            model.covariances = Chapter02Reference.covariances(data: samples, resp: resp, counts: counts, means: model.means)
            let nll = -logLikelihood(of: samples, under: model) / Double(samples.count)
            trace.append(nll)
            weights.append(model.weights)
            if abs(previous - nll) <= tolerance { break }
            previous = nll
        }
        return (model, trace, weights)
    }

    /// The permutation of estimated components closest to the true means (all K! tried).
    static func permutation(estimatedMeans: Matrix, trueMeans: Matrix) -> [Int] {
        var best: [Int] = Array(trueMeans.indices), bestCost = Double.infinity
        func visit(_ prefix: [Int], _ cost: Double) {
            if prefix.count == trueMeans.count {
                if cost < bestCost - 1e-12 { (best, bestCost) = (prefix, cost) }
                return
            }
            let i = prefix.count
            for j in estimatedMeans.indices where !prefix.contains(j) {
                let delta = estimatedMeans[j].minus(trueMeans[i])
                visit(prefix + [j], cost + LinearAlgebra.dot(delta, delta))
            }
        }
        visit([], 0)
        return best
    }

    static func parameterCount(components k: Int, dimension d: Int) -> Int { (k - 1) + k * d + k * d * (d + 1) / 2 }

    static func criteria(meanNLL: Double, points n: Int, parameters p: Int) -> (bic: Double, aic: Double) {
        (2 * Double(n) * meanNLL + Double(p) * log(Double(n)), 2 * Double(n) * meanNLL + 2 * Double(p))
    }

    /// The sweep K = 1 … maxComponents with starts drawn in turn from `NumpyRandom(seed:)`.
    static func sweep(samples: Matrix, maxComponents: Int, seed: UInt32, maxIterations: Int, tolerance: Double) -> [SweepRow] {
        sweepRuns(samples: samples, maxComponents: maxComponents, seed: seed, maxIterations: maxIterations, tolerance: tolerance).map(\.row)
    }

    /// The sweep's rows with each fit's number of iterations. The starts are drawn in turn
    /// first (they are cheap); the fits are independent and run side by side on the cores.
    static func sweepRuns(samples: Matrix, maxComponents: Int, seed: UInt32, maxIterations: Int, tolerance: Double)
        -> [(row: SweepRow, iterations: Int)] {
        var random = NumpyRandom(seed: seed)
        let d = samples.first?.count ?? 0
        let starts = (1...max(maxComponents, 1)).map { Chapter03Notebook.randomStart(components: $0, dimension: d, random: &random) }
        let results = ParallelResults<(row: SweepRow, iterations: Int)>(count: starts.count)
        // Largest K first: they take longest, so the two cores finish together.
        DispatchQueue.concurrentPerform(iterations: starts.count) { j in
            let index = starts.count - 1 - j, k = index + 1
            let trace = fit(samples: samples, initial: starts[index], maxIterations: maxIterations, tolerance: tolerance)?.meanNLL ?? []
            let nll = trace.last ?? .nan
            let c = criteria(meanNLL: nll, points: samples.count, parameters: parameterCount(components: k, dimension: d))
            results.set(index, (SweepRow(components: k, meanNLL: nll, bic: c.bic, aic: c.aic), trace.count))
        }
        return results.values
    }
}

/// Results written from concurrent work, one slot each.
final class ParallelResults<Value>: @unchecked Sendable {
    private var slots: [Value?]
    private let lock = NSLock()

    init(count: Int) { slots = Array(repeating: nil, count: count) }

    func set(_ index: Int, _ value: Value) {
        lock.lock()
        slots[index] = value
        lock.unlock()
    }

    var values: [Value] { slots.compactMap { $0 } }
}
