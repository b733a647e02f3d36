/// The parameters of a mixture of K Gaussians in d dimensions.
///
/// `weights[k]` is the mixing weight πₖ, `means[k]` the mean μₖ (d entries) and
/// `covariances[k]` the covariance Σₖ (d × d). The JSON form used by `emkit` is
/// `{"weights": [..], "means": [[..]], "covariances": [[[..]]]}`.
public struct GaussianMixture: Sendable, Hashable, Codable {
    public var weights: Vector
    public var means: Matrix
    public var covariances: [Matrix]

    public init(weights: Vector, means: Matrix, covariances: [Matrix]) {
        self.weights = weights
        self.means = means
        self.covariances = covariances
    }

    /// K, the number of components.
    public var componentCount: Int { weights.count }

    /// d, the dimension of the data.
    public var dimension: Int { means.first?.count ?? 0 }

    /// Checks that the parameters describe a mixture: K ≥ 1 components, d ≥ 1 dimensions,
    /// matching sizes, finite numbers, non-negative weights summing to 1 (within √ε, numpy's
    /// tolerance for `choice`), and symmetric positive definite covariances.
    ///
    /// - Parameter source: names the model in error messages, e.g. the file it came from.
    /// - Throws: `InputError` naming the first offending field, e.g. `model.json: covariances[1]:
    ///   not symmetric positive definite`.
    public func validate(source: String = "model") throws(InputError) {
        func fail(_ field: String, _ message: String) -> InputError {
            InputError(location: "\(source): \(field)", message)
        }
        let k = weights.count
        guard k >= 1 else { throw fail("weights", "a mixture needs at least one component") }
        guard means.count == k else { throw fail("means", "has \(means.count) entries, weights has \(k)") }
        guard covariances.count == k else { throw fail("covariances", "has \(covariances.count) entries, weights has \(k)") }
        let d = dimension
        guard d >= 1 else { throw fail("means[0]", "must have at least one coordinate") }
        for (i, mean) in means.enumerated() {
            guard mean.count == d else { throw fail("means[\(i)]", "has \(mean.count) coordinates, means[0] has \(d)") }
            guard mean.allSatisfy(\.isFinite) else { throw fail("means[\(i)]", "must be finite numbers") }
        }
        do {
            try NumpyRandom.validateProbabilities(weights, name: "weights")
        } catch {
            throw fail(error.location, error.message)
        }
        for (i, covariance) in covariances.enumerated() {
            let field = "covariances[\(i)]"
            guard covariance.count == d, covariance.allSatisfy({ $0.count == d }) else {
                throw fail(field, "must be \(d) × \(d) to match the means")
            }
            guard LinearAlgebra.isFinite(covariance) else { throw fail(field, "must be finite numbers") }
            guard LinearAlgebra.isSymmetric(covariance, tolerance: 1e-10) else { throw fail(field, "is not symmetric") }
            guard (try? Cholesky(covariance)) != nil else { throw fail(field, "is not positive definite") }
        }
    }
}
