/// The frame around the plot area, tick marks with their labels, axis labels and a light grid.
struct AxesRenderer {
    let frame: PlotFrame
    let xTicks: NiceTicks
    let yTicks: NiceTicks
    let xLabel: String
    let yLabel: String

    var bottom: Double { frame.top + frame.height }
    var right: Double { frame.left + frame.width }

    /// Faint lines at every tick, drawn under the series.
    func grid() -> SVGElement {
        let vertical = xTicks.values.map { value -> SVGElement in
            let x = SVGNumber.text(frame.x.map(value))
            return SVGElement("line", [("x1", x), ("y1", SVGNumber.text(frame.top)), ("x2", x), ("y2", SVGNumber.text(bottom))])
        }
        let horizontal = yTicks.values.map { value -> SVGElement in
            let y = SVGNumber.text(frame.y.map(value))
            return SVGElement("line", [("x1", SVGNumber.text(frame.left)), ("y1", y), ("x2", SVGNumber.text(right)), ("y2", y)])
        }
        return .group([("class", "grid"), ("stroke", FigureStyle.gridColor), ("stroke-width", "1")], vertical + horizontal)
    }

    /// The frame, outward ticks, tick labels and axis labels, drawn over the series.
    func frameAndTicks() -> SVGElement {
        var children = [SVGElement("rect", [
            ("x", SVGNumber.text(frame.left)), ("y", SVGNumber.text(frame.top)),
            ("width", SVGNumber.text(frame.width)), ("height", SVGNumber.text(frame.height)),
            ("fill", "none"), ("stroke", FigureStyle.frameColor), ("stroke-width", "1"),
        ])]
        let size = SVGNumber.text(FigureStyle.tickSize)
        var xGroup: [SVGElement] = []
        for value in xTicks.values {
            let x = SVGNumber.text(frame.x.map(value))
            xGroup.append(SVGElement("line", [("x1", x), ("y1", SVGNumber.text(bottom)), ("x2", x), ("y2", SVGNumber.text(bottom + 5))]))
            xGroup.append(SVGElement("text", [("x", x), ("y", SVGNumber.text(bottom + 19)), ("text-anchor", "middle"),
                                              ("font-size", size), ("stroke", "none")], text: xTicks.label(value)))
        }
        var yGroup: [SVGElement] = []
        for value in yTicks.values {
            let y = frame.y.map(value)
            yGroup.append(SVGElement("line", [("x1", SVGNumber.text(frame.left - 5)), ("y1", SVGNumber.text(y)),
                                              ("x2", SVGNumber.text(frame.left)), ("y2", SVGNumber.text(y))]))
            yGroup.append(SVGElement("text", [("x", SVGNumber.text(frame.left - 8)), ("y", SVGNumber.text(y + 4)),
                                              ("text-anchor", "end"), ("font-size", size), ("stroke", "none")],
                                     text: yTicks.label(value)))
        }
        children.append(.group([("class", "x-axis"), ("stroke", FigureStyle.frameColor), ("fill", "#222222")], xGroup))
        children.append(.group([("class", "y-axis"), ("stroke", FigureStyle.frameColor), ("fill", "#222222")], yGroup))
        let labelSize = SVGNumber.text(FigureStyle.labelSize)
        if !xLabel.isEmpty {
            children.append(SVGElement("text", [
                ("x", SVGNumber.text(frame.left + frame.width / 2)), ("y", SVGNumber.text(bottom + 44)),
                ("text-anchor", "middle"), ("font-size", labelSize), ("class", "x-label"),
            ], text: xLabel))
        }
        if !yLabel.isEmpty {
            let widest = yTicks.values.map { FigureStyle.textWidth(yTicks.label($0), size: FigureStyle.tickSize) }.max() ?? 0
            let x = SVGNumber.text(max(FigureStyle.labelSize, frame.left - widest - 18))
            let y = SVGNumber.text(frame.top + frame.height / 2)
            children.append(SVGElement("text", [
                ("x", x), ("y", y), ("transform", "rotate(-90 \(x) \(y))"),
                ("text-anchor", "middle"), ("font-size", labelSize), ("class", "y-label"),
            ], text: yLabel))
        }
        return .group([("class", "axes")], children)
    }
}
