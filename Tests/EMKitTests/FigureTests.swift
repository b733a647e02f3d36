import EMKit
import Foundation
import Testing

/// The figure library: well-formed SVG, every series drawn, geometry in the right place.
@Suite("figures")
struct FigureTests {
    func parse(_ plot: Plot, sourceLocation: SourceLocation = #_sourceLocation) throws -> SVGTree {
        try #require(SVGTree.parse(plot.svg()), "the SVG is not well-formed XML", sourceLocation: sourceLocation)
    }

    static func clusters(_ data: Matrix, _ model: GaussianMixture, equalAspect: Bool = true) -> Plot {
        var plot = Plot(title: "Final clusters", xLabel: "x₁", yLabel: "x₂", equalAspect: equalAspect)
        plot.add(ScatterLayer(data, color: Palette.black, label: "data"))
        plot.add(EllipseLayer.components(of: model, colors: Palette.notebookComponents))
        return plot
    }

    @Test("the notebook's scatter has one circle a point, all inside the plot area")
    func scatterPoints() throws {
        let data = Chapter01Notebook.data()
        let tree = try parse(Self.clusters(data, Chapter01Notebook.trueModel))
        let circles = tree.elements("circle", inside: "scatter")
        #expect(circles.count == 100)
        let area = try #require(tree.plotArea)
        for circle in circles {
            let x = try #require(circle.number("cx")), y = try #require(circle.number("cy")), r = try #require(circle.number("r"))
            #expect(x - r >= area.x && x + r <= area.x + area.width && y - r >= area.y && y + r <= area.y + area.height)
        }
        #expect(tree.elements("ellipse", inside: "ellipses").count == 9, "three components at 1, 2 and 3 sd")
        #expect(tree.elements("text", inside: "legend").map(\.text).first == "data")
    }

    @Test("a component with variance 1 has radius 1, 2, 3 data units at 1, 2, 3 sd")
    func unitVarianceRadius() throws {
        let model = GaussianMixture(weights: [1], means: [[2, -1]], covariances: [[[1, 0], [0, 1]]])
        let tree = try parse(Self.clusters([[0, 0], [4, 2]], model))
        let perUnitX = try #require(tree.pixelsPerUnit(axis: "x"))
        let perUnitY = try #require(tree.pixelsPerUnit(axis: "y"))
        #expect(abs(perUnitX + perUnitY) < 0.02, "equal aspect: one unit is as long across as up")
        let ellipses = tree.elements("ellipse", inside: "ellipses")
        #expect(ellipses.count == 3)
        for (n, ellipse) in zip([1.0, 2, 3], ellipses) {
            // Coordinates are written with two decimals: allow 0.01 px per number.
            #expect(abs(try #require(ellipse.number("rx")) - n * perUnitX) < 0.02)
            #expect(abs(try #require(ellipse.number("ry")) - n * perUnitX) < 0.02)
        }
        // The 3-sd ellipse counts in the bounds: it fits inside the plot area.
        let area = try #require(tree.plotArea)
        let cx = try #require(ellipses[2].number("cx")), cy = try #require(ellipses[2].number("cy"))
        let r = try #require(ellipses[2].number("rx"))
        #expect(cx - r >= area.x && cx + r <= area.x + area.width && cy - r >= area.y && cy + r <= area.y + area.height)
    }

    @Test("without equal aspect, an axis-aligned ellipse has √Σ₁₁ · px-per-unit across and √Σ₂₂ up")
    func unequalAspect() throws {
        let model = GaussianMixture(weights: [1], means: [[0, 0]], covariances: [[[4, 0], [0, 0.25]]])
        let tree = try parse(Self.clusters([[0, 0]], model, equalAspect: false))
        let sx = try #require(tree.pixelsPerUnit(axis: "x")), sy = try #require(tree.pixelsPerUnit(axis: "y"))
        let ellipse = try #require(tree.elements("ellipse", inside: "ellipses").first)
        #expect(abs(try #require(ellipse.number("rx")) - 2 * sx) < 0.05)
        #expect(abs(try #require(ellipse.number("ry")) - 0.5 * abs(sy)) < 0.05)
    }

