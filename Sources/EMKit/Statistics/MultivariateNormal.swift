import Foundation

/// A multivariate normal distribution N(μ, Σ) with its Cholesky factor kept for reuse.
///
/// `logDensity(at:)` is
/// `−½ (d log 2π + log|Σ| + (x − μ)ᵀ Σ⁻¹ (x − μ))`, computed with the factor L of Σ = L Lᵀ:
/// `log|Σ| = 2 Σ log Lᵢᵢ` and the quadratic form as `‖L⁻¹(x − μ)‖²`. It matches
/// `scipy.stats.multivariate_normal.logpdf` to rounding.
public struct MultivariateNormal: Sendable {
    public let mean: Vector
    public let covariance: Matrix
    public let factor: Cholesky

    /// - Throws: `LinearAlgebraError` if the covariance is not d × d symmetric positive definite
    ///   with d = mean.count.
    public init(mean: Vector, covariance: Matrix) throws(LinearAlgebraError) {
        guard covariance.count == mean.count, covariance.allSatisfy({ $0.count == mean.count }) else {
            throw .dimensionMismatch("mean has \(mean.count) entries, covariance is \(covariance.count) × \(covariance.first?.count ?? 0)")
        }
        self.mean = mean
        self.covariance = covariance
        self.factor = try Cholesky(covariance)
    }

    public var dimension: Int { mean.count }

    /// The log of the density at `x`.
    public func logDensity(at x: Vector) -> Double {
        let delta = zip(x, mean).map { $0 - $1 }
        let quadratic = factor.mahalanobisSquared(delta)
        return -0.5 * (Double(dimension) * log(2 * Double.pi) + factor.logDeterminant + quadratic)
    }

    /// The density at `x` (`multivariate_normal.pdf(x, mean, cov)`).
    public func density(at x: Vector) -> Double {
        exp(logDensity(at: x))
    }
}

/// The density of N(mean, covariance) at `x`, like `scipy.stats.multivariate_normal.pdf`.
///
/// Returns NaN when the covariance is not symmetric positive definite, so that a broken
/// covariance shows up in the results instead of stopping the program.
public func gaussianDensity(_ x: Vector, mean: Vector, covariance: Matrix) -> Double {
    guard let normal = try? MultivariateNormal(mean: mean, covariance: covariance) else { return .nan }
    return normal.density(at: x)
}

/// The log-density of N(mean, covariance) at `x`; NaN when the covariance is not SPD.
public func gaussianLogDensity(_ x: Vector, mean: Vector, covariance: Matrix) -> Double {
    guard let normal = try? MultivariateNormal(mean: mean, covariance: covariance) else { return .nan }
    return normal.logDensity(at: x)
}
