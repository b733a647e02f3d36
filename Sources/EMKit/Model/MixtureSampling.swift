/// Points drawn from a mixture, with the component each came from.
public struct MixtureSample: Sendable, Equatable {
    /// One row per point.
    public var points: Matrix
    /// `components[i]` is the index of the component that produced `points[i]`.
    public var components: [Int]
}

/// The notebook's `generate_MoG_data`: for each point, pick a component k with probabilities
/// `weights` (`np.random.choice(K, 1, p=weights)`), then draw the point from N(μₖ, Σₖ)
/// (`np.random.multivariate_normal`).
///
/// With `random` seeded like the notebook (`NumpyRandom(seed: 4)`) this gives the notebook's
/// 100 points bit for bit.
///
/// - Throws: `InputError` if the model is not valid (see `GaussianMixture.validate`).
public func generateMoGData(
    count: Int, model: GaussianMixture, random: inout NumpyRandom, source: String = "model"
) throws(InputError) -> MixtureSample {
    guard count >= 0 else { throw InputError(parameter: "count", "must not be negative (got \(count))") }
    try model.validate(source: source)
    var samplers: [MultivariateNormalSampler] = []
    for k in 0..<model.componentCount {
        do {
            samplers.append(try MultivariateNormalSampler(mean: model.means[k], covariance: model.covariances[k]))
        } catch {
            throw InputError(location: "\(source): covariances[\(k)]", "\(error)")
        }
    }
    let cdf = NumpyRandom.normalizedCumulativeSum(model.weights)
    var sample = MixtureSample(points: [], components: [])
    sample.points.reserveCapacity(count)
    sample.components.reserveCapacity(count)
    for _ in 0..<count {
        let u = random.uniform()
        let k = NumpyRandom.index(in: cdf, for: u)
        sample.components.append(k)
        sample.points.append(samplers[k].draw(using: &random))
    }
    return sample
}
