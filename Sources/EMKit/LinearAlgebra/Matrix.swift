/// A vector of doubles, like a 1-D numpy array.
public typealias Vector = [Double]

/// A dense matrix stored as rows, like a 2-D numpy array (`matrix[i][j]` is row i, column j).
///
/// The kit's matrices are small (d × d with d the data dimension), so rows of arrays keep the
/// exercises readable; the reference EM uses flat storage where speed matters.
public typealias Matrix = [[Double]]

/// Why a linear-algebra routine could not answer.
public enum LinearAlgebraError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The matrix is not square, or two operands do not have matching sizes.
    case dimensionMismatch(String)
    /// Cholesky found a pivot that is not positive: the matrix is not symmetric positive definite.
    case notPositiveDefinite(pivot: Int)
    /// LU elimination found an exactly zero pivot: the matrix is singular.
    case singular

    public var description: String {
        switch self {
        case .dimensionMismatch(let what): return "dimension mismatch: \(what)"
        case .notPositiveDefinite(let pivot): return "not positive definite (pivot \(pivot) is not positive)"
        case .singular: return "the matrix is singular"
        }
    }
}

/// Small helpers shared by the core and the exercises.
public enum LinearAlgebra {
    /// The n × n identity matrix.
    public static func identity(_ n: Int) -> Matrix {
        (0..<n).map { i in (0..<n).map { j in i == j ? 1 : 0 } }
    }

    /// The n × m matrix of zeros (`np.zeros((n, m))`).
    public static func zeros(_ n: Int, _ m: Int) -> Matrix {
        Matrix(repeating: Vector(repeating: 0, count: m), count: n)
    }

    /// The outer product `a bᵀ` (`np.outer(a, b)`).
    public static func outer(_ a: Vector, _ b: Vector) -> Matrix {
        a.map { ai in b.map { ai * $0 } }
    }

    /// The matrix–vector product `A x`.
    public static func multiply(_ a: Matrix, _ x: Vector) -> Vector {
        a.map { row in dot(row, x) }
    }

    /// The dot product Σᵢ aᵢ bᵢ, summed left to right.
    public static func dot(_ a: Vector, _ b: Vector) -> Double {
        var sum = 0.0
        for i in 0..<min(a.count, b.count) { sum += a[i] * b[i] }
        return sum
    }

    /// The transpose.
    public static func transpose(_ a: Matrix) -> Matrix {
        guard let columns = a.first?.count else { return [] }
        return (0..<columns).map { j in a.map { $0[j] } }
    }

    /// Whether `a` is square with `|a[i][j] − a[j][i]| ≤ tolerance · max(1, |a[i][j]|)` everywhere.
    public static func isSymmetric(_ a: Matrix, tolerance: Double = 1e-12) -> Bool {
        let n = a.count
        guard a.allSatisfy({ $0.count == n }) else { return false }
        for i in 0..<n {
            for j in 0..<i where abs(a[i][j] - a[j][i]) > tolerance * max(1, abs(a[i][j])) {
                return false
            }
        }
        return true
    }

    /// Whether every entry is finite (no NaN, no infinity).
    public static func isFinite(_ a: Matrix) -> Bool {
        a.allSatisfy { $0.allSatisfy(\.isFinite) }
    }
}
