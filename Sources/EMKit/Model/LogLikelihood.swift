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
    // Each component flattened once (mean, factor, log-determinant), so the loop over the
    // points allocates nothing; the arithmetic is `MultivariateNormal.logDensity(at:)`'s.
    let d = means.first?.count ?? 0
    let flatMeans = normals.flatMap(\.mean), flatFactors = normals.flatMap { $0.factor.lower.joined() }
    let constants = normals.map { Double(d) * logTwoPi + $0.factor.logDeterminant }
    var total = 0.0
    var terms = Vector(repeating: 0, count: k)
    var y = Vector(repeating: 0, count: d)
    for point in data {
        guard point.count == d else { return .nan }
        for i in 0..<k {
            let m = i * d, f = i * d * d
            var quadratic = 0.0
            for a in 0..<d {
                var sum = point[a] - flatMeans[m + a]
                for b in 0..<a { sum -= flatFactors[f + a * d + b] * y[b] }
                y[a] = sum / flatFactors[f + a * d + a]
            }
            for a in 0..<d { quadratic += y[a] * y[a] }
            terms[i] = logWeights[i] + -0.5 * (constants[i] + quadratic)
        }
        total += logSumExp(terms)
    }
    return total
}

/// The log-likelihood of `data` under `model`; see `logLikelihood(of:weights:means:covariances:)`.
public func logLikelihood(of data: Matrix, under model: GaussianMixture) -> Double {
    logLikelihood(of: data, weights: model.weights, means: model.means, covariances: model.covariances)
}
