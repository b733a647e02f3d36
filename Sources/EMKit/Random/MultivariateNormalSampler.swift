/// Draws from N(mean, covariance) exactly as `np.random.multivariate_normal(mean, cov)` does.
///
/// numpy factors the covariance with an SVD, `cov = uᵀ diag(s) vh`, and maps d standard normals
/// z to `x = z · (√s ⊙ vh) + mean`. The signs and order of the rows of `vh` decide which point
/// comes out, so this type takes them from `NumpySVD`, which reproduces LAPACK's answer for
/// every 2 × 2 covariance and every diagonal covariance. For any other covariance (d ≥ 3,
/// not diagonal) no exact rule is known: the sampler then uses the Cholesky factor,
/// `x = mean + L z`. Those draws have the right distribution and consume the same random
/// numbers, but they are **not** numpy's numbers; `matchesNumpy` tells which case applies.
public struct MultivariateNormalSampler: Sendable {
    public let mean: Vector
    /// Row i is `√sᵢ · vhᵢ` (numpy's transform) or, in the fallback, row i of L.
    private let transform: Matrix
    /// True when draws reproduce numpy bit for bit (2 × 2 or diagonal covariance).
    public let matchesNumpy: Bool

    /// - Throws: `LinearAlgebraError` when the covariance is not d × d with d = mean.count, or
    ///   (fallback only) not positive definite.
    public init(mean: Vector, covariance: Matrix) throws(LinearAlgebraError) {
        let d = mean.count
        guard covariance.count == d, covariance.allSatisfy({ $0.count == d }) else {
            throw .dimensionMismatch("mean has \(d) entries, covariance is \(covariance.count) × \(covariance.first?.count ?? 0)")
        }
        self.mean = mean
        if let svd = NumpySVD(symmetric: covariance) {
            transform = (0..<d).map { i in
                let scale = svd.singularValues[i].squareRoot()
                return svd.vh[i].map { scale * $0 }
            }
            matchesNumpy = true
        } else {
            transform = try Cholesky(covariance).lower
            matchesNumpy = false
        }
    }

    /// One draw; consumes `mean.count` standard normals from `random`.
    public func draw(using random: inout NumpyRandom) -> Vector {
        let d = mean.count
        var z = Vector(repeating: 0, count: d)
        for i in 0..<d { z[i] = random.standardNormal() }
        var x = Vector(repeating: 0, count: d)
        if matchesNumpy {
            // numpy's product z · A accumulates with fused multiply-adds, in this order.
            for j in 0..<d {
                var acc = z[0] * transform[0][j]
                for i in 1..<d { acc = acc.addingProduct(z[i], transform[i][j]) }
                x[j] = acc + mean[j]
            }
        } else {
            for j in 0..<d {
                var acc = 0.0
                for i in 0...j { acc += transform[j][i] * z[i] }
                x[j] = mean[j] + acc
            }
        }
        return x
    }
}

extension NumpyRandom {
    /// `np.random.multivariate_normal(mean, cov)`; see `MultivariateNormalSampler` for when the
    /// draw is bit-for-bit numpy's.
    public mutating func multivariateNormal(mean: Vector, covariance: Matrix) throws(LinearAlgebraError) -> Vector {
        try MultivariateNormalSampler(mean: mean, covariance: covariance).draw(using: &self)
    }
}