    @Test("the axes of [[2, 1], [1, 2]] are √3 along the diagonal and 1 across it")
    func ellipseAxes() throws {
        let axes = try #require(CovarianceEllipse([[2, 1], [1, 2]]))
        #expect(abs(axes.majorRadius - 3.0.squareRoot()) < 1e-12)
        #expect(abs(axes.minorRadius - 1) < 1e-12)
        #expect(abs(axes.angle - Double.pi / 4) < 1e-12)
        #expect(CovarianceEllipse([[1, 2], [2, 1]]) == nil, "not positive definite")
        let tall = try #require(CovarianceEllipse([[1, 0], [0, 4]]))
        #expect(tall.majorRadius == 2 && abs(abs(tall.angle) - Double.pi / 2) < 1e-12)
    }

    @Test("ticks are 1, 2 or 5 × 10ⁿ apart and cover the range", arguments: [
        (0.0, 10.0), (-553.2, -310.4), (0.0012, 0.0093), (-2.6, 7.3), (3.0, 23.0), (-1e6, 3e6), (0.25, 0.31),
    ])
    func niceTicks(_ low: Double, _ high: Double) throws {
        let ticks = NiceTicks(covering: low...high, target: 6)
        let mantissa = ticks.step / pow(10, log10(ticks.step).rounded(.down))
        #expect([1.0, 2, 5].contains { abs(mantissa - $0) < 1e-9 }, "step \(ticks.step)")
        #expect((4...11).contains(ticks.values.count), "\(ticks.values)")
        for value in ticks.values {
            #expect(value >= low - 1e-9 * abs(low) && value <= high + 1e-9 * abs(high))
            #expect(abs(value / ticks.step - (value / ticks.step).rounded()) < 1e-9)
        }
        let first = try #require(ticks.values.first), last = try #require(ticks.values.last)
        #expect(first - low < ticks.step && high - last < ticks.step, "no gap wider than a step at either end")
        #expect(Set(ticks.values.map(ticks.label)).count == ticks.values.count, "labels read differently")
    }

    @Test("tick labels: 0 to 10 in twos; decimals only where needed; never −0")
    func tickLabels() {
        let ticks = NiceTicks(covering: 0...10, target: 5)
        #expect(ticks.values.map(ticks.label) == ["0", "2", "4", "6", "8", "10"])
        let small = NiceTicks(covering: -0.3...0.3, target: 6)
        #expect(small.values.map(small.label) == ["\u{2212}0.3", "\u{2212}0.2", "\u{2212}0.1", "0.0", "0.1", "0.2", "0.3"])
    }

    @Test("NaN in a series gives the placeholder, not a plot")
    func placeholderForNaN() throws {
        var plot = Plot(title: "Final clusters", xLabel: "x₁", yLabel: "x₂")
        plot.add(ScatterLayer([[0, 1], [.nan, 2]], label: "data"))
        let tree = try parse(plot)
        #expect(!tree.elements("g", inside: nil).filter { $0.attributes["class"] == "placeholder" }.isEmpty)
        #expect(tree.elements("circle").isEmpty)
        #expect(tree.nodes.contains { $0.text.contains("not numbers") })
        let stated = try parse(.placeholder(title: "Final clusters", reason: "runEM is not finished yet: part 3 returns NaN"))
        let words = stated.elements("tspan").map(\.text).joined(separator: " ")
        #expect(words == "runEM is not finished yet: part 3 returns NaN")
    }

    @Test("titles and labels with <, & and quotes are escaped")
    func escaping() throws {
        let plot = Plot(title: #"K < 3 & "more""#, xLabel: "a<b", yLabel: "it's",
                        layers: [LineLayer([1, 2, 3], label: "<trace>")])
        let tree = try parse(plot)
        #expect(tree.elements("text").contains { $0.text == #"K < 3 & "more""# })
        #expect(tree.elements("text").contains { $0.text == "a<b" })
    }

    @Test("a legend appears with two labelled series, not with one")
    func legend() throws {
        let one = try parse(Plot(title: "t", layers: [LineLayer([1, 2, 3], label: "trace")]))
        #expect(one.elements("g").allSatisfy { $0.attributes["class"] != "legend" })
        let two = try parse(Plot(title: "t", layers: [LineLayer([1, 2, 3], label: "weight 1"),
                                                    ReferenceLineLayer(y: 2.5, label: "true weight 1")]))
        #expect(two.elements("text", inside: "legend").map(\.text) == ["weight 1", "true weight 1"])
        #expect(two.elements("line", inside: "reference").count == 1)
    }

