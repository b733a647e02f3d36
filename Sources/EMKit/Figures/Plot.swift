/// A figure: a title, labelled axes, series and a legend, rendered as a standalone SVG.
///
/// Bounds come from the data (every layer's extent, ellipses included) with a 5 % margin, so
/// nothing is clipped; `equalAspect` gives one data unit the same length across and up, so a
/// circle-shaped Gaussian looks round. A plot whose series hold NaN, or one made with
/// `Plot.placeholder`, draws a message in place of the axes.
///
/// ```swift
/// var plot = Plot(title: "Final clusters", xLabel: "x₁", yLabel: "x₂", equalAspect: true)
/// plot.add(ScatterLayer(data, color: Palette.black, label: "data"))
/// plot.add(EllipseLayer.components(of: model, colors: Palette.notebookComponents))
/// let svg = plot.svg()
/// ```
public struct Plot: Sendable {
    public var title: String
    public var xLabel: String
    public var yLabel: String
    public var layers: [any PlotLayer]
    public var width: Double
    public var height: Double
    public var equalAspect: Bool
    /// Fixed bounds in data units instead of the data's own (the layers should lie inside).
    public var fixedBounds: PlotBounds?
    /// Why there is nothing to draw; set, the figure shows this message instead of a plot.
    public var unavailableReason: String?
    /// Ticks on the x axis only at whole numbers, for counts such as an iteration or K.
    public var wholeNumberXTicks = false

    public init(title: String, xLabel: String = "", yLabel: String = "", layers: [any PlotLayer] = [],
                width: Double = 640, height: Double = 480, equalAspect: Bool = false) {
        self.title = title
        self.xLabel = xLabel
        self.yLabel = yLabel
        self.layers = layers
        self.width = width
        self.height = height
        self.equalAspect = equalAspect
    }

    /// A figure that says why it cannot be drawn yet, e.g. "runEM is not finished yet: part 3
    /// returns NaN".
    public static func placeholder(title: String, reason: String, width: Double = 640, height: Double = 480) -> Plot {
        var plot = Plot(title: title, width: width, height: height)
        plot.unavailableReason = reason
        return plot
    }

    public mutating func add(_ layer: any PlotLayer) {
        layers.append(layer)
    }

    public mutating func add(_ more: [any PlotLayer]) {
        layers.append(contentsOf: more)
    }

    /// The message shown instead of the plot, if any: the explicit reason, or the first series
    /// that holds values that are not numbers.
    public var placeholderMessage: String? {
        if let unavailableReason { return unavailableReason }
        if layers.isEmpty { return "There is nothing to draw." }
        if let bad = layers.first(where: \.hasNonFiniteValues) {
            let name = bad.label.map { "“\($0)”" } ?? "a series"
            return "Cannot draw: \(name) has values that are not numbers (NaN or infinity)."
        }
        return nil
    }

    /// The data bounds the plot shows before any aspect adjustment: the fixed bounds, or
    /// the union of the layers' extents widened by 5 % on each side.
    public var dataBounds: PlotBounds {
        if let fixedBounds { return fixedBounds }
        let extents = layers.map(\.extent)
        let xs = extents.compactMap(\.x), ys = extents.compactMap(\.y)
        func hull(_ ranges: [ClosedRange<Double>]) -> ClosedRange<Double> {
            guard let low = ranges.map(\.lowerBound).min(), let high = ranges.map(\.upperBound).max() else { return 0...1 }
            return low...high
        }
        return PlotBounds(x: hull(xs), y: hull(ys)).padded(by: 0.05)
    }

    /// The figure as SVG text.
    public func svg() -> String {
        document().render()
    }

    /// The figure as an SVG document (the placeholder when `placeholderMessage` is set).
    public func document() -> SVGDocument {
        if let message = placeholderMessage {
            return PlaceholderRenderer(title: title, message: message, width: width, height: height).document()
        }
        return PlotRenderer(plot: self).document()
    }
}
