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
    /// `d log 2π + log|Σ|`, the constant part of every log-density, worked out once.
    private let normalizer: Double

    /// - Throws: `LinearAlgebraError` if the covariance is not d × d symmetric positive definite
    ///   with d = mean.count.
    public init(mean: Vector, covariance: Matrix) throws(LinearAlgebraError) {
        guard covariance.count == mean.count, covariance.allSatisfy({ $0.count == mean.count }) else {
            throw .dimensionMismatch("mean has \(mean.count) entries, covariance is \(covariance.count) × \(covariance.first?.count ?? 0)")
        }
        self.mean = mean
        self.covariance = covariance
        let factor = try Cholesky(covariance)
        self.factor = factor
        self.normalizer = Double(mean.count) * logTwoPi + factor.logDeterminant
    }

    public var dimension: Int { mean.count }

    /// The log of the density at `x`.
    ///
    /// Computed without allocating (the E-step calls it N × K times per iteration), with the
    /// same operations in the same order as `factor.mahalanobisSquared(x − μ)`, so the result
    /// is the same to the last bit.
    public func logDensity(at x: Vector) -> Double {
        let d = dimension
        guard x.count >= d else { return .nan }
        let quadratic = withUnsafeTemporaryAllocation(of: Double.self, capacity: max(d, 1)) { y in
            let lower = factor.lower
            for i in 0..<d {
                var sum = x[i] - mean[i]
                for k in 0..<i { sum -= lower[i][k] * y[k] }
                y[i] = sum / lower[i][i]
            }
            var squared = 0.0
            for i in 0..<d { squared += y[i] * y[i] }
            return squared
        }
        return -0.5 * (normalizer + quadratic)
    }

    /// The density at `x` (`multivariate_normal.pdf(x, mean, cov)`).
    public func density(at x: Vector) -> Double {
        exp(logDensity(at: x))
    }
}

/// `log 2π`, worked out once (the same value `log(2 * Double.pi)` gives on every call).
let logTwoPi = log(2 * Double.pi)

/// The density of N(mean, covariance) at `x`, like `scipy.stats.multivariate_normal.pdf`.
///
/// Returns NaN when the covariance is not symmetric positive definite, so that a broken
/// covariance shows up in the results instead of stopping the program.
public func gaussianDensity(_ x: Vector, mean: Vector, covariance: Matrix) -> Double {
    exp(gaussianLogDensity(x, mean: mean, covariance: covariance))
}

/// The log-density of N(mean, covariance) at `x`; NaN when the covariance is not SPD.
///
/// Students' E-steps call this once per point and component, so it factors the covariance in
/// a scratch buffer on the stack instead of building a `MultivariateNormal`: the same
/// operations in the same order as `Cholesky` and `MultivariateNormal.logDensity(at:)`, hence
/// the same result to the last bit, without a single allocation.
public func gaussianLogDensity(_ x: Vector, mean: Vector, covariance: Matrix) -> Double {
    let d = mean.count
    guard covariance.count == d, x.count >= d else { return .nan }
    for row in covariance where row.count != d { return .nan }
    return withUnsafeTemporaryAllocation(of: Double.self, capacity: max(d * d + d, 1)) { buffer -> Double in
        // L, row-major, lower triangle (Cholesky.init's loops).
        for j in 0..<d {
            var pivot = covariance[j][j]
            for k in 0..<j { pivot -= buffer[j * d + k] * buffer[j * d + k] }
            guard pivot > 0, pivot.isFinite else { return .nan }
            let root = pivot.squareRoot()
            buffer[j * d + j] = root
            for i in (j + 1)..<d {
                var sum = covariance[i][j]
                for k in 0..<j { sum -= buffer[i * d + k] * buffer[j * d + k] }
                buffer[i * d + j] = sum / root
            }
        }
        // y = L⁻¹ (x − μ) (solveLower), then ‖y‖² (LinearAlgebra.dot) and log|Σ| (logDeterminant).
        let y = d * d
        for i in 0..<d {
            var sum = x[i] - mean[i]
            for k in 0..<i { sum -= buffer[i * d + k] * buffer[y + k] }
            buffer[y + i] = sum / buffer[i * d + i]
        }
        var quadratic = 0.0
        for i in 0..<d { quadratic += buffer[y + i] * buffer[y + i] }
        var logRoots = 0.0
        for i in 0..<d { logRoots += log(buffer[i * d + i]) }
        return -0.5 * (Double(d) * logTwoPi + 2 * logRoots + quadratic)
    }
}
