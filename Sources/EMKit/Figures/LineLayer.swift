/// A polyline through (x, y) pairs, as `plt.plot(x, y)` draws a trace; markers optional.
public struct LineLayer: PlotLayer {
    public var xs: [Double]
    public var ys: [Double]
    public var color: FigureColor
    public var width: Double
    public var label: String?
    /// Small squares at each vertex (for curves over a handful of K values).
    public var showsMarkers: Bool
    public var dashed: Bool

    public init(xs: [Double], ys: [Double], color: FigureColor = Palette.cycle[0], width: Double = FigureStyle.lineWidth,
                label: String? = nil, showsMarkers: Bool = false, dashed: Bool = false) {
        let n = min(xs.count, ys.count)
        self.xs = Array(xs.prefix(n))
        self.ys = Array(ys.prefix(n))
        self.color = color
        self.width = width
        self.label = label
        self.showsMarkers = showsMarkers
        self.dashed = dashed
    }

    /// `ys` against 0, 1, 2, … (or against `start`, `start + 1`, …), as `plt.plot(range(len(ll)), ll)`.
    public init(_ ys: [Double], startingAt start: Int = 0, color: FigureColor = Palette.cycle[0],
                width: Double = FigureStyle.lineWidth, label: String? = nil) {
        self.init(xs: ys.indices.map { Double(start + $0) }, ys: ys, color: color, width: width, label: label)
    }

    public var swatch: LegendSwatch { .line(color, dashed: dashed) }
    public var extent: LayerExtent { LayerExtent(PlotBounds(points: occupiedPoints)) }
    public var hasNonFiniteValues: Bool { !(xs.allFinite && ys.allFinite) }
    public var occupiedPoints: [(Double, Double)] { Array(zip(xs, ys)) }

    /// The vertices and points along every segment between them, so that a legend placed by
    /// `LegendRenderer` does not cover a line where it runs between two vertices.
    var legendMarks: [(Double, Double)] {
        let vertices = occupiedPoints
        guard vertices.count > 1 else { return vertices }
        var marks = [vertices[0]]
        for (a, b) in zip(vertices, vertices.dropFirst()) {
            for step in 1...8 {
                let t = Double(step) / 8
                marks.append((a.0 + t * (b.0 - a.0), a.1 + t * (b.1 - a.1)))
            }
        }
        return marks
    }

    public func render(in frame: PlotFrame) -> [SVGElement] {
        let pixels = zip(xs, ys).map { frame.point($0, $1) }
        let coordinates = pixels.map { "\(SVGNumber.text($0.0)),\(SVGNumber.text($0.1))" }.joined(separator: " ")
        var attributes = [("points", coordinates), ("fill", "none"), ("stroke", color.hex),
                          ("stroke-width", SVGNumber.text(width)), ("stroke-linejoin", "round"), ("stroke-linecap", "round")]
        if dashed { attributes.append(("stroke-dasharray", "7 4")) }
        var children = [SVGElement("polyline", attributes)]
        if showsMarkers {
            let side = width * 2 + 3
            children += pixels.map { px, py in
                SVGElement("rect", [("x", SVGNumber.text(px - side / 2)), ("y", SVGNumber.text(py - side / 2)),
                                    ("width", SVGNumber.text(side)), ("height", SVGNumber.text(side)), ("fill", color.hex)])
            }
        }
        return [seriesGroup(kind: "line", label: label, children)]
    }
}

/// A horizontal line across the whole plot at `y`: a true value marked against a trace.
public struct ReferenceLineLayer: PlotLayer {
    public var y: Double
    public var color: FigureColor
    public var label: String?

    public init(y: Double, color: FigureColor = Palette.black, label: String? = nil) {
        self.y = y
        self.color = color
        self.label = label
    }

    public var swatch: LegendSwatch { .line(color, dashed: true) }
    public var extent: LayerExtent { LayerExtent(x: nil, y: y.isFinite ? y...y : nil) }
    public var hasNonFiniteValues: Bool { !y.isFinite }
    public var occupiedPoints: [(Double, Double)] { [] }

    public func render(in frame: PlotFrame) -> [SVGElement] {
        let py = SVGNumber.text(frame.y.map(y))
        let line = SVGElement("line", [("x1", SVGNumber.text(frame.left)), ("y1", py),
                                       ("x2", SVGNumber.text(frame.left + frame.width)), ("y2", py),
                                       ("stroke", color.hex), ("stroke-width", "1.5"), ("stroke-dasharray", "7 4")])
        return [seriesGroup(kind: "reference", label: label, [line])]
    }
}
