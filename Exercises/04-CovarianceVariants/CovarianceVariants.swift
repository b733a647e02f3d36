// Chapter 04: covariance variants, scikit-learn's k-means start, and the library view of a
// fitted mixture. Parts 1 to 3 are in this file, parts 4, 5, 11 and 12 in Seeding.swift,
// parts 6 to 10 in FitQueries.swift. Each place that is yours says YOUR CODE HERE. Part 3
// builds on your chapter 02 functions and part 10 on chapter 03's sampler: finish those first.
// Check with `swift test` or `swift run emkit check --chapter 4`; answers: `swift run emkit
// quiz --chapter 4`; hints: `swift run emkit hint 04`.
// Under each marker, a line like `unfinished(&variances)` or `_ = k` keeps the compiler from warning
// about values an unwritten part will use; delete it when you write the part.
import EMKit

/// The spherical update of the lecture's pseudo-code: one variance per cluster,
///
///     σ²ₖ = Σᵢ resp[i][k] ‖xᵢ − μₖ‖² / (d Nₖ)
///
/// with d the dimension and `Nₖ = counts[k]`. Use the `means` you are given (EM passes the
/// new ones, as chapter 02's covariances do). The lecture's pseudo-code writes μₖᵗ, the means
/// before the update; the library, and this kit, use the updated ones.
public func sphericalVariances(data: Matrix, resp: Matrix, counts: Vector, means: Matrix) -> Vector {
    let numClusters = counts.count
    let numDim = data.first?.count ?? 0
    var variances = Vector(repeating: .nan, count: numClusters)
    for k in 0..<numClusters {
        // YOUR CODE HERE (part 1): the weighted sum of squared distances, then divide by d Nₖ.
        unfinished(&variances); _ = (k, numDim)
    }
    return variances
}

/// The diagonal update: a variance per cluster and coordinate,
///
///     σ²ₖⱼ = Σᵢ resp[i][k] (xᵢⱼ − μₖⱼ)² / Nₖ
///
/// the diagonal of chapter 02's covariance; the off-diagonal entries are never formed.
public func diagonalVariances(data: Matrix, resp: Matrix, counts: Vector, means: Matrix) -> Matrix {
    let numClusters = counts.count
    let numDim = data.first?.count ?? 0
    var variances = Array(repeating: Vector(repeating: .nan, count: numDim), count: numClusters)
    for k in 0..<numClusters {
        for j in 0..<numDim {
            // YOUR CODE HERE (part 2)
            unfinished(&variances); _ = (k, j)
        }
    }
    return variances
}

/// The M-step for any covariance shape: chapter 02's soft counts, weights and means, then the
/// covariances of the shape asked for, written as full d × d matrices, with `regularization`
/// added to every diagonal entry (the library's `reg_covar`, which keeps a component that
/// sits on a single point from collapsing).
///
/// * `.full`: chapter 02's `computeCovariances`;
/// * `.diagonal`: `diag(σ²ₖ₁ … σ²ₖd)` from part 2;
/// * `.spherical`: `σ²ₖ I` from part 1.
public func mixtureMStep(data: Matrix, resp: Matrix, covariance: CovarianceShape, regularization: Double) -> GaussianMixture {
    let counts = computeSoftCounts(resp: resp)
    let weights = computeWeights(counts: counts)
    let means = computeMeans(data: data, resp: resp, counts: counts)
    let numDim = data.first?.count ?? 0
    var covariances: [Matrix] = Array(repeating: Array(repeating: Vector(repeating: .nan, count: numDim), count: numDim),
                                      count: counts.count)
    // YOUR CODE HERE (part 3): switch on covariance, then add regularization to every diagonal entry.
    unfinished(&covariances)
    return GaussianMixture(weights: weights, means: means, covariances: covariances)
}
