#if Solutions || REFERENCE_COPY // built with --traits Solutions, or as a copy in Exercises/; a student's build skips it
// Chapter 04: covariance variants.
// The reference solution: the exercise with parts 1 to 3 filled in.
// Hints: `swift run emkit hint 04`.
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
    var variances = Vector(repeating: 0, count: numClusters)
    for k in 0..<numClusters {
        // Part 1
        var weightedSum = 0.0
        for i in 0..<data.count {
            let diff = data[i].minus(means[k])
            weightedSum += resp[i][k] * LinearAlgebra.dot(diff, diff)
        }
        variances[k] = weightedSum / (Double(numDim) * counts[k])
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
    var variances = LinearAlgebra.zeros(numClusters, numDim)
    for k in 0..<numClusters {
        for j in 0..<numDim {
            // Part 2
            var weightedSum = 0.0
            for i in 0..<data.count {
                let diff = data[i][j] - means[k][j]
                weightedSum += resp[i][k] * diff * diff
            }
            variances[k][j] = weightedSum / counts[k]
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
    var covariances: [Matrix] = []
    // Part 3
    switch covariance {
    case .full:
        covariances = computeCovariances(data: data, resp: resp, counts: counts, means: means)
    case .diagonal:
        covariances = diagonalVariances(data: data, resp: resp, counts: counts, means: means).map { variances in
            (0..<numDim).map { i in (0..<numDim).map { j in i == j ? variances[i] : 0 } }
        }
    case .spherical:
        covariances = sphericalVariances(data: data, resp: resp, counts: counts, means: means).map { variance in
            LinearAlgebra.identity(numDim).times(variance)
        }
    }
    for k in covariances.indices {
        for i in 0..<min(numDim, covariances[k].count) { covariances[k][i][i] += regularization }
    }
    return GaussianMixture(weights: weights, means: means, covariances: covariances)
}
#endif
