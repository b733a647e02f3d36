import EMKit
import SubmissionCalls

extension Plot {
    /// The plot with its y axis carried above the data by `fraction` of the data's height, so
    /// that the legend, which goes where it covers the fewest points, sits over empty space.
    func withLegendRoom(_ fraction: Double = 0.25) -> Plot {
        guard placeholderMessage == nil else { return self }
        var roomy = self
        let bounds = dataBounds
        let height = bounds.y.upperBound - bounds.y.lowerBound
        roomy.fixedBounds = PlotBounds(x: bounds.x, y: bounds.y.lowerBound...(bounds.y.upperBound + fraction * height))
        return roomy
    }
}
