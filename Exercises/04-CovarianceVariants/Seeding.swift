// Chapter 04: where EM starts.
// Parts 4 and 5. The lecture compares k-means starts with random ones: part 4 picks the seed
// points the k-means++ way, part 5 turns any seeds into a starting mixture.
// Hints: `swift run emkit hint 04`.
import EMKit

/// k-means++ seeding: the row indices of `count` points of `data` to start the means from,
/// spread out so that EM does not start with two means in one cluster.
///
/// The first seed is a uniformly chosen point: `i = Int(u · N)` for one `u = random.uniform()`.
/// Every further seed takes one more `u`: with `D²ᵢ` the squared distance from point i to its
/// nearest seed so far, it is the first i whose running sum `D²₀ + … + D²ᵢ` exceeds `u · Σ D²`
/// (so far-away points are likely). If every D² is 0, take `Int(u · N)` instead.
public func kMeansPlusPlusIndices(data: Matrix, count: Int, random: inout NumpyRandom) -> [Int] {
    let numData = data.count
    var seeds: [Int] = []
    guard numData > 0, count > 0 else { return seeds }
    // YOUR CODE HERE (part 4)
    return seeds
}

/// The start EM gets from seed points: every point goes to its nearest seed (the first one on
/// a tie), which makes responsibilities of 0 and 1, and one M-step (part 3) turns them into
/// weights, means and covariances of the shape asked for.
///
/// The seeds may come from part 4 or from `Chapter04Notebook.randomSeedIndices`, the lecture's
/// random initialisation.
public func startFromSeeds(data: Matrix, seeds: [Int], covariance: CovarianceShape, regularization: Double) -> GaussianMixture {
    var resp = LinearAlgebra.zeros(data.count, seeds.count)
    // YOUR CODE HERE (part 5): a 1 in every row, in the column of the nearest seed.
    return mixtureMStep(data: data, resp: resp, covariance: covariance, regularization: regularization)
}
