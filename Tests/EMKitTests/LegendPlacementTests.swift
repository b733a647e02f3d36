import EMKit
import Testing

/// Where the legend goes: inside the plot area where it covers no mark, and outside it, to the
/// right, when every place inside would cover a point or a curve.
@Suite("legend placement")
struct LegendPlacementTests {
    static func legendBox(_ plot: Plot) throws -> (box: (x: Double, y: Double, width: Double, height: Double),
                                                   area: (x: Double, y: Double, width: Double, height: Double)) {
        let tree = try #require(SVGTree.parse(plot.svg()))
        let rect = try #require(tree.elements("rect", inside: "legend").first, "no legend drawn")
        let box = (x: try #require(rect.number("x")), y: try #require(rect.number("y")),
                   width: try #require(rect.number("width")), height: try #require(rect.number("height")))
        return (box, try #require(tree.plotArea))
    }

    /// A grid of points over the whole square [0, 1]², in two labelled series.
    static func filled(step: Double) -> Plot {
        let grid = stride(from: 0.0, through: 1.0, by: step).flatMap { x in stride(from: 0.0, through: 1.0, by: step).map { [x, $0] } }
        var plot = Plot(title: "everywhere", xLabel: "x", yLabel: "y")
        plot.add(ScatterLayer(grid.enumerated().filter { $0.offset % 2 == 0 }.map(\.element), color: Palette.red, label: "even"))
        plot.add(ScatterLayer(grid.enumerated().filter { $0.offset % 2 == 1 }.map(\.element), color: Palette.green, label: "odd"))
        return plot
    }

    @Test("points everywhere: the legend goes to the right of the plot area, and the area narrows for it")
    func outsideWhenNoCornerIsFree() throws {
        let (box, area) = try Self.legendBox(Self.filled(step: 0.04))
        #expect(box.x >= area.x + area.width, "the legend starts inside the plot area")
        #expect(box.x + box.width <= 640, "the legend runs off the canvas")
        #expect(area.x + area.width < 640 - 22 - box.width, "the plot area did not make room for the legend")
    }

    @Test("an empty corner: the legend stays inside the plot area, in that corner")
    func insideWhenACornerIsFree() throws {
        var plot = Plot(title: "lower left", xLabel: "x", yLabel: "y")
        let cloud = stride(from: 0.0, through: 0.4, by: 0.02).flatMap { x in stride(from: 0.0, through: 0.4, by: 0.02).map { [x, $0] } }
        plot.add(ScatterLayer(cloud, color: Palette.red, label: "a"))
        plot.add(LineLayer(xs: [0, 1], ys: [0, 0.3], color: Palette.green, label: "b"))
        plot.fixedBounds = PlotBounds(x: 0...1, y: 0...1)
        let (box, area) = try Self.legendBox(plot)
        #expect(box.x + box.width <= area.x + area.width && box.x >= area.x, "the legend left the plot area")
        #expect(box.y < area.y + area.height / 2, "the legend is not in the empty upper half")
    }

    @Test("a line that crosses a corner between two vertices keeps the legend out of that corner")
    func lineBetweenVertices() throws {
        var plot = Plot(title: "diagonal", xLabel: "x", yLabel: "y")
        // From the lower left to the upper right: the upper-right corner holds no vertex, only the line.
        plot.add(LineLayer(xs: [0, 1], ys: [0, 1], color: Palette.red, label: "rising"))
        plot.add(LineLayer(xs: [0, 1], ys: [0.1, 0.1], color: Palette.green, label: "flat"))
        plot.fixedBounds = PlotBounds(x: 0...1, y: 0...1)
        let (box, area) = try Self.legendBox(plot)
        #expect(!(box.x > area.x + area.width / 2 && box.y < area.y + area.height / 2), "the legend covers the rising line in the upper right")
    }
}
