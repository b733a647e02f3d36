/// Lays a `Plot` out on its canvas: margins from the tick labels, the frame and its scales,
/// then grid, series, axes, legend and title, in painting order.
struct PlotRenderer {
    let plot: Plot

    /// The plot area and scales, after margins and the aspect adjustment; `legendWidth` is room
    /// kept to the right of the plot area for a legend drawn outside it.
    func frame(legendWidth: Double = 0) -> (PlotFrame, xTicks: NiceTicks, yTicks: NiceTicks) {
        var bounds = plot.dataBounds
        let top = plot.title.isEmpty ? 16.0 : 44
        let bottom = plot.xLabel.isEmpty ? 34.0 : 58
        let right = legendWidth > 0 ? legendWidth + 2 * Self.legendGap : 22.0
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

    /// The space between the plot area and a legend drawn outside it, and after the legend.
    static let legendGap = 12.0

    func document() -> SVGDocument {
        var (frame, xTicks, yTicks) = frame()
        // A legend that would cover a point, a curve or an ellipse wherever it went inside the
        // plot area goes to the right of it instead, in room taken from the plot area.
        var legend = LegendRenderer(layers: plot.layers, frame: frame)
        if legend.coversMarksInside, let size = legend.size {
            (frame, xTicks, yTicks) = self.frame(legendWidth: size.width)
            legend = LegendRenderer(layers: plot.layers, frame: frame,
                                    origin: (frame.left + frame.width + Self.legendGap, frame.top))
        }
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
        if let legend = legend.render() { elements.append(legend) }
        if !plot.title.isEmpty {
            elements.append(SVGElement("text", [
                ("x", SVGNumber.text(frame.left + frame.width / 2)), ("y", "28"), ("text-anchor", "middle"),
                ("font-size", SVGNumber.text(FigureStyle.titleSize)), ("class", "title"),
            ], text: plot.title))
        }
        return SVGDocument(width: plot.width, height: plot.height, title: plot.title, elements: elements)
    }
}
