// numpy.linalg.svd, reproduced bit for bit for the matrices where the kit can.
//
// numpy's legacy `multivariate_normal` draws `x = z · (sqrt(s)[:, None] * vh)` with
// `(u, s, vh) = numpy.linalg.svd(cov)`. Any basis of eigenvectors would give draws
// with the right distribution, but only numpy's own vh gives numpy's draws: flipping
// the sign of one row moves about half of the points. numpy gets vh from LAPACK's
// dgesdd (OpenBLAS build, numpy 2.4), so this file replays the steps dgesdd takes:
//
//   DGEBD2  reduce to an upper-bidiagonal matrix (one Householder step for 2×2,
//           nothing at all for a diagonal matrix),
//   DBDSDC  → DLASDQ → DBDSQR   solve the bidiagonal SVD (DLASV2 for the 2×2 block),
//           make the singular values positive by flipping rows of vh,
//           then three selection sorts, one per routine, on the way back out.
//
// The three sorts are not a stable sort: repeated variances come out in an order
// that only replaying them reproduces (diag(.2, .2, .1) → rows on dimensions [1, 0, 2]).

/// The singular values and right singular vectors that numpy.linalg.svd returns for a symmetric matrix,
/// reproduced bit-for-bit where the kit can (2×2 matrices, and diagonal matrices of any size).
///
/// Checked against numpy 2.4.6 with OpenBLAS 0.3.31 (`Scripts/check_svd_against_numpy.py`).
/// A 2×2 matrix need not actually be symmetric: it is read the way numpy reads it
/// (rows of `matrix` are the rows of the array). Diagonal matrices larger than 25×25
/// take LAPACK's divide-and-conquer path, which is reproduced too: there s may differ
/// from the variances by an ulp, a zero variance comes back as about 1e-16 × the largest,
/// and ties are ordered differently than for d ≤ 25.
public struct NumpySVD: Sendable, Equatable {
    /// numpy's `s`: descending and non-negative (a -0.0 on the diagonal stays -0.0, as in numpy).
    public var singularValues: [Double]
    /// numpy's `vh`: row i is the right singular vector for `singularValues[i]`.
    public var vh: [[Double]]

    /// nil when the matrix is not 2×2 and not diagonal (no known bit-exact rule): callers fall back.
    /// Also nil for an empty or non-square matrix, or one with a NaN or infinite entry
    /// (numpy raises for those).
    public init?(symmetric matrix: [[Double]]) {
        let n = matrix.count
        guard n > 0, matrix.allSatisfy({ $0.count == n && $0.allSatisfy(\.isFinite) }) else {
            return nil
        }
        let isDiagonal = (0..<n).allSatisfy { i in (0..<n).allSatisfy { j in i == j || matrix[i][j] == 0 } }
        guard n <= 2 || isDiagonal else { return nil }

        // DGESDD first brings a matrix whose largest entry is extremely small or large into
        // a safe range (and scales s back at the end); the scaling rounds, so replay it.
        var entries = matrix.flatMap { $0 }
        let norm = entries.reduce(0) { max($0, abs($1)) }
        let smallNorm = LAPACKConstants.safeMinimum.squareRoot() / LAPACKConstants.precision
        let bigNorm = 1 / smallNorm
        var scaledNorm: Double?
        if norm > 0 && norm < smallNorm {
            scaledNorm = smallNorm
        } else if norm > bigNorm {
            scaledNorm = bigNorm
        }
        if let scaledNorm { lapackRescale(&entries, from: norm, to: scaledNorm) }
        let scaled = (0..<n).map { i in Array(entries[(i * n)..<(i * n + n)]) }

        var result: (s: [Double], vt: [[Double]])
        if n == 1 {
            // DBDSDC's 1×1 shortcut: vh = [[1]] even for a negative entry (the sign goes to u).
            result = ([abs(scaled[0][0])], [[1]])
        } else if n == 2 {
            result = Self.twoByTwo(scaled)
        } else if n <= Self.smallSize {
            result = Self.smallDiagonal((0..<n).map { scaled[$0][$0] })
        } else {
            result = Self.largeDiagonal((0..<n).map { scaled[$0][$0] })
        }
        if let scaledNorm { lapackRescale(&result.s, from: scaledNorm, to: norm) }
        singularValues = result.s
        vh = result.vt
    }

    /// DBDSDC's SMLSIZ (ILAENV(9, 'DBDSDC')): up to this size it hands the whole problem to
    /// DLASDQ, beyond it it uses divide and conquer.
    static let smallSize = 25

