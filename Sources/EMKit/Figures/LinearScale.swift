import Foundation

/// A linear map from data values (the domain) to pixels (the range).
///
/// `map(x) = rangeStart + (x − domain.lowerBound) · pixelsPerUnit`; a y scale passes a range
/// that runs downwards (bottom pixel first) because SVG's y axis points down.
public struct LinearScale: Sendable, Equatable {
    public var domain: ClosedRange<Double>
    public var rangeStart: Double
    public var rangeEnd: Double

    public init(domain: ClosedRange<Double>, range: (Double, Double)) {
        self.domain = domain
        rangeStart = range.0
        rangeEnd = range.1
    }

    /// Pixels per data unit; negative for a y scale.
    public var pixelsPerUnit: Double {
        let span = domain.upperBound - domain.lowerBound
        return span > 0 ? (rangeEnd - rangeStart) / span : 0
    }

    /// The pixel position of the data value `x`.
    public func map(_ x: Double) -> Double {
        rangeStart + (x - domain.lowerBound) * pixelsPerUnit
    }

    /// Tick values for this scale's domain; see `NiceTicks`.
    public func ticks(target: Int = 6) -> [Double] {
        NiceTicks(covering: domain, target: target).values
    }
}

/// Tick marks at round numbers: a step of 1, 2 or 5 times a power of ten, chosen so that
/// about `target` ticks fall in the range, as d3's and (roughly) matplotlib's locators do.
public struct NiceTicks: Sendable, Equatable {
    /// The step between ticks: 1, 2 or 5 × 10ⁿ.
    public var step: Double
    /// The multiples of `step` inside the range, ascending.
    public var values: [Double]

    public init(covering range: ClosedRange<Double>, target: Int = 6) {
        let span = range.upperBound - range.lowerBound
        guard span > 0, span.isFinite, target > 0 else {
            step = 1
            values = range.lowerBound.isFinite ? [range.lowerBound] : []
            return
        }
        let step = Self.niceStep(span / Double(target))
        // A bound that is a multiple of the step gets its tick even when the division rounds
        // (−0.3 / 0.1 is −2.9999999999999996).
        let first = (range.lowerBound / step - 1e-9).rounded(.up)
        let last = (range.upperBound / step + 1e-9).rounded(.down)
        let count = Int(last - first)
        self.step = step
        // Multiply, do not accumulate, so 0.1 + 0.1 + 0.1 never becomes 0.30000000000000004.
        values = count >= 0 ? (0...count).map { (first + Double($0)) * step } : []
    }

    /// The step of 1, 2, 5 or 10 × 10ⁿ nearest to `rough` on a log scale: the multiple switches
    /// at √2, √10 and √50 (d3's rule), so the tick count stays within about ±40 % of the target
    /// instead of dropping to two or three ticks.
    public static func niceStep(_ rough: Double) -> Double {
        guard rough > 0, rough.isFinite else { return 1 }
        let power = pow(10, (log10(rough)).rounded(.down))
        let ratio = rough / power
        if ratio >= 50.0.squareRoot() { return 10 * power }
        if ratio >= 10.0.squareRoot() { return 5 * power }
        if ratio >= 2.0.squareRoot() { return 2 * power }
        return power
    }

    /// How many decimals a label needs so that every tick reads differently (0 for steps ≥ 1).
    public var decimals: Int {
        max(0, Int((-log10(step)).rounded(.up)))
    }

    /// The label for the tick `value`: `decimals` digits, "−" for negatives, never "-0".
    public func label(_ value: Double) -> String {
        var text = String(format: "%.\(decimals)f", value)
        if Double(text) == 0 { text = String(format: "%.\(decimals)f", 0.0) }
        return text.replacingOccurrences(of: "-", with: "\u{2212}")
    }
}
