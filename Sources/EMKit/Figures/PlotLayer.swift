/// One series of a plot: points, a line, ellipses, a heatmap.
///
/// A layer says how far it reaches in data units (so the plot's bounds hold all of it), what
/// its legend entry looks like, whether it holds values that are not numbers (then the plot
/// shows a placeholder instead), and how it draws itself given the plot's scales.
public protocol PlotLayer: Sendable {
    /// The legend entry, or nil for a series the legend leaves out.
    var label: String? { get }
    /// How the legend shows this series.
    var swatch: LegendSwatch { get }
    /// How far the series reaches on each axis; nil on an axis it does not constrain.
    var extent: LayerExtent { get }
    /// Whether any value the series would draw is NaN or infinite.
    var hasNonFiniteValues: Bool { get }
    /// Points the series covers, in data units, so the legend can avoid them.
    var occupiedPoints: [(Double, Double)] { get }
    /// The SVG elements that draw the series.
    func render(in frame: PlotFrame) -> [SVGElement]
}

/// The data extent of a layer, axis by axis (a horizontal line constrains only y).
public struct LayerExtent: Sendable, Equatable {
    public var x: ClosedRange<Double>?
    public var y: ClosedRange<Double>?

    public init(x: ClosedRange<Double>?, y: ClosedRange<Double>?) {
        self.x = x
        self.y = y
    }

    public init(_ bounds: PlotBounds?) {
        self.init(x: bounds?.x, y: bounds?.y)
    }
}

/// What a legend entry draws beside its label.
public enum LegendSwatch: Sendable, Equatable {
    case marker(FigureColor)
    case line(FigureColor, dashed: Bool)
    case box(FigureColor)
}

/// Where a plot draws: its scales and the pixel rectangle of the plot area.
public struct PlotFrame: Sendable, Equatable {
    public var x: LinearScale
    public var y: LinearScale
    public var left: Double, top: Double, width: Double, height: Double

    /// The pixel position of the data point (x, y).
    public func point(_ px: Double, _ py: Double) -> (Double, Double) {
        (x.map(px), y.map(py))
    }
}

extension Collection where Element == Double {
    /// Whether every element is finite.
    var allFinite: Bool { allSatisfy(\.isFinite) }
}

/// A group that marks one series in the SVG, so readers (and tests) can find it.
func seriesGroup(kind: String, label: String?, _ children: [SVGElement]) -> SVGElement {
    var attributes = [("class", "series \(kind)")]
    if let label { attributes.append(("data-label", label)) }
    return .group(attributes, children)
}