    /// The 2×2 path: DGEBD2's Householder step, then DBDSQR on [[f, g], [0, h]].
    static func twoByTwo(_ m: [[Double]]) -> (s: [Double], vt: [[Double]]) {
        // LAPACK works on columns: the first column (m00, m10) is reduced.
        let (f, g, h) = householderBidiagonal(a11: m[0][0], a21: m[1][0], a12: m[0][1], a22: m[1][1])
        var d = [f, h]
        var vt: [[Double]] = [[1, 0], [0, 1]]

        // DBDSQR only rotates if g is not negligible next to the smallest singular value
        // (its relative-accuracy threshold); otherwise it splits the matrix as it is.
        // tol = max(10, min(100, eps^(-1/8))) · eps; the constant is glibc's pow(2^-53, -1/8).
        let tolerance = 0x1.8ace5422aa0dbp+6 * LAPACKConstants.epsilon
        var smallest = abs(f)
        if smallest != 0 {
            let mu = abs(h) * (smallest / (smallest + abs(g)))
            smallest = min(smallest, mu)
        }
        smallest = smallest / Double(2).squareRoot()
        let threshold = max(tolerance * smallest, 24 * LAPACKConstants.safeMinimum)
        if !(abs(g) <= threshold || g == 0) {
            // DLASV2, then DROT applied to the identity rows of vt, giving (csr, snr) and
            // (-snr, csr); written out in full so that signed zeros come out as DROT's do.
            let svd = triangularSVD(f: f, g: g, h: h)
            d = [svd.ssmax, svd.ssmin]
            let (c, s) = (svd.csr, svd.snr)
            vt = [[c * 1 + s * 0, c * 0 + s * 1], [c * 0 - s * 1, c * 1 - s * 0]]
        }
        finishSmall(&d, &vt)
        return (d, vt)
    }

    /// A diagonal matrix of size 3...25: the bidiagonal form is the diagonal itself (every
    /// Householder step is the identity), DBDSQR sees only zero off-diagonals, and what is
    /// left are the sign flips and the three sorts.
    static func smallDiagonal(_ diagonal: [Double]) -> (s: [Double], vt: [[Double]]) {
        var d = diagonal
        var vt = identity(diagonal.count)
        finishSmall(&d, &vt)
        return (d, vt)
    }

    /// The end of DBDSQR, then the sorts in DLASDQ and DBDSDC, for the path DBDSDC takes
    /// when n ≤ 25.
    static func finishSmall(_ d: inout [Double], _ vt: inout [[Double]]) {
        // DBDSQR: negative singular values become positive and flip their whole row of vt
        // (DSCAL by -1, so zeros in that row become -0). -0 itself is left alone.
        for i in d.indices where d[i] < 0 {
            d[i] = -d[i]
            vt[i] = vt[i].map { $0 * -1 }
        }
        sortDescendingMovingSmallestLast(&d, &vt)
        sortAscending(&d, &vt)
        sortDescending(&d, &vt)
    }

    /// A diagonal matrix larger than 25×25: DBDSDC scales by the largest magnitude, lifts
    /// tiny entries to 0.9·eps, solves each 1×1 block on its own, scales back, and sorts
    /// once (descending, `>`). The round trip through the scaling can move a value by an ulp.
    static func largeDiagonal(_ diagonal: [Double]) -> (s: [Double], vt: [[Double]]) {
        let n = diagonal.count
        var d = diagonal
        var vt = identity(n)
        let norm = d.reduce(0) { max($0, abs($1)) }
        if norm == 0 { return (d, vt) }  // DBDSDC returns at once, unsorted.
        lapackRescale(&d, from: norm, to: 1)
        let tiny = 0.9 * LAPACKConstants.epsilon
        for i in 0..<n where abs(d[i]) < tiny {
            d[i] = Double(signOf: d[i], magnitudeOf: tiny)
        }
        // 1×1 blocks: the last one puts its sign into u only; the others (via DBDSQR)
        // flip their single entry of vt.
        for i in 0..<(n - 1) where d[i] < 0 {
            d[i] = -d[i]
            vt[i][i] = -1
        }
        d[n - 1] = abs(d[n - 1])
        lapackRescale(&d, from: 1, to: norm)
        sortDescending(&d, &vt)
        return (d, vt)
    }

    static func identity(_ n: Int) -> [[Double]] {
        (0..<n).map { i in (0..<n).map { j in i == j ? 1 : 0 } }
    }

    // MARK: The three selection sorts
    //
    // Each routine on the way out of DBDSDC sorts with its own loop and its own comparison.
    // With distinct values only the last one matters; with ties each one moves rows around
    // differently, so all three are needed to land on numpy's order.

    /// DBDSQR: for each tail, find the smallest value (the *last* one on ties, `≤`) and
    /// swap it to the end of the tail.
    static func sortDescendingMovingSmallestLast(_ d: inout [Double], _ vt: inout [[Double]]) {
        let n = d.count
        guard n > 1 else { return }
        for i in 1..<n {
            let end = n - i
            var pick = 0
            for j in 1...end where d[j] <= d[pick] { pick = j }
            if pick != end {
                d.swapAt(pick, end)
                vt.swapAt(pick, end)
            }
        }
    }

    /// DLASDQ: ascending selection sort, the *first* smallest value on ties (`<`).
    static func sortAscending(_ d: inout [Double], _ vt: inout [[Double]]) {
        for i in d.indices {
            var pick = i
            for j in (i + 1)..<d.count where d[j] < d[pick] { pick = j }
            if pick != i {
                d.swapAt(pick, i)
                vt.swapAt(pick, i)
            }
        }
    }

    /// DBDSDC: descending selection sort, the *first* largest value on ties (`>`).
    static func sortDescending(_ d: inout [Double], _ vt: inout [[Double]]) {
        for i in d.indices.dropLast() {
            var pick = i
            for j in (i + 1)..<d.count where d[j] > d[pick] { pick = j }
            if pick != i {
                d.swapAt(pick, i)
                vt.swapAt(pick, i)
            }
        }
    }
}
