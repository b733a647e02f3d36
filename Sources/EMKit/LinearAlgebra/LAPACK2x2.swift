// Small LAPACK building blocks used by `NumpySVD`.
//
// numpy.linalg.svd calls LAPACK's dgesdd (through OpenBLAS). To hand back the very
// same bits, and above all the same *signs* of the singular vectors, the kit re-runs
// the few LAPACK steps that a 2×2 or a diagonal matrix goes through, in the same
// order and with the same roundings. The reference LAPACK code in OpenBLAS is built
// without fused multiply-add, so plain `*` and `+` are used here on purpose, except
// where an OpenBLAS kernel itself fuses (noted at the spot). Swift never fuses on its
// own; `addingProduct` is the one explicit fused multiply-add.

#if canImport(Glibc)
import Glibc  // `addingProduct` calls libm's fma on Linux; this links libm.
#endif

/// Machine constants as LAPACK's DLAMCH reports them for IEEE doubles rounded to nearest.
enum LAPACKConstants {
    /// DLAMCH('E'): half an ulp of 1.
    static let epsilon = 0x1p-53
    /// DLAMCH('P'): epsilon × base, one ulp of 1.
    static let precision = 0x1p-52
    /// DLAMCH('S'): the smallest normal number, whose reciprocal does not overflow.
    static let safeMinimum = Double.leastNormalMagnitude
}

/// sqrt(x² + y²) the way LAPACK's DLAPY2 computes it: the larger magnitude times
/// sqrt(1 + (smaller/larger)²). The last bit differs from a naive hypot now and then,
/// and that bit flows into every later step.
func lapackHypot(_ x: Double, _ y: Double) -> Double {
    let larger = max(abs(x), abs(y))
    let smaller = min(abs(x), abs(y))
    if smaller == 0 || larger > Double.greatestFiniteMagnitude { return larger }
    let ratio = smaller / larger
    return larger * (1 + ratio * ratio).squareRoot()
}

/// Multiplies `values` by cto/cfrom without overflow or underflow, as LAPACK's DLASCL
/// does: one factor when it is safe, otherwise several passes by the safe minimum or
/// its reciprocal. The factor (not the quotient of each value) is what gets rounded,
/// so scaling down and back up may move a value by an ulp; numpy shows that too.
func lapackRescale(_ values: inout [Double], from cfrom: Double, to cto: Double) {
    let small = LAPACKConstants.safeMinimum
    let big = 1 / small
    var cfromc = cfrom
    var ctoc = cto
    var done = false
    while !done {
        let cfrom1 = cfromc * small
        let multiplier: Double
        if cfrom1 == cfromc {
            // cfrom is infinite.
            multiplier = ctoc / cfromc
            done = true
        } else {
            let cto1 = ctoc / big
            if cto1 == ctoc {
                // cto is zero or infinite: it is its own factor.
                multiplier = ctoc
                done = true
                cfromc = 1
            } else if abs(cfrom1) > abs(ctoc) && ctoc != 0 {
                multiplier = small
                cfromc = cfrom1
            } else if abs(cto1) > abs(cfromc) {
                multiplier = big
                ctoc = cto1
            } else {
                multiplier = ctoc / cfromc
                done = true
                if multiplier == 1 { return }
            }
        }
        for index in values.indices { values[index] *= multiplier }
    }
}

/// The upper-bidiagonal matrix [[f, g], [0, h]] that DGEBD2 makes of the 2×2 matrix
/// [[a11, a12], [a21, a22]].
///
/// One Householder reflection H = I - tau·v·vᵀ, v = (1, v2), maps the first column onto
/// (f, 0) (DLARFG), and is then applied to the second column (DLARF). The row reflection
/// that follows in DGEBD2 acts on a single element and is the identity, so it is skipped.
/// f comes out with the sign opposite to a11; that sign decides the signs of numpy's vh.
func householderBidiagonal(a11: Double, a21: Double, a12: Double, a22: Double)
    -> (f: Double, g: Double, h: Double)
{
    // DLARFG. The norm of the one-element tail is just its magnitude.
    var alpha = a11
    var x = a21
    if abs(x) == 0 {
        // Nothing to annihilate: LAPACK uses H = I (tau = 0) and keeps all signs.
        return (a11, a12, a22)
    }
    var beta = -Double(signOf: alpha, magnitudeOf: lapackHypot(alpha, abs(x)))
    // Guard against a beta so tiny that 1/(alpha - beta) would overflow: scale up
    // (at most 20 times), recompute, and scale beta back afterwards.
    let safeMin = LAPACKConstants.safeMinimum / LAPACKConstants.epsilon
    var rescalings = 0
    if abs(beta) < safeMin {
        repeat {
            rescalings += 1
            x *= 1 / safeMin
            beta *= 1 / safeMin
            alpha *= 1 / safeMin
        } while abs(beta) < safeMin && rescalings < 20
        beta = -Double(signOf: alpha, magnitudeOf: lapackHypot(alpha, abs(x)))
    }
    let tau = (beta - alpha) / beta
    let v2 = x * (1 / (alpha - beta))
    for _ in 0..<rescalings { beta *= safeMin }

    // DLARF from the left on the second column (c1, c2): w = vᵀc (DGEMV), then
    // c -= tau·v·w (DGER). LAPACK drops trailing zeros of v, and does nothing to an
    // all-zero column, so those cases keep c as it is.
    let c1 = a12
    let c2 = a22
    if v2 == 0 {
        if c1 == 0 { return (beta, c1, c2) }
        return (beta, c1 + (-tau) * c1, c2)
    }
    if c1 == 0 && c2 == 0 { return (beta, c1, c2) }
    // OpenBLAS's DGEMV kernel forms the two-term dot product without fusing, but its
    // DGER kernel (an AXPY with multiplier -tau·w) updates c2 with a fused multiply-add.
    // Fusing the dot product, or not fusing the update, each miss numpy in about half
    // of all matrices (in the last bits of s and vh, and in the signs of singular ones).
    let w = c1 + c2 * v2
    let multiplier = (-tau) * w
    let g = c1 + multiplier
    let h = c2.addingProduct(multiplier, v2)
    return (beta, g, h)
}

