#if Solutions || REFERENCE_COPY // built with --traits Solutions, or as a copy in Exercises/; a student's build skips it
// Chapter 03: EM from random starts, matching components, and choosing K.
// The reference solution: the exercise with parts 2 to 5 filled in.
import EMKit
import Foundation

/// EM from a start, with the traces the notebook plots: the mean negative log-likelihood and
/// the mixing weights after every iteration.
///
/// Each iteration is chapter 02's: `computeResponsibilities`, then `computeSoftCounts`,
/// `computeWeights`, `computeMeans`, `computeCovariances`; then the mean negative
/// log-likelihood of the new parameters, `−ℓ / N` with ℓ from `logLikelihood(of:weights:means:covariances:)`.
/// It stops after the first iteration whose mean NLL differs from the previous one by at most
/// `tolerance` (the notebook starts "previous" at 0), or after `maxIterations`.
public func fitWithTraces(
    samples: Matrix, initial: GaussianMixture, maxIterations: Int, tolerance: Double
) -> (model: GaussianMixture, meanNLL: [Double], weightTrace: [Vector]) {
    var model = initial
    var meanNLL: [Double] = []
    var weightTrace: [Vector] = []
    var previous = 0.0
    for _ in 0..<max(maxIterations, 0) {
        var nll = Double.nan
        // Part 2
        let resp = computeResponsibilities(data: samples, weights: model.weights, means: model.means, covariances: model.covariances)
        let counts = computeSoftCounts(resp: resp)
        model.weights = computeWeights(counts: counts)
        model.means = computeMeans(data: samples, resp: resp, counts: counts)
        model.covariances = computeCovariances(data: samples, resp: resp, counts: counts, means: model.means)
        nll = -logLikelihood(of: samples, under: model) / Double(samples.count)
        meanNLL.append(nll)
        weightTrace.append(model.weights)
        if abs(previous - nll) <= tolerance { break }
        previous = nll
    }
    return (model, meanNLL, weightTrace)
}

/// Label switching: EM may find the true components in any order. Returns `perm` with
/// `perm[i]` the estimated component matched with true component i, the permutation that
/// minimises `Σᵢ ‖estimatedMeans[perm[i]] − trueMeans[i]‖²` (both have K rows; try them all).
public func closestPermutation(estimatedMeans: Matrix, trueMeans: Matrix) -> [Int] {
    // Part 3
    func cost(_ perm: [Int]) -> Double {
        perm.indices.reduce(0.0) { total, i in
            let delta = estimatedMeans[perm[i]].minus(trueMeans[i])
            return total + LinearAlgebra.dot(delta, delta)
        }
    }
    func permutations(_ items: [Int]) -> [[Int]] {
        guard items.count > 1 else { return [items] }
        return items.indices.flatMap { i -> [[Int]] in
            var rest = items
            let first = rest.remove(at: i)
            return permutations(rest).map { [first] + $0 }
        }
    }
    var best = Array(trueMeans.indices), bestCost = Double.infinity
    for perm in permutations(Array(trueMeans.indices)) {
        let c = cost(perm)
        if c < bestCost - 1e-12 { (best, bestCost) = (perm, c) }
    }
    return best
}

/// The number of free parameters of a K-component, d-dimensional mixture with full
/// covariances: K − 1 weights, K·d mean entries, K·d(d+1)/2 covariance entries.
public func parameterCount(components: Int, dimension: Int) -> Int {
    // Part 4
    (components - 1) + components * dimension + components * dimension * (dimension + 1) / 2
}

/// The Bayesian information criterion from a mean negative log-likelihood:
/// `BIC = −2ℓ + p ln N`, with `ℓ = −N · meanNLL` and p free parameters.
public func bic(meanNLL: Double, points: Int, parameters: Int) -> Double {
    // Part 4
    2 * Double(points) * meanNLL + Double(parameters) * log(Double(points))
}

/// The Akaike information criterion: `AIC = −2ℓ + 2p`.
public func aic(meanNLL: Double, points: Int, parameters: Int) -> Double {
    // Part 4
    2 * Double(points) * meanNLL + 2 * Double(parameters)
}

/// The notebook's sweep over the number of components: for K = 1 … `maxComponents`, a random
/// start (`Chapter03Notebook.randomStart`, drawn in turn from `random`), a fit with
/// `fitWithTraces`, and the final mean NLL with its BIC and AIC.
public func sweepComponents(
    samples: Matrix, maxComponents: Int, random: inout NumpyRandom, maxIterations: Int, tolerance: Double
) -> [(components: Int, meanNLL: Double, bic: Double, aic: Double)] {
    var rows: [(components: Int, meanNLL: Double, bic: Double, aic: Double)] = []
    let d = samples.first?.count ?? 0
    for k in stride(from: 1, through: maxComponents, by: 1) {
        // Part 5
        let start = Chapter03Notebook.randomStart(components: k, dimension: d, random: &random)
        let fit = fitWithTraces(samples: samples, initial: start, maxIterations: maxIterations, tolerance: tolerance)
        let nll = fit.meanNLL.last ?? .nan
        let p = parameterCount(components: k, dimension: d)
        rows.append((k, nll, bic(meanNLL: nll, points: samples.count, parameters: p), aic(meanNLL: nll, points: samples.count, parameters: p)))
    }
    return rows
}
#endif
