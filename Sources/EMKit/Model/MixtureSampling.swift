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
    var sample = MixtureSample(points: [], components: [])
    sample.points.reserveCapacity(count)
    sample.components.reserveCapacity(count)
    try forEachMoGDraw(count: count, model: model, random: &random, source: source) { point, k in
        sample.components.append(k)
        sample.points.append(point)
    }
    return sample
}

/// `generateMoGData` one point at a time, in constant memory: `body` gets each point and the
/// index of its component as it is drawn, in the same order and from the same random numbers.
///
/// - Throws: `InputError` if the model is not valid (see `GaussianMixture.validate`), or if a
///   draw is not a finite number (the model's numbers are too large for double precision);
///   points before it have then been passed to `body`.
public func forEachMoGDraw(
    count: Int, model: GaussianMixture, random: inout NumpyRandom, source: String = "model",
    _ body: (Vector, Int) -> Void
) throws(InputError) {
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
    for _ in 0..<count {
        let u = random.uniform()
        let k = NumpyRandom.index(in: cdf, for: u)
        let point = samplers[k].draw(using: &random)
        guard point.allSatisfy(\.isFinite) else {
            throw InputError(location: "\(source): covariances[\(k)]", "a draw overflowed double precision (the numbers of means[\(k)] and covariances[\(k)] are too large)")
        }
        body(point, k)
    }
}