/// The SVD of an upper-triangular 2×2 matrix [[f, g], [0, h]], as DLASV2 returns it:
///
///     [ csl  snl ] [ f  g ] [ csr -snr ]   [ ssmax   0   ]
///     [-snl  csl ] [ 0  h ] [ snr  csr ] = [   0   ssmin ]
///
/// |ssmax| ≥ |ssmin|, but both may be negative: DBDSQR flips them (and their rows of vh)
/// later. The exact sequence of operations matters, since numpy's vh rows are
/// (csr, snr) and (-snr, csr) to the last bit.
struct TriangularSVD: Equatable {
    var ssmin: Double
    var ssmax: Double
    var snr: Double
    var csr: Double
    var snl: Double
    var csl: Double
}

func triangularSVD(f: Double, g: Double, h: Double) -> TriangularSVD {
    // Work with the larger diagonal entry first; remember whether they were swapped.
    let swapped = abs(h) > abs(f)
    let ft = swapped ? h : f
    let ht = swapped ? f : h
    let fa = abs(ft)
    let ha = abs(ht)
    // Which entry is largest in magnitude: 1 = f, 2 = g, 3 = h (decides the signs below).
    var pmax = swapped ? 3 : 1
    let gt = g
    let ga = abs(gt)

    var ssmin: Double
    var ssmax: Double
    var clt: Double
    var crt: Double
    var slt: Double
    var srt: Double
    if ga == 0 {
        // Already diagonal.
        ssmin = ha
        ssmax = fa
        clt = 1
        crt = 1
        slt = 0
        srt = 0
    } else if ga > fa && fa / ga < LAPACKConstants.epsilon {
        // g dwarfs the diagonal: the shortcut LAPACK takes to avoid overflow.
        pmax = 2
        ssmax = ga
        ssmin = ha > 1 ? fa / (ga / ha) : (fa / ga) * ha
        clt = 1
        slt = ht / gt
        srt = 1
        crt = ft / gt
    } else {
        if ga > fa { pmax = 2 }
        // The normal case, in LAPACK's own variables: l = (fa - ha)/fa, m = g/f,
        // t = 2 - l, s = sqrt(t² + m²), r = sqrt(l² + m²), a = (s + r)/2.
        let d = fa - ha
        var l = d == fa ? 1 : d / fa
        let m = gt / ft
        var t = 2 - l
        let mm = m * m
        let tt = t * t
        let s = (tt + mm).squareRoot()
        let r = l == 0 ? abs(m) : (l * l + mm).squareRoot()
        let a = 0.5 * (s + r)
        ssmin = ha / a
        ssmax = fa * a
        if mm == 0 {
            // m is so tiny that m² underflowed.
            if l == 0 {
                t = Double(signOf: ft, magnitudeOf: 2) * Double(signOf: gt, magnitudeOf: 1)
            } else {
                t = gt / Double(signOf: ft, magnitudeOf: d) + m / t
            }
        } else {
            t = (m / (s + t) + m / (r + l)) * (1 + a)
        }
        l = (t * t + 4).squareRoot()
        crt = 2 / l
        srt = t / l
        clt = (crt + srt * m) / a
        slt = (ht / ft) * srt / a
    }

    let csl = swapped ? srt : clt
    let snl = swapped ? crt : slt
    let csr = swapped ? slt : crt
    let snr = swapped ? clt : srt

    // Give ssmax and ssmin the signs that make the factorization hold exactly.
    func sign(_ x: Double) -> Double { Double(signOf: x, magnitudeOf: 1) }
    let tsign: Double
    switch pmax {
    case 1: tsign = sign(csr) * sign(csl) * sign(f)
    case 2: tsign = sign(snr) * sign(csl) * sign(g)
    default: tsign = sign(snr) * sign(snl) * sign(h)
    }
    ssmax = Double(signOf: tsign, magnitudeOf: ssmax)
    ssmin = Double(signOf: tsign * sign(f) * sign(h), magnitudeOf: ssmin)
    return TriangularSVD(ssmin: ssmin, ssmax: ssmax, snr: snr, csr: csr, snl: snl, csl: csl)
}
