// Chapter 03: sampling from a mixture, EM from random starts, and choosing K.
// Part 1 is in this file; parts 2 to 5 are in ModelSelection.swift. Each place that is yours
// says YOUR CODE HERE. The sampler is graded statistically: over many draws the component
// frequencies and each component's mean and covariance must fall inside confidence bands.
// Check with `swift test` or `swift run emkit check --chapter 3`; answers: `swift run emkit
// quiz --chapter 3`; hints: `swift run emkit hint 03`.
import EMKit

/// Draws `count` points from a Gaussian mixture, the notebook's generator loop.
///
/// For every point: pick a component k with probability `weights[k]` (one uniform u from
/// `random`; k is the first component whose running sum of weights exceeds u), then draw
/// `x = μₖ + L z`, where `L` is the lower Cholesky factor of Σₖ (`L Lᵀ = Σₖ`) and z holds d
/// standard normals from `random`.
///
/// - Returns: the points, one per row, and the component each came from.
public func sampleMixture(
    count: Int, weights: Vector, means: Matrix, covariances: [Matrix], random: inout NumpyRandom
) -> (samples: Matrix, labels: [Int]) {
    let numDim = means.first?.count ?? 0
    var samples = LinearAlgebra.zeros(max(count, 0), numDim)
    var labels = [Int](repeating: 0, count: max(count, 0))
    // YOUR CODE HERE (part 1)
    // Hints: random.uniform(), random.standardNormal(), Cholesky(_:).lower, LinearAlgebra.multiply.
    unfinished(&samples, &labels)  // keeps the compiler quiet until you write part 1; delete it then
    return (samples, labels)
}