    @Test("a trace has one vertex per value, and its y axis covers them")
    func lineTrace() throws {
        let values = [-541.3, -372.9, -367.4, -320.6, -319.1]
        let tree = try parse(Plot(title: "t", xLabel: "Iteration", yLabel: "Log-likelihood", layers: [LineLayer(values)]))
        let polyline = try #require(tree.elements("polyline", inside: "line").first)
        #expect(polyline.attributes["points"]?.split(separator: " ").count == values.count)
        #expect(tree.elements("text").contains { $0.text == "Log-likelihood" })
    }

    @Test("membership colours blend the component colours by responsibility")
    func membershipColours() {
        let olive = FigureColor.blend([Palette.green, Palette.red], weights: [0.5, 0.5])
        #expect(olive.hex == "#804000")
        let layer = ScatterLayer.membership([[0, 0], [1, 1]], responsibilities: [[1, 0], [0.5, 0.5]],
                                            componentColors: [Palette.green, Palette.red])
        #expect(layer.colors.map(\.hex) == ["#008000", "#804000"])
        #expect(Palette.viridis(0).hex == "#440154" && Palette.viridis(1).hex == "#fde725")
    }

    @Test("a mixture's density heatmap peaks at the mean and parses")
    func heatmap() throws {
        let model = GaussianMixture(weights: [1], means: [[0, 0]], covariances: [[[1, 0], [0, 1]]])
        let grid = DensityGrid.mixtureDensity(model, bounds: PlotBounds(x: -3...3, y: -3...3), columns: 31, rows: 31)
        #expect(abs((grid.maximum ?? 0) - 1 / (2 * Double.pi)) < 1e-12, "the centre cell is at the mean")
        #expect(grid.values[15][15] == grid.maximum)
        let tree = try parse(Plot(title: "density", layers: [HeatmapLayer(grid: grid, label: "density")]))
        #expect(tree.elements("rect", inside: "heatmap").count > 100)
    }

    @Test("the index page is HTML that links every figure and escapes captions")
    func indexPage() {
        let page = FigureIndexPage(title: "EMKit figures", subtitle: "Drawn by runEM in Solutions.", sections: [
            .init(heading: "Chapter 01", entries: [
                .init(fileName: "01-data.svg", title: "Data", caption: "x < y & z", notebookCell: "In [4]"),
            ]),
        ]).html()
        #expect(page.contains(#"<img src="01-data.svg""#))
        #expect(page.contains("x &lt; y &amp; z"))
        #expect(page.contains("Mirrors: In [4]"))
    }

    @Test("bars: one rectangle a value, from the baseline to the value")
    func bars() throws {
        let tree = try parse(Plot(title: "NLL against K", xLabel: "K", yLabel: "NLL",
                                  layers: [BarLayer(xs: [1, 2, 3], heights: [0, 2, 4], label: "NLL")]))
        let rects = tree.elements("rect", inside: "bars")
        #expect(rects.count == 3)
        let perUnit = try #require(tree.pixelsPerUnit(axis: "y"))
        let heights = try rects.map { try #require($0.number("height")) }
        #expect(abs(heights[0]) < 0.01 && abs(heights[2] - 4 * abs(perUnit)) < 0.05 && abs(heights[1] - 2 * abs(perUnit)) < 0.05)
        #expect(BarLayer(xs: [1, 2], heights: [310, 330]).baseline == 305, "values far from 0 get a baseline below them")
    }

    @Test("labelled points take one colour a label, as scatter(c=labels)")
    func labelledPoints() {
        let layer = ScatterLayer.labelled([[0, 0], [1, 1], [2, 2]], labels: [0, 2, 2])
        #expect(layer.colors.map(\.hex) == [Palette.viridis(0).hex, Palette.viridis(1).hex, Palette.viridis(1).hex])
        let named = ScatterLayer.labelled([[0, 0], [1, 1]], labels: [1, 0], colors: Palette.modularComponents)
        #expect(named.colors == [Palette.red, Palette.green])
    }
}
