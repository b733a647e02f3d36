import Foundation

/// The first notebook's initialisation: `np.random.seed(seed)`, then K data points chosen
/// without replacement as the means, the sample covariance of all the data (`np.cov`) for
/// every component, and equal weights 1/K.
///
/// - Throws: `InputError` when K < 1, K > N, or the data have fewer than two points.
public func notebookInitialization(data: Matrix, components: Int, seed: UInt32) throws(InputError) -> GaussianMixture {
    guard components >= 1 else { throw InputError(parameter: "components", "must be at least 1 (got \(components))") }
    guard components <= data.count else {
        throw InputError(parameter: "components", "cannot be larger than the number of points (\(components) > \(data.count))")
    }
    guard data.count >= 2 else { throw InputError(parameter: "data", "needs at least two points to estimate a covariance") }
    var random = NumpyRandom(seed: seed)
    let chosen = try random.choice(data.count, count: components)
    let covariance = sampleCovariance(data)
    return GaussianMixture(
        weights: Vector(repeating: 1 / Double(components), count: components),
        means: chosen.map { data[$0] },
        covariances: Array(repeating: covariance, count: components))
}
