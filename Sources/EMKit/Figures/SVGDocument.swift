import Foundation

/// A standalone SVG file: a size in pixels and the elements drawn on it, in painting order.
public struct SVGDocument: Sendable, Equatable {
    public var width: Double
    public var height: Double
    public var title: String?
    public var elements: [SVGElement]

    public init(width: Double, height: Double, title: String? = nil, elements: [SVGElement] = []) {
        self.width = width
        self.height = height
        self.title = title
        self.elements = elements
    }

    /// The file's text: an XML declaration, then `<svg>` with the namespace, size and viewBox,
    /// so browsers open it straight from disk and it scales when embedded.
    public func render() -> String {
        var attributes: [(String, String)] = [
            ("xmlns", "http://www.w3.org/2000/svg"),
            ("width", SVGNumber.text(width)), ("height", SVGNumber.text(height)),
            ("viewBox", "0 0 \(SVGNumber.text(width)) \(SVGNumber.text(height))"),
            ("font-family", FigureStyle.fontFamily),
        ]
        if let title { attributes.append(("aria-label", title)) }
        var children = elements
        if let title { children.insert(SVGElement("title", text: title), at: 0) }
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + SVGElement("svg", attributes, children: children).render()
    }
}

/// How coordinates are written: at most two decimals, no trailing zeros, never "-0".
public enum SVGNumber {
    public static func text(_ x: Double) -> String {
        guard x.isFinite else { return "0" }
        var s = String(format: "%.2f", x)
        if s.contains(".") {
            while s.hasSuffix("0") { s.removeLast() }
            if s.hasSuffix(".") { s.removeLast() }
        }
        return s == "-0" ? "0" : s
    }
}
