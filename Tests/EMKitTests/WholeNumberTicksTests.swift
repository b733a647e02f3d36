import EMKit
import Testing

/// `Plot.wholeNumberXTicks`: an axis of counts (K, iterations) has no tick between two counts.
@Suite("whole-number ticks")
struct WholeNumberTicksTests {
    static func xTickLabels(_ plot: Plot) throws -> [String] {
        let tree = try #require(SVGTree.parse(plot.svg()))
        return tree.elements("text", inside: "x-axis").map(\.text)
    }

    @Test("K = 1 … 4 gets the ticks 1, 2, 3, 4; without the option the axis has halves")
    func components() throws {
        var plot = Plot(title: "t", xLabel: "K", yLabel: "BIC",
                        layers: [LineLayer(xs: [1, 2, 3, 4], ys: [8500, 7280, 6760, 6800], showsMarkers: true)])
        #expect(try Self.xTickLabels(plot).contains("1.5"))
        plot.wholeNumberXTicks = true
        #expect(try Self.xTickLabels(plot) == ["1", "2", "3", "4"])
    }

    @Test("a long trace keeps its usual ticks")
    func longTrace() throws {
        var plot = Plot(title: "t", layers: [LineLayer((0..<40).map(Double.init))])
        let usual = try Self.xTickLabels(plot)
        plot.wholeNumberXTicks = true
        #expect(try Self.xTickLabels(plot) == usual)
    }
}
