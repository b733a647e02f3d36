/// Values on a regular grid over a rectangle: a density evaluated cell by cell for a heatmap.
///
/// `values[i][j]` belongs to the cell centred at `(xs[j], ys[i])`; rows run up the y axis.
public struct DensityGrid: Sendable, Equatable {
    public var bounds: PlotBounds
    public var columns: Int
    public var rows: Int
    public var values: Matrix

    /// `f` at the centre of each of `columns` × `rows` cells covering `bounds`.
    public init(bounds: PlotBounds, columns: Int, rows: Int, _ f: (Double, Double) -> Double) {
        let columns = max(columns, 1), rows = max(rows, 1)
        let cellWidth = (bounds.x.upperBound - bounds.x.lowerBound) / Double(columns)
        let cellHeight = (bounds.y.upperBound - bounds.y.lowerBound) / Double(rows)
        var values: Matrix = []
        for i in 0..<rows {
            let y = bounds.y.lowerBound + (Double(i) + 0.5) * cellHeight
            values.append((0..<columns).map { j in f(bounds.x.lowerBound + (Double(j) + 0.5) * cellWidth, y) })
        }
        self.bounds = bounds
        self.columns = columns
        self.rows = rows
        self.values = values
    }

    /// The density of `model` (2-D) on the grid: Σₖ πₖ N(x | μₖ, Σₖ).
    ///
    /// Components whose covariance cannot be factored contribute nothing.
    public static func mixtureDensity(_ model: GaussianMixture, bounds: PlotBounds, columns: Int = 80, rows: Int = 60) -> DensityGrid {
        let components = (0..<model.componentCount).compactMap { k -> (Double, MultivariateNormal)? in
            guard k < model.means.count, k < model.covariances.count,
                  let normal = try? MultivariateNormal(mean: model.means[k], covariance: model.covariances[k]) else { return nil }
            return (model.weights[k], normal)
        }
        return DensityGrid(bounds: bounds, columns: columns, rows: rows) { x, y in
            components.reduce(0) { $0 + $1.0 * $1.1.density(at: [x, y]) }
        }
    }

    /// The largest finite value, or nil when there is none.
    public var maximum: Double? {
        values.joined().filter(\.isFinite).max()
    }
}

/// A density drawn as shaded cells, from white (zero) to the colour map's end at the maximum:
/// the filled-contour view of a density estimate such as the 16-component fit to two moons.
public struct HeatmapLayer: PlotLayer {
    public var grid: DensityGrid
    public var label: String?
    /// The colour at the grid's maximum; lower values fade towards white.
    public var color: FigureColor

    public init(grid: DensityGrid, color: FigureColor = Palette.viridis(0.35), label: String? = nil) {
        self.grid = grid
        self.color = color
        self.label = label
    }

    public var swatch: LegendSwatch { .box(color) }
    public var extent: LayerExtent { LayerExtent(grid.bounds) }
    public var hasNonFiniteValues: Bool { !grid.values.joined().allFinite }
    public var occupiedPoints: [(Double, Double)] { [] }

    public func render(in frame: PlotFrame) -> [SVGElement] {
        guard let top = grid.maximum, top > 0 else { return [seriesGroup(kind: "heatmap", label: label, [])] }
        let white = FigureColor(red: 1, green: 1, blue: 1)
        let cellWidth = (grid.bounds.x.upperBound - grid.bounds.x.lowerBound) / Double(grid.columns)
        let cellHeight = (grid.bounds.y.upperBound - grid.bounds.y.lowerBound) / Double(grid.rows)
        var cells: [SVGElement] = []
        for (i, row) in grid.values.enumerated() {
            for (j, value) in row.enumerated() where value > top * 0.01 {
                let x0 = grid.bounds.x.lowerBound + Double(j) * cellWidth, y0 = grid.bounds.y.lowerBound + Double(i) * cellHeight
                let (left, bottom) = frame.point(x0, y0)
                let (right, upper) = frame.point(x0 + cellWidth, y0 + cellHeight)
                // Quantised to ten shades, like contourf's filled levels; a hair of overlap hides seams.
                let shade = (value / top * 10).rounded(.up) / 10
                cells.append(SVGElement("rect", [
                    ("x", SVGNumber.text(min(left, right))), ("y", SVGNumber.text(min(upper, bottom))),
                    ("width", SVGNumber.text(abs(right - left) + 0.5)), ("height", SVGNumber.text(abs(bottom - upper) + 0.5)),
                    ("fill", white.mixed(with: color, shade).hex),
                ]))
            }
        }
        return [seriesGroup(kind: "heatmap", label: label, cells)]
    }
}
