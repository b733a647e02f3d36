import Foundation

/// The log-likelihood of `data` under a Gaussian mixture (the notebook's `loglikelihood`):
///
///     ℓ = Σⱼ log Σₖ πₖ N(xⱼ | μₖ, Σₖ)
///
/// Each inner sum is taken in log space with `logSumExp` over
/// `log πₖ − ½ (d log 2π + log|Σₖ| + (xⱼ − μₖ)ᵀ Σₖ⁻¹ (xⱼ − μₖ))`, so points far from every
/// component do not underflow to log 0. A component with weight 0 contributes nothing.
///
/// Returns NaN if a covariance is not symmetric positive definite or the sizes do not match:
/// a broken model shows up as NaN in the results rather than stopping the program.
public func logLikelihood(of data: Matrix, weights: Vector, means: Matrix, covariances: [Matrix]) -> Double {
    let k = weights.count
    guard means.count == k, covariances.count == k else { return .nan }
    var normals: [MultivariateNormal] = []
    for i in 0..<k {
        guard let normal = try? MultivariateNormal(mean: means[i], covariance: covariances[i]) else { return .nan }
        normals.append(normal)
    }
    let logWeights = weights.map { log($0) }
    var total = 0.0
    var terms = Vector(repeating: 0, count: k)
    for point in data {
        guard point.count == means.first?.count else { return .nan }
        for i in 0..<k { terms[i] = logWeights[i] + normals[i].logDensity(at: point) }
        total += logSumExp(terms)
    }
    return total
}

/// The log-likelihood of `data` under `model`; see `logLikelihood(of:weights:means:covariances:)`.
public func logLikelihood(of data: Matrix, under model: GaussianMixture) -> Double {
    logLikelihood(of: data, weights: model.weights, means: model.means, covariances: model.covariances)
}
