/// Vertical bars from zero (or from the lowest value when all are far from zero) to each
/// value, centred on their x positions: e.g. the NLL or BIC for each K.
public struct BarLayer: PlotLayer {
    public var xs: [Double]
    public var heights: [Double]
    public var color: FigureColor
    public var label: String?
    /// The bar width in data units.
    public var width: Double

    public init(xs: [Double], heights: [Double], color: FigureColor = Palette.cycle[0], width: Double = 0.8, label: String? = nil) {
        let n = min(xs.count, heights.count)
        self.xs = Array(xs.prefix(n))
        self.heights = Array(heights.prefix(n))
        self.color = color
        self.width = width
        self.label = label
    }

    /// Where bars start: 0, unless every value lies on one side of 0 and far from it (a NLL
    /// near 300 for every K); then just below the smallest, so the differences show.
    public var baseline: Double {
        guard let low = heights.min(), let high = heights.max() else { return 0 }
        if low > 0 && (high - low) < low / 2 { return low - (high - low) * 0.25 }
        if high < 0 && (high - low) < -high / 2 { return high + (high - low) * 0.25 }
        return 0
    }

    public var swatch: LegendSwatch { .box(color) }
    public var hasNonFiniteValues: Bool { !(xs.allFinite && heights.allFinite) }
    public var occupiedPoints: [(Double, Double)] { Array(zip(xs, heights)) }

    public var extent: LayerExtent {
        guard !hasNonFiniteValues, let left = xs.min(), let right = xs.max(), let low = heights.min(), let high = heights.max() else {
            return LayerExtent(nil)
        }
        return LayerExtent(x: (left - width / 2)...(right + width / 2), y: min(low, baseline)...max(high, baseline))
    }

    public func render(in frame: PlotFrame) -> [SVGElement] {
        let base = frame.y.map(baseline)
        let bars = zip(xs, heights).map { x, height -> SVGElement in
            let left = frame.x.map(x - width / 2), right = frame.x.map(x + width / 2), top = frame.y.map(height)
            return SVGElement("rect", [
                ("x", SVGNumber.text(min(left, right))), ("y", SVGNumber.text(min(top, base))),
                ("width", SVGNumber.text(abs(right - left))), ("height", SVGNumber.text(abs(base - top))),
                ("fill", color.hex), ("fill-opacity", "0.85"),
            ])
        }
        return [seriesGroup(kind: "bars", label: label, bars)]
    }
}
