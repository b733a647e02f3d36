/// An axis-aligned rectangle in data units: what a series covers, or what a plot shows.
public struct PlotBounds: Sendable, Equatable {
    public var x: ClosedRange<Double>
    public var y: ClosedRange<Double>

    public init(x: ClosedRange<Double>, y: ClosedRange<Double>) {
        self.x = x
        self.y = y
    }

    /// The smallest bounds holding every point, or nil when there are none or any is not finite.
    public init?(points: [(Double, Double)]) {
        guard let first = points.first else { return nil }
        var minX = first.0, maxX = first.0, minY = first.1, maxY = first.1
        for (px, py) in points {
            guard px.isFinite, py.isFinite else { return nil }
            minX = min(minX, px); maxX = max(maxX, px)
            minY = min(minY, py); maxY = max(maxY, py)
        }
        self.init(x: minX...maxX, y: minY...maxY)
    }

    /// The smallest bounds holding both.
    public func union(_ other: PlotBounds) -> PlotBounds {
        PlotBounds(x: min(x.lowerBound, other.x.lowerBound)...max(x.upperBound, other.x.upperBound),
                   y: min(y.lowerBound, other.y.lowerBound)...max(y.upperBound, other.y.upperBound))
    }

    /// Widened by `fraction` of the span on each side (matplotlib's 5 % margin); a zero span
    /// becomes one unit wide so a single point or a flat line still gets a readable axis.
    public func padded(by fraction: Double) -> PlotBounds {
        func pad(_ r: ClosedRange<Double>) -> ClosedRange<Double> {
            let span = r.upperBound - r.lowerBound
            if span <= 0 {
                let half = max(0.5, abs(r.lowerBound) * 0.05)
                return (r.lowerBound - half)...(r.upperBound + half)
            }
            return (r.lowerBound - span * fraction)...(r.upperBound + span * fraction)
        }
        return PlotBounds(x: pad(x), y: pad(y))
    }

    /// Widened about its centre so that one data unit takes as many pixels across as up, in a
    /// plot area of `width` × `height` pixels (matplotlib's `axis('equal')`).
    public func equalAspect(width: Double, height: Double) -> PlotBounds {
        let spanX = x.upperBound - x.lowerBound, spanY = y.upperBound - y.lowerBound
        guard spanX > 0, spanY > 0, width > 0, height > 0 else { return self }
        let unit = max(spanX / width, spanY / height)
        let midX = (x.lowerBound + x.upperBound) / 2, midY = (y.lowerBound + y.upperBound) / 2
        let halfX = unit * width / 2, halfY = unit * height / 2
        return PlotBounds(x: (midX - halfX)...(midX + halfX), y: (midY - halfY)...(midY + halfY))
    }
}
