/// Data points drawn as filled circles: one colour for all, or one colour a point.
///
/// Per-point colours draw the notebooks' `scatter(c=labels)` plots and the membership plots
/// (`FigureColor.blend` of component colours by responsibilities, or viridis of one column).
public struct ScatterLayer: PlotLayer {
    public var points: [(Double, Double)]
    public var colors: [FigureColor]
    public var radius: Double
    public var label: String?
    /// Drawn with a thin dark outline, as markers that sit on top of other series are.
    public var outlined: Bool

    /// Points from the first two coordinates of each row of `data`.
    public init(_ data: Matrix, color: FigureColor = Palette.cycle[0], radius: Double = FigureStyle.markerRadius,
                label: String? = nil, outlined: Bool = false) {
        self.init(points: data.map { ($0.first ?? .nan, $0.count > 1 ? $0[1] : .nan) }, colors: [color],
                  radius: radius, label: label, outlined: outlined)
    }

    /// Points with one colour each (`colors.count == points.count`) or one colour for all.
    public init(points: [(Double, Double)], colors: [FigureColor], radius: Double = FigureStyle.markerRadius,
                label: String? = nil, outlined: Bool = false) {
        self.points = points
        self.colors = colors.isEmpty ? [Palette.cycle[0]] : colors
        self.radius = radius
        self.label = label
        self.outlined = outlined
    }

    /// Points coloured by membership: each point's colour mixes `componentColors` by its row
    /// of responsibilities, as the lecture's `predict_proba` plots show shared points.
    public static func membership(_ data: Matrix, responsibilities: Matrix, componentColors: [FigureColor],
                                  label: String? = nil) -> ScatterLayer {
        let colors = responsibilities.map { row in
            FigureColor.blend((0..<row.count).map { Palette.color($0, of: componentColors) }, weights: row)
        }
        var layer = ScatterLayer(data, label: label)
        layer.colors = colors.count == data.count ? colors : [Palette.grey]
        return layer
    }

    /// Points coloured by an integer label each (cluster or true class), spread over viridis
    /// as `plt.scatter(x, y, c=labels)` does; or over `colors` when given.
    public static func labelled(_ data: Matrix, labels: [Int], colors: [FigureColor] = [], label: String? = nil) -> ScatterLayer {
        let count = (labels.max() ?? 0) + 1
        let palette = colors.isEmpty ? Palette.labelColors(count: count) : colors
        var layer = ScatterLayer(data, label: label)
        layer.colors = labels.count == data.count ? labels.map { Palette.color($0, of: palette) } : [Palette.grey]
        return layer
    }

    public var swatch: LegendSwatch { .marker(colors.count == 1 ? colors[0] : Palette.grey) }
    public var extent: LayerExtent { LayerExtent(PlotBounds(points: points)) }
    public var hasNonFiniteValues: Bool { !points.allSatisfy { $0.0.isFinite && $0.1.isFinite } }
    public var occupiedPoints: [(Double, Double)] { points }

    public func render(in frame: PlotFrame) -> [SVGElement] {
        let circles = points.enumerated().map { index, point in
            let (cx, cy) = frame.point(point.0, point.1)
            let color = colors.count == points.count ? colors[index] : colors[0]
            var attributes = [("cx", SVGNumber.text(cx)), ("cy", SVGNumber.text(cy)), ("r", SVGNumber.text(radius)),
                              ("fill", color.hex)]
            if outlined { attributes += [("stroke", "#000000"), ("stroke-width", "0.8")] }
            return SVGElement("circle", attributes)
        }
        return [seriesGroup(kind: "scatter", label: label, circles)]
    }
}
