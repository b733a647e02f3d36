/// LU factorisation with partial pivoting, `P A = L U`, for the places where the notebooks
/// call `np.linalg.det`, `np.linalg.inv` or `np.linalg.solve` on a general square matrix.
///
/// The reference code prefers `Cholesky` for covariance matrices; this type exists so the
/// notebook's own formulas can be followed step by step.
public struct LUDecomposition: Sendable {
    /// L below the diagonal (unit diagonal implied) and U on and above it, packed together.
    private let packed: Matrix
    /// Row `i` of `packed` came from row `rowOrder[i]` of the input.
    private let rowOrder: [Int]
    /// +1 or −1: the sign of the row permutation.
    private let permutationSign: Double

    public init(_ a: Matrix) throws(LinearAlgebraError) {
        let n = a.count
        guard a.allSatisfy({ $0.count == n }) else {
            throw .dimensionMismatch("LU needs a square matrix")
        }
        var m = a
        var order = Array(0..<n)
        var sign = 1.0
        for column in 0..<n {
            var best = column
            for row in column..<n where abs(m[row][column]) > abs(m[best][column]) { best = row }
            if best != column {
                m.swapAt(best, column)
                order.swapAt(best, column)
                sign = -sign
            }
            let pivot = m[column][column]
            guard pivot != 0 else { continue }
            for row in (column + 1)..<n {
                let factor = m[row][column] / pivot
                m[row][column] = factor
                for k in (column + 1)..<n { m[row][k] -= factor * m[column][k] }
            }
        }
        packed = m
        rowOrder = order
        permutationSign = sign
    }

    /// The determinant, `sign(P) Πᵢ Uᵢᵢ` (`np.linalg.det`).
    public var determinant: Double {
        var product = permutationSign
        for i in 0..<packed.count { product *= packed[i][i] }
        return product
    }

    /// Solves `A x = b` (`np.linalg.solve`).
    /// - Throws: `LinearAlgebraError.singular` when a pivot is exactly zero.
    public func solve(_ b: Vector) throws(LinearAlgebraError) -> Vector {
        let n = packed.count
        guard b.count == n else { throw .dimensionMismatch("right-hand side has \(b.count) entries, matrix has \(n) rows") }
        var x = rowOrder.map { b[$0] }
        for i in 0..<n {
            for k in 0..<i { x[i] -= packed[i][k] * x[k] }
        }
        for i in stride(from: n - 1, through: 0, by: -1) {
            for k in (i + 1)..<n { x[i] -= packed[i][k] * x[k] }
            guard packed[i][i] != 0 else { throw .singular }
            x[i] /= packed[i][i]
        }
        return x
    }

    /// The inverse `A⁻¹` (`np.linalg.inv`), one solve per column of the identity.
    public func inverse() throws(LinearAlgebraError) -> Matrix {
        let n = packed.count
        var columns: Matrix = []
        for j in 0..<n {
            var e = Vector(repeating: 0, count: n)
            e[j] = 1
            columns.append(try solve(e))
        }
        return LinearAlgebra.transpose(columns)
    }
}
