/// A legend box inside the plot area, in the corner (or the middle of a side) that covers the
/// fewest data points and reference lines: matplotlib's `loc='best'`, simplified to six places.
/// When every place would cover a mark, `PlotRenderer` narrows the plot area and passes an
/// `origin` to the right of it, so the legend hides nothing. Drawn only when at least two series
/// have labels.
struct LegendRenderer {
    let layers: [any PlotLayer]
    let frame: PlotFrame
    /// The box's top-left pixel when the plot renderer placed it outside the plot area.
    var origin: (Double, Double)? = nil

    static let rowHeight = 19.0
    static let padding = 8.0
    static let swatchWidth = 24.0

    var entries: [(String, LegendSwatch)] {
        layers.compactMap { layer in layer.label.map { ($0, layer.swatch) } }
    }

    /// The box's width and height, or nil when there is no legend to draw.
    var size: (width: Double, height: Double)? {
        let entries = entries
        guard entries.count >= 2 else { return nil }
        let textWidth = entries.map { FigureStyle.textWidth($0.0, size: FigureStyle.legendSize) }.max() ?? 0
        return (Self.padding * 3 + Self.swatchWidth + textWidth, Self.padding * 2 + Self.rowHeight * Double(entries.count) - 4)
    }

    /// Whether the best place inside the plot area still covers a data mark or a reference line.
    var coversMarksInside: Bool {
        guard let (width, height) = size else { return false }
        return best(width: width, height: height).covered > 0
    }

    func render() -> SVGElement? {
        let entries = entries
        guard let (width, height) = size else { return nil }
        let (x, y) = origin ?? corner(width: width, height: height)
        var children = [SVGElement("rect", [
            ("x", SVGNumber.text(x)), ("y", SVGNumber.text(y)), ("width", SVGNumber.text(width)), ("height", SVGNumber.text(height)),
            ("rx", "3"), ("fill", "#ffffff"), ("fill-opacity", "0.85"), ("stroke", "#bbbbbb"),
        ])]
        for (index, entry) in entries.enumerated() {
            let middle = y + Self.padding + Self.rowHeight * (Double(index) + 0.5) - 2
            children.append(swatch(entry.1, x: x + Self.padding, y: middle))
            children.append(SVGElement("text", [
                ("x", SVGNumber.text(x + Self.padding * 2 + Self.swatchWidth)), ("y", SVGNumber.text(middle + 4)),
                ("font-size", SVGNumber.text(FigureStyle.legendSize)), ("fill", "#222222"),
            ], text: entry.0))
        }
        return .group([("class", "legend")], children)
    }

    /// The top-left pixel of the legend box: the corner with the fewest covered points,
    /// upper right first on ties, the sides' middles last.
    func corner(width: Double, height: Double) -> (Double, Double) {
        best(width: width, height: height).corner
    }

    /// The place inside the plot area that covers the fewest marks, and how many it covers.
    func best(width: Double, height: Double) -> (corner: (Double, Double), covered: Int) {
        let inset = 8.0
        let left = frame.left + inset, right = frame.left + frame.width - inset - width
        let top = frame.top + inset, bottom = frame.top + frame.height - inset - height
        let middle = frame.top + (frame.height - height) / 2
        let candidates = [(right, top), (left, top), (right, bottom), (left, bottom), (right, middle), (left, middle)]
        let pixels = layers.flatMap { ($0 as? LineLayer)?.legendMarks ?? $0.occupiedPoints }.map { frame.point($0.0, $0.1) }
        // A reference line runs across the whole plot: crossing one costs as much as ten points.
        let lines = layers.compactMap { ($0 as? ReferenceLineLayer).map { frame.y.map($0.y) } }
        func covered(_ corner: (Double, Double)) -> Int {
            let points = pixels.filter { $0.0 >= corner.0 - 4 && $0.0 <= corner.0 + width + 4 && $0.1 >= corner.1 - 4 && $0.1 <= corner.1 + height + 4 }
            return points.count + 10 * lines.filter { $0 >= corner.1 - 4 && $0 <= corner.1 + height + 4 }.count
        }
        let scored = candidates.map { ($0, covered($0)) }
        let winner = scored.min { $0.1 < $1.1 } ?? scored[0]
        return (winner.0, winner.1)
    }

    func swatch(_ kind: LegendSwatch, x: Double, y: Double) -> SVGElement {
        switch kind {
        case .marker(let color):
            return SVGElement("rect", [("x", SVGNumber.text(x + Self.swatchWidth / 2 - 4)), ("y", SVGNumber.text(y - 4)),
                                       ("width", "8"), ("height", "8"), ("rx", "4"), ("fill", color.hex)])
        case .line(let color, let dashed):
            var attributes = [("x1", SVGNumber.text(x)), ("y1", SVGNumber.text(y)), ("x2", SVGNumber.text(x + Self.swatchWidth)),
                              ("y2", SVGNumber.text(y)), ("stroke", color.hex), ("stroke-width", "2.5")]
            if dashed { attributes.append(("stroke-dasharray", "5 3")) }
            return SVGElement("line", attributes)
        case .box(let color):
            return SVGElement("rect", [("x", SVGNumber.text(x + 4)), ("y", SVGNumber.text(y - 6)),
                                       ("width", SVGNumber.text(Self.swatchWidth - 8)), ("height", "12"), ("fill", color.hex)])
        }
    }
}
