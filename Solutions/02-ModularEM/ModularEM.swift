#if Solutions || REFERENCE_COPY // built with --traits Solutions, or as a copy in Exercises/; a student's build skips it
// Chapter 02: EM in functions.
// The reference solution: the exercise with parts 1 to 6 filled in.
// Hints: `swift run emkit hint 02`.
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
    // Part 1
    for i in 0..<numData {
        for k in 0..<numClusters {
            resp[i][k] = weights[k] * gaussianDensity(data[i], mean: means[k], covariance: covariances[k])
        }
    }
    resp = resp.rowsNormalized
    return resp
}

/// The soft count of every cluster, the notebook's `compute_soft_counts`: `Nₖ = Σᵢ resp[i][k]`.
public func computeSoftCounts(resp: Matrix) -> Vector {
    let numClusters = resp.first?.count ?? 0
    var counts = Vector(repeating: 0, count: numClusters)
    // Part 2
    for row in resp {
        for k in 0..<numClusters { counts[k] += row[k] }
    }
    return counts
}

/// The weight of every cluster from its soft count, the notebook's `compute_weights`:
/// `π̂ₖ = Nₖ / N`, where N, the number of points, is also the sum of all soft counts.
public func computeWeights(counts: Vector) -> Vector {
    let numClusters = counts.count
    var weights = Vector(repeating: 0, count: numClusters)
    for k in 0..<numClusters {
        // Part 3
        weights[k] = counts[k] / counts.sum
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
            // Part 4
            weightedSum.add(data[i], scaledBy: resp[i][k])
        }
        means[k] = weightedSum.dividedBy(counts[k])
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
            // Part 5: weightedSum += resp[i][k] · δ δᵀ with δ = data[i] − means[k], entry by entry
            // (no vector or matrix built per point: the sweep of chapter 03 runs this 50 million times)
            for a in 0..<numDim {
                let deltaA = data[i][a] - means[k][a]
                for b in 0..<numDim { weightedSum[a][b] += resp[i][k] * (deltaA * (data[i][b] - means[k][b])) }
            }
        }
        covariances[k] = weightedSum.dividedBy(counts[k])
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
        // Part 6
        // Expectation step: assign responsibilities to data points for each cluster.
        resp = computeResponsibilities(data: data, weights: weights, means: means, covariances: covariances)
        // Maximisation step: new parameters from the responsibilities and the data.
        let counts = computeSoftCounts(resp: resp)
        weights = computeWeights(counts: counts)
        means = computeMeans(data: data, resp: resp, counts: counts)
        covariances = computeCovariances(data: data, resp: resp, counts: counts, means: means)
        llNext = logLikelihood(of: data, weights: weights, means: means, covariances: covariances)

        llTrace.append(llNext)
        if llNext - ll < thresh && llNext > -.infinity { break }
        ll = llNext
    }
    return NotebookEMResult(weights: weights, means: means, covs: covariances, loglik: llTrace, resp: resp)
}
#endif
