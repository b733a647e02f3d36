/// The colours the notebooks name, and matplotlib's defaults where they name none.
///
/// matplotlib's named colours are the CSS ones (`'green'` is #008000, `'indigo'` #4b0082); its
/// one-letter codes differ (`'g'` is #008000 too, `'r'` #ff0000, `'b'` #0000ff, `'k'` black).
public enum Palette {
    public static let black = FigureColor(hex: 0x000000)
    public static let green = FigureColor(hex: 0x008000)
    public static let red = FigureColor(hex: 0xff0000)
    public static let indigo = FigureColor(hex: 0x4b0082)
    public static let magenta = FigureColor(hex: 0xff00ff)
    public static let blue = FigureColor(hex: 0x0000ff)
    public static let grey = FigureColor(hex: 0x7f7f7f)

    /// `col = ['green', 'red', 'indigo']` in the first notebook's `plot_contours`.
    public static let notebookComponents = [green, red, indigo]
    /// `col = ['green', 'red', 'magenta']` in the modular-EM notebook's contour plots.
    public static let modularComponents = [green, red, magenta]
    /// `'r'`, `'b'`, `'g'`: the mixing-weight traces of the sampling notebook.
    public static let mixingWeights = [red, blue, green]

    /// matplotlib's default colour cycle ("tab10"), for series the notebooks leave uncoloured.
    public static let cycle: [FigureColor] = [
        0x1f77b4, 0xff7f0e, 0x2ca02c, 0xd62728, 0x9467bd, 0x8c564b, 0xe377c2, 0x7f7f7f, 0xbcbd22, 0x17becf,
    ].map(FigureColor.init(hex:))

    /// The `i`-th colour of `colors`, wrapping around; the default cycle when `colors` is empty.
    public static func color(_ i: Int, of colors: [FigureColor] = cycle) -> FigureColor {
        let list = colors.isEmpty ? cycle : colors
        return list[((i % list.count) + list.count) % list.count]
    }

    /// matplotlib's viridis colour map at `t` in 0…1 (nine stops, linearly interpolated), as
    /// `scatter(c=labels)` and `c=prob` colour points.
    public static func viridis(_ t: Double) -> FigureColor {
        let stops: [UInt32] = [0x440154, 0x472d7b, 0x3b528b, 0x2c728e, 0x21918c, 0x28ae80, 0x5ec962, 0xaddc30, 0xfde725]
        let clamped = t.isFinite ? min(max(t, 0), 1) : 0
        let position = clamped * Double(stops.count - 1)
        let i = min(Int(position), stops.count - 2)
        return FigureColor(hex: stops[i]).mixed(with: FigureColor(hex: stops[i + 1]), position - Double(i))
    }

    /// Colours for integer labels 0…(count − 1) spread over viridis, as `c=labels` does.
    public static func labelColors(count: Int) -> [FigureColor] {
        guard count > 1 else { return [viridis(0)] }
        return (0..<count).map { viridis(Double($0) / Double(count - 1)) }
    }
}

/// Sizes and fonts shared by every figure, close to matplotlib's defaults at 100 dpi.
public enum FigureStyle {
    public static let fontFamily = "DejaVu Sans, Verdana, Arial, Helvetica, sans-serif"
    public static let titleSize = 17.0
    public static let labelSize = 14.0
    public static let tickSize = 12.0
    public static let legendSize = 12.0
    public static let markerRadius = 3.5
    public static let lineWidth = 2.0
    public static let frameColor = "#333333"
    public static let gridColor = "#e6e6e6"

    /// A rough width of `text` at `size` points, for laying out legends and margins.
    public static func textWidth(_ text: String, size: Double) -> Double {
        Double(text.count) * size * 0.6
    }
}
