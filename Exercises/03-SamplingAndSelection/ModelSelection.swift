// Chapter 03: EM from random starts, matching components, and choosing K.
// Parts 2 to 5. Part 2 builds on your chapter 02 functions (computeResponsibilities and the
// M-step functions): finish chapter 02 first.
//
// A question to answer for yourself once part 5 runs (`swift run emkit quiz --chapter 3`):
// the mean negative log-likelihood keeps falling as K grows, even past the true K = 3. Why,
// and why do BIC and AIC not keep falling?
//
// Under each marker, a line like `unfinished(&model)` or `_ = k` keeps the compiler from warning
// about values an unwritten part will use; delete it when you write the part.
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
        // YOUR CODE HERE (part 2): one EM iteration updating model, then assign nll and append to both traces.
        unfinished(&model, &nll); unfinished(&meanNLL, &weightTrace)
        if abs(previous - nll) <= tolerance { break }
        previous = nll
    }
    return (model, meanNLL, weightTrace)
}

/// Label switching: EM may find the true components in any order. Returns `perm` with
/// `perm[i]` the estimated component matched with true component i, the permutation that
/// minimises `Σᵢ ‖estimatedMeans[perm[i]] − trueMeans[i]‖²` (both have K rows; try them all).
public func closestPermutation(estimatedMeans: Matrix, trueMeans: Matrix) -> [Int] {
    // YOUR CODE HERE (part 3)
    return []
}

/// The number of free parameters of a K-component, d-dimensional mixture with full
/// covariances: K − 1 weights, K·d mean entries, K·d(d+1)/2 covariance entries.
public func parameterCount(components: Int, dimension: Int) -> Int {
    // YOUR CODE HERE (part 4)
    return 0
}

/// The Bayesian information criterion from a mean negative log-likelihood:
/// `BIC = −2ℓ + p ln N`, with `ℓ = −N · meanNLL` and p free parameters.
public func bic(meanNLL: Double, points: Int, parameters: Int) -> Double {
    // YOUR CODE HERE (part 4)
    return .nan
}

/// The Akaike information criterion: `AIC = −2ℓ + 2p`.
public func aic(meanNLL: Double, points: Int, parameters: Int) -> Double {
    // YOUR CODE HERE (part 4)
    return .nan
}

/// The notebook's sweep over the number of components: for K = 1 … `maxComponents`, a random
/// start (`Chapter03Notebook.randomStart`, drawn in turn from `random`), a fit with
/// `fitWithTraces`, and the final mean NLL with its BIC and AIC.
public func sweepComponents(
    samples: Matrix, maxComponents: Int, random: inout NumpyRandom, maxIterations: Int, tolerance: Double
) -> [(components: Int, meanNLL: Double, bic: Double, aic: Double)] {
    var rows: [(components: Int, meanNLL: Double, bic: Double, aic: Double)] = []
    for k in stride(from: 1, through: maxComponents, by: 1) {
        // YOUR CODE HERE (part 5): start, fit, score; append (k, final mean NLL, BIC, AIC) to rows.
        unfinished(&rows); _ = k
    }
    return rows
}
