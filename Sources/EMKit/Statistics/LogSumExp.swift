import Foundation

/// `log Σᵢ exp(zᵢ)` computed without overflow (the notebook's `log_sum_exp`).
///
/// Subtracting the largest term first, `m + log Σᵢ exp(zᵢ − m)`, keeps every exponential in
/// (0, 1], so terms like −1000 that would underflow to 0 one by one still add up correctly.
/// An empty input, or one where every term is −∞, gives −∞ (where numpy would give NaN).
public func logSumExp(_ z: [Double]) -> Double {
    guard let largest = z.max(), largest > -.infinity else { return -.infinity }
    if largest == .infinity { return .infinity }
    var sum = 0.0
    for value in z { sum += exp(value - largest) }
    return largest + log(sum)
}
