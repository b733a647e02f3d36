#if Solutions || REFERENCE_COPY // built with --traits Solutions, or as a copy in Exercises/; a student's build skips it
// Chapter 03: sampling from a mixture.
// The reference solution: the exercise with part 1 filled in.
// Hints: `swift run emkit hint 03`.
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
    // Part 1
    let factors = covariances.map { (try? Cholesky($0))?.lower ?? LinearAlgebra.zeros(numDim, numDim) }
    for i in 0..<max(count, 0) {
        let u = random.uniform()
        var k = 0, running = weights.first ?? 1
        while k < weights.count - 1 && running <= u {
            k += 1
            running += weights[k]
        }
        let z = (0..<numDim).map { _ in random.standardNormal() }
        samples[i] = means[k].plus(LinearAlgebra.multiply(factors[k], z))
        labels[i] = k
    }
    return (samples, labels)
}
#endif
