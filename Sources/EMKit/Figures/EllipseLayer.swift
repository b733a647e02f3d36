import Foundation

/// One Gaussian component drawn as its ellipses at 1, 2 and 3 standard deviations around a
/// small cross at the mean: the picture `plot_contours` draws with `plt.contour`.
public struct EllipseLayer: PlotLayer {
    public var mean: Vector
    public var covariance: Matrix
    public var color: FigureColor
    public var label: String?
    /// The standard deviations at which to draw, innermost first.
    public var levels: [Double]
    /// Fill opacity of each ellipse (0 for outlines only, as `contour` draws; the lecture's
    /// `draw_ellipse` fills all three with an opacity that grows with the component's weight,
    /// so the overlaps darken towards the mean).
    public var fillOpacity: Double

    public init(mean: Vector, covariance: Matrix, color: FigureColor, label: String? = nil,
                levels: [Double] = [1, 2, 3], fillOpacity: Double = 0) {
        self.mean = mean
        self.covariance = covariance
        self.color = color
        self.label = label
        self.levels = levels
        self.fillOpacity = fillOpacity
    }

    /// One layer per component of `model`, coloured from `colors` in order.
    public static func components(of model: GaussianMixture, colors: [FigureColor], labelPrefix: String = "component") -> [EllipseLayer] {
        (0..<min(model.means.count, model.covariances.count)).map { k in
            EllipseLayer(mean: model.means[k], covariance: model.covariances[k], color: Palette.color(k, of: colors),
                         label: "\(labelPrefix) \(k + 1)")
        }
    }

    var center: (Double, Double) { (mean.first ?? .nan, mean.count > 1 ? mean[1] : .nan) }

    public var swatch: LegendSwatch { .line(color, dashed: false) }

    public var extent: LayerExtent {
        guard !hasNonFiniteValues, let widest = levels.max(),
              let half = CovarianceEllipse.halfExtent(covariance, standardDeviations: widest) else { return LayerExtent(nil) }
        let (cx, cy) = center
        return LayerExtent(x: (cx - half.x)...(cx + half.x), y: (cy - half.y)...(cy + half.y))
    }

    public var hasNonFiniteValues: Bool {
        mean.count < 2 || !mean.allFinite || !LinearAlgebra.isFinite(covariance) || CovarianceEllipse(covariance) == nil
    }

    /// The mean and points on the 1-sd ellipse, so a legend does not cover the component.
    public var occupiedPoints: [(Double, Double)] {
        guard let axes = CovarianceEllipse(covariance) else { return [] }
        let (cx, cy) = center
        return [(cx, cy)] + stride(from: 0.0, to: 2 * Double.pi, by: Double.pi / 8).flatMap { t -> [(Double, Double)] in
            levels.map { n in
                let u = n * axes.majorRadius * cos(t), v = n * axes.minorRadius * sin(t)
                return (cx + u * cos(axes.angle) - v * sin(axes.angle), cy + u * sin(axes.angle) + v * cos(axes.angle))
            }
        }
    }

    public func render(in frame: PlotFrame) -> [SVGElement] {
        guard let axes = CovarianceEllipse.scaled(covariance, sx: frame.x.pixelsPerUnit, sy: frame.y.pixelsPerUnit) else { return [] }
        let (cx, cy) = frame.point(center.0, center.1)
        let x = SVGNumber.text(cx), y = SVGNumber.text(cy)
        let degrees = axes.angle * 180 / Double.pi
        var children: [SVGElement] = levels.map { n in
            SVGElement("ellipse", [
                ("cx", x), ("cy", y),
                ("rx", SVGNumber.text(n * axes.majorRadius)), ("ry", SVGNumber.text(n * axes.minorRadius)),
                ("transform", "rotate(\(SVGNumber.text(degrees)) \(x) \(y))"),
                ("fill", fillOpacity > 0 ? color.hex : "none"),
                ("fill-opacity", SVGNumber.text(fillOpacity)),
                ("stroke", color.hex), ("stroke-width", "1.6"),
                ("data-sd", SVGNumber.text(n)),
            ])
        }
        let arm = 5.0
        children.append(SVGElement("path", [
            ("d", "M\(SVGNumber.text(cx - arm)),\(y)H\(SVGNumber.text(cx + arm))M\(x),\(SVGNumber.text(cy - arm))V\(SVGNumber.text(cy + arm))"),
            ("stroke", color.hex), ("stroke-width", "2"), ("class", "mean"),
        ]))
        return [seriesGroup(kind: "ellipses", label: label, children)]
    }
}
