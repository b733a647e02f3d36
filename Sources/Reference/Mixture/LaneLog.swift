// edition: omit (the reference mixture engine; it would answer the exercises)
import EMKit
/// `log(x)` for eight lanes at once, for positive normal x (the E-step's sums Σₖ exp(…) ≥ 1).
///
/// x = 2ᵉ · m with m in [√½, √2) (from the exponent and mantissa bits), then
/// `log m = 2 atanh(s) = 2 (s + s³/3 + s⁵/5 + …)` with s = (m − 1)/(m + 1), |s| ≤ 0.172, summed
/// to s²³ (truncation below 10⁻¹⁸ relative), and `log x = e · ln 2 + log m` with ln 2 split in
/// two parts so that e · ln 2 is exact. Accurate to about 1 ulp.
@inline(__always)
func laneLog(_ x: Lanes) -> Lanes {
    let bits = unsafeBitCast(x, to: SIMD8<UInt64>.self)
    // The exponent as a double, without an integer conversion: 2⁵² + e' read as a double, less 2⁵².
    let exponentBits = (bits &>> 52) | 0x4330_0000_0000_0000
    var e = unsafeBitCast(exponentBits, to: Lanes.self) - (4_503_599_627_370_496.0 + 1023)
    var m = unsafeBitCast((bits & 0x000F_FFFF_FFFF_FFFF) | 0x3FF0_0000_0000_0000, to: Lanes.self)
    let high = m .>= 1.4142135623730951
    m.replace(with: m * 0.5, where: high)
    e.replace(with: e + 1, where: high)
    let s = (m - 1) / (m + 1)
    let s2 = s * s
    var p = Lanes(repeating: 1.0 / 23)
    p = p * s2 + 1.0 / 21
    p = p * s2 + 1.0 / 19
    p = p * s2 + 1.0 / 17
    p = p * s2 + 1.0 / 15
    p = p * s2 + 1.0 / 13
    p = p * s2 + 1.0 / 11
    p = p * s2 + 1.0 / 9
    p = p * s2 + 1.0 / 7
    p = p * s2 + 1.0 / 5
    p = p * s2 + 1.0 / 3
    p = p * s2 + 1.0
    return e * 0.693147180369123816490 + (2 * s * p + e * 1.90821492927058770002e-10)
}
