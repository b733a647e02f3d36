/// Lays a `Plot` out on its canvas: margins from the tick labels, the frame and its scales,
/// then grid, series, axes, legend and title, in painting order.
struct PlotRenderer {
    let plot: Plot

    /// The plot area and scales, after margins and the aspect adjustment.
    func frame() -> (PlotFrame, xTicks: NiceTicks, yTicks: NiceTicks) {
        var bounds = plot.dataBounds
        let top = plot.title.isEmpty ? 16.0 : 44
        let bottom = plot.xLabel.isEmpty ? 34.0 : 58
        let right = 22.0
        // The y tick labels decide the left margin; measure them for the data's own bounds.
        func leftMargin(_ b: PlotBounds) -> Double {
            let ticks = NiceTicks(covering: b.y, target: 6)
            let widest = ticks.values.map { FigureStyle.textWidth(ticks.label($0), size: FigureStyle.tickSize) }.max() ?? 0
            return widest + 14 + (plot.yLabel.isEmpty ? 8 : FigureStyle.labelSize + 16)
        }
        var left = leftMargin(bounds)
        var areaWidth = plot.width - left - right, areaHeight = plot.height - top - bottom
        if plot.equalAspect {
            bounds = bounds.equalAspect(width: areaWidth, height: areaHeight)
            left = max(left, leftMargin(bounds))
            areaWidth = plot.width - left - right
            bounds = bounds.equalAspect(width: areaWidth, height: areaHeight)
        }
        let frame = PlotFrame(
            x: LinearScale(domain: bounds.x, range: (left, left + areaWidth)),
            y: LinearScale(domain: bounds.y, range: (top + areaHeight, top)),
            left: left, top: top, width: areaWidth, height: areaHeight)
        var xTarget = max(3, min(8, Int(areaWidth / 80)))
        if plot.wholeNumberXTicks {
            // No more ticks than whole numbers in the range, so the step is at least 1.
            let span = bounds.x.upperBound - bounds.x.lowerBound
            if span.isFinite { xTarget = max(1, min(xTarget, Int(span.rounded(.down)))) }
        }
        return (frame, NiceTicks(covering: bounds.x, target: xTarget), NiceTicks(covering: bounds.y, target: 6))
    }

    func document() -> SVGDocument {
        let (frame, xTicks, yTicks) = frame()
        let clip = SVGElement("clipPath", [("id", "plot-area")], children: [
            SVGElement("rect", [("x", SVGNumber.text(frame.left)), ("y", SVGNumber.text(frame.top)),
                                ("width", SVGNumber.text(frame.width)), ("height", SVGNumber.text(frame.height))]),
        ])
        var elements = [
            SVGElement("rect", [("width", "100%"), ("height", "100%"), ("fill", "#ffffff")]),
            SVGElement("defs", children: [clip]),
        ]
        let axes = AxesRenderer(frame: frame, xTicks: xTicks, yTicks: yTicks, xLabel: plot.xLabel, yLabel: plot.yLabel)
        elements.append(axes.grid())
        elements.append(.group([("clip-path", "url(#plot-area)")], plot.layers.flatMap { $0.render(in: frame) }))
        elements.append(axes.frameAndTicks())
        if let legend = LegendRenderer(layers: plot.layers, frame: frame).render() { elements.append(legend) }
        if !plot.title.isEmpty {
            elements.append(SVGElement("text", [
                ("x", SVGNumber.text(frame.left + frame.width / 2)), ("y", "28"), ("text-anchor", "middle"),
                ("font-size", SVGNumber.text(FigureStyle.titleSize)), ("class", "title"),
            ], text: plot.title))
        }
        return SVGDocument(width: plot.width, height: plot.height, title: plot.title, elements: elements)
    }
}
