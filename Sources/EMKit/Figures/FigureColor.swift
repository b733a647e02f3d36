import Foundation

/// A colour in sRGB, components 0…1, written to SVG as `#rrggbb`.
public struct FigureColor: Sendable, Equatable, Hashable {
    public var red: Double
    public var green: Double
    public var blue: Double

    public init(red: Double, green: Double, blue: Double) {
        self.red = red
        self.green = green
        self.blue = blue
    }

    /// A colour from `0xRRGGBB`.
    public init(hex: UInt32) {
        self.init(red: Double((hex >> 16) & 0xFF) / 255, green: Double((hex >> 8) & 0xFF) / 255, blue: Double(hex & 0xFF) / 255)
    }

    /// `#rrggbb`, each component clamped to 0…1 (NaN counts as 0).
    public var hex: String {
        func byte(_ x: Double) -> Int { x.isFinite ? Int((min(max(x, 0), 1) * 255).rounded()) : 0 }
        return String(format: "#%02x%02x%02x", byte(red), byte(green), byte(blue))
    }

    /// The weighted average of `colors`, weights normalised to sum to 1.
    ///
    /// This is how a membership plot colours a point: component colours mixed by the point's
    /// responsibilities, so a point shared half and half between green and red comes out olive.
    /// Returns grey when the weights are not usable (all zero, negative or not finite).
    public static func blend(_ colors: [FigureColor], weights: [Double]) -> FigureColor {
        let pairs = zip(colors, weights)
        let total = pairs.reduce(0) { $0 + $1.1 }
        guard total > 0, total.isFinite, weights.allSatisfy({ $0 >= 0 }) else { return FigureColor(hex: 0x7f7f7f) }
        var mixed = FigureColor(red: 0, green: 0, blue: 0)
        for (color, weight) in pairs {
            mixed.red += color.red * weight / total
            mixed.green += color.green * weight / total
            mixed.blue += color.blue * weight / total
        }
        return mixed
    }

    /// Linear interpolation towards `other`: `t = 0` gives `self`, `t = 1` gives `other`.
    public func mixed(with other: FigureColor, _ t: Double) -> FigureColor {
        FigureColor(red: red + (other.red - red) * t, green: green + (other.green - green) * t, blue: blue + (other.blue - blue) * t)
    }
}
