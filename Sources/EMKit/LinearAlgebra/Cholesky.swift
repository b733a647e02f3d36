import Foundation

/// The Cholesky factorisation `A = L Lᵀ` of a symmetric positive definite matrix.
///
/// The reference code uses it for everything a Gaussian needs: the log-determinant
/// `log|A| = 2 Σᵢ log Lᵢᵢ`, and the Mahalanobis distance `(x − μ)ᵀ A⁻¹ (x − μ) = ‖L⁻¹(x − μ)‖²`
/// by one forward substitution, without ever forming `A⁻¹`.
public struct Cholesky: Sendable, Equatable {
    /// The lower-triangular factor L (entries above the diagonal are zero).
    public let lower: Matrix

    /// Factors `a`, reading only its lower triangle.
    ///
    /// - Throws: `LinearAlgebraError.dimensionMismatch` if `a` is not square,
    ///   `.notPositiveDefinite` if a pivot is not positive (or not finite).
    public init(_ a: Matrix) throws(LinearAlgebraError) {
        let n = a.count
        guard a.allSatisfy({ $0.count == n }) else {
            throw .dimensionMismatch("Cholesky needs a square matrix")
        }
        var l = LinearAlgebra.zeros(n, n)
        for j in 0..<n {
            var pivot = a[j][j]
            for k in 0..<j { pivot -= l[j][k] * l[j][k] }
            guard pivot > 0, pivot.isFinite else { throw .notPositiveDefinite(pivot: j) }
            let root = pivot.squareRoot()
            l[j][j] = root
            for i in (j + 1)..<n {
                var sum = a[i][j]
                for k in 0..<j { sum -= l[i][k] * l[j][k] }
                l[i][j] = sum / root
            }
        }
        lower = l
    }

    /// The dimension n of the factored n × n matrix.
    public var dimension: Int { lower.count }

    /// `log |A| = 2 Σᵢ log Lᵢᵢ`, accurate even when |A| itself would underflow.
    public var logDeterminant: Double {
        var sum = 0.0
        for i in 0..<dimension { sum += log(lower[i][i]) }
        return 2 * sum
    }

    /// Solves `L y = b` by forward substitution.
    public func solveLower(_ b: Vector) -> Vector {
        var y = b
        for i in 0..<dimension {
            var sum = y[i]
            for k in 0..<i { sum -= lower[i][k] * y[k] }
            y[i] = sum / lower[i][i]
        }
        return y
    }

    /// Solves `A x = b` (forward then backward substitution).
    public func solve(_ b: Vector) -> Vector {
        var x = solveLower(b)
        for i in stride(from: dimension - 1, through: 0, by: -1) {
            var sum = x[i]
            for k in (i + 1)..<dimension { sum -= lower[k][i] * x[k] }
            x[i] = sum / lower[i][i]
        }
        return x
    }

    /// The squared Mahalanobis length `vᵀ A⁻¹ v = ‖L⁻¹ v‖²`.
    public func mahalanobisSquared(_ v: Vector) -> Double {
        let y = solveLower(v)
        return LinearAlgebra.dot(y, y)
    }

    /// `L z`: turns a vector of independent standard normals into a draw with covariance A.
    public func multiplyLower(_ z: Vector) -> Vector {
        (0..<dimension).map { i in
            var sum = 0.0
            for k in 0...i { sum += lower[i][k] * z[k] }
            return sum
        }
    }
}
