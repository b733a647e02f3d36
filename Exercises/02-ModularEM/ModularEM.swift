// Chapter 02: EM in functions.
// The EM of chapter 01, split the way the second notebook splits it: one function for the
// E-step, four for the M-step (soft counts, weights, means, covariances), and the loop that
// calls them. Six places below are yours, parts 1 to 6, each under a comment that says so.
// Each function is graded on its own, so `swift test` (or `swift run emkit check --chapter 2`)
// tells you which step is wrong. Hints: `swift run emkit hint 02`.
// Under each marker, a line like `unfinished(&resp)` or `_ = k` keeps the compiler from warning
// about values an unwritten part will use; delete it when you write the part.
import EMKit

/// The E-step: the responsibility of cluster k for point i, the notebook's `compute_responsibilities`.
///
///     resp[i][k] = πₖ N(xᵢ | μₖ, Σₖ) / Σₗ πₗ N(xᵢ | μₗ, Σₗ)
///
/// Each row of the result lies in [0, 1] and sums to 1.
public func computeResponsibilities(data: Matrix, weights: Vector, means: Matrix, covariances: [Matrix]) -> Matrix {
    let numData = data.count
    let numClusters = means.count
    var resp = LinearAlgebra.zeros(numData, numClusters)
    // YOUR CODE HERE (part 1): fill resp with the weighted likelihoods, then normalise each row.
    // Hint: gaussianDensity(x, mean:covariance:) is the likelihood of x under one cluster.
    unfinished(&resp)
    return resp
}

/// The soft count of every cluster, the notebook's `compute_soft_counts`: `Nₖ = Σᵢ resp[i][k]`.
public func computeSoftCounts(resp: Matrix) -> Vector {
    let numClusters = resp.first?.count ?? 0
    var counts = Vector(repeating: 0, count: numClusters)
    // YOUR CODE HERE (part 2)
    unfinished(&counts)
    return counts
}

/// The weight of every cluster from its soft count, the notebook's `compute_weights`:
/// `π̂ₖ = Nₖ / N`, where N, the number of points, is also the sum of all soft counts.
public func computeWeights(counts: Vector) -> Vector {
    let numClusters = counts.count
    var weights = Vector(repeating: 0, count: numClusters)
    for k in 0..<numClusters {
        // YOUR CODE HERE (part 3)
        unfinished(&weights); _ = k
    }
    return weights
}

/// The mean of every cluster, the notebook's `compute_means`: `μ̂ₖ = (1/Nₖ) Σᵢ resp[i][k] xᵢ`.
public func computeMeans(data: Matrix, resp: Matrix, counts: Vector) -> Matrix {
    let numClusters = counts.count
    let numDim = data.first?.count ?? 0
    var means = LinearAlgebra.zeros(numClusters, numDim)
    for k in 0..<numClusters {
        var weightedSum = Vector(repeating: 0, count: numDim)
        for i in 0..<data.count {
            // YOUR CODE HERE (part 4): add point i, weighted by its responsibility.
            unfinished(&weightedSum); _ = i
        }
        // ... and turn the weighted sum into the mean of cluster k.
        unfinished(&means); _ = k
    }
    return means
}

/// The covariance of every cluster about the given means, the notebook's `compute_covariances`:
///
///     Σ̂ₖ = (1/Nₖ) Σᵢ resp[i][k] (xᵢ − μₖ)(xᵢ − μₖ)ᵀ
///
/// EM passes the means just computed by `computeMeans`; use the `means` you are given.
public func computeCovariances(data: Matrix, resp: Matrix, counts: Vector, means: Matrix) -> [Matrix] {
    let numClusters = counts.count
    let numDim = data.first?.count ?? 0
    var covariances = Array(repeating: LinearAlgebra.zeros(numDim, numDim), count: numClusters)
    for k in 0..<numClusters {
        var weightedSum = LinearAlgebra.zeros(numDim, numDim)
        for i in 0..<data.count {
            // YOUR CODE HERE (part 5). Hint: LinearAlgebra.outer of data[i] − means[k] with itself.
            unfinished(&weightedSum); _ = i
        }
        // ... and normalise the weighted sum by the soft count of cluster k.
        unfinished(&covariances); _ = k
    }
    return covariances
}

/// EM composed from the five functions above, the notebook's `EM_algorithm`.
///
/// Each iteration runs the E-step (`computeResponsibilities`), the M-step (`computeSoftCounts`,
/// `computeWeights`, `computeMeans`, then `computeCovariances` with the new means), and the
/// log-likelihood of the new parameters. It stops when the log-likelihood gains less than
/// `thresh`, or after `maxiter` iterations.
///
/// - Parameters:
///   - progress: receives the notebook's "Iteration N" lines (every fifth iteration); the
///     default prints them, the autograder collects them quietly.
/// - Returns: the final weights, means, covariances, the log-likelihood trace and the last
///   responsibilities.
public func emAlgorithm(
    data: Matrix, initMeans: Matrix, initCovariances: [Matrix], initWeights: Vector,
    maxiter: Int = 1000, thresh: Double = 1e-4, progress: (String) -> Void = { print($0) }
) -> NotebookEMResult {
    var means = initMeans
    var covariances = initCovariances
    var weights = initWeights

    var resp = LinearAlgebra.zeros(data.count, means.count)
    var ll = logLikelihood(of: data, weights: weights, means: means, covariances: covariances)
    var llTrace = [ll]

    for it in 0..<max(maxiter, 0) {
        if it % 5 == 0 { progress("Iteration \(it)") }

        var llNext = Double.nan
        // YOUR CODE HERE (part 6)
        // Expectation step: assign responsibilities to data points for each cluster.
        // Maximisation step: new parameters from the responsibilities and the data.
        // Then assign llNext, the log-likelihood of the new parameters (logLikelihood(of:weights:means:covariances:)).
        unfinished(&resp, &weights); unfinished(&means, &covariances, &llNext)

        llTrace.append(llNext)
        if llNext - ll < thresh && llNext > -.infinity { break }
        ll = llNext
    }
    return NotebookEMResult(weights: weights, means: means, covs: covariances, loglik: llTrace, resp: resp)
}
