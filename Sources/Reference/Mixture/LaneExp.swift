// edition: omit (the reference mixture engine; it would answer the exercises)
import EMKit
/// Eight doubles processed together: the E-step handles eight points at a time.
typealias Lanes = SIMD8<Double>

/// `exp(x)` for eight lanes at once, for the E-step's `exp(log pₖ − max)` where x ≤ 0.
///
/// Range reduction `x = n ln 2 + r` with |r| ≤ ½ ln 2 (n rounded by adding 1.5 · 2⁵² so no
/// conversion instruction is needed), then `exp(r)` by its Taylor series to r¹³ (truncation
/// below 2 · 10⁻¹⁷ relative), then 2ⁿ built in the exponent bits. Accurate to about 1 ulp.
/// Inputs below −708 give exactly 0 (glibc would give a subnormal or 0 below −745): a
/// component that explains a point less than e⁻⁷⁰⁸ times as well as the best one gets no
/// responsibility, so an abandoned component shows up as empty, as in numpy.
@inline(__always)
func laneExp(_ x: Lanes) -> Lanes {
    let underflow = x .< -708
    let clamped = x.replacing(with: -708, where: underflow)
    let shift = Lanes(repeating: 6_755_399_441_055_744.0)  // 1.5 · 2⁵²
    let t = clamped * 1.4426950408889634 + shift
    let n = t - shift
    // ln 2 split in a high part with trailing zero bits and a low correction (Cody–Waite).
    let r = (clamped - n * 0.693147180369123816490) - n * 1.90821492927058770002e-10
    var p = Lanes(repeating: 1.0 / 6_227_020_800.0)
    p = p * r + 1.0 / 479_001_600.0
    p = p * r + 1.0 / 39_916_800.0
    p = p * r + 1.0 / 3_628_800.0
    p = p * r + 1.0 / 362_880.0
    p = p * r + 1.0 / 40_320.0
    p = p * r + 1.0 / 5_040.0
    p = p * r + 1.0 / 720.0
    p = p * r + 1.0 / 120.0
    p = p * r + 1.0 / 24.0
    p = p * r + 1.0 / 6.0
    p = p * r + 0.5
    p = p * r + 1.0
    p = p * r + 1.0
    let bits = unsafeBitCast(t, to: SIMD8<UInt64>.self)
    let scale = unsafeBitCast((bits &+ 1023) &<< 52, to: Lanes.self)
    return (p * scale).replacing(with: 0, where: underflow)
}
