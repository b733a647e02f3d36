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
        var random = NumpyRandom(seed: seed)
        let d = samples.first?.count ?? 0
        return (1...max(maxComponents, 1)).map { k in
            let start = Chapter03Notebook.randomStart(components: k, dimension: d, random: &random)
            let nll = fit(samples: samples, initial: start, maxIterations: maxIterations, tolerance: tolerance)?.meanNLL.last ?? .nan
            let c = criteria(meanNLL: nll, points: samples.count, parameters: parameterCount(components: k, dimension: d))
            return SweepRow(components: k, meanNLL: nll, bic: c.bic, aic: c.aic)
        }
    }
}
