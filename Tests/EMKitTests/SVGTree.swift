import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// An SVG file parsed with Foundation's XMLParser: fails on text that is not well-formed XML.
final class SVGTree: NSObject, XMLParserDelegate {
    /// One element with its attributes, text and the classes of its ancestors (nearest last).
    struct Node {
        var name: String
        var attributes: [String: String]
        var text = ""
        var ancestorClasses: [String]

        func number(_ attribute: String) -> Double? { attributes[attribute].flatMap(Double.init) }
        func within(_ cls: String) -> Bool { ancestorClasses.contains { $0.split(separator: " ").contains(Substring(cls)) } }
    }

    private(set) var nodes: [Node] = []
    private var stack: [Int] = []
    private(set) var error: String?

    /// Parses `text`; `nil` with the parser's complaint in `error` when it is not well-formed.
    static func parse(_ text: String) -> SVGTree? {
        let tree = SVGTree()
        let parser = XMLParser(data: Data(text.utf8))
        parser.delegate = tree
        guard parser.parse() else { return nil }
        return tree
    }

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                attributes: [String: String] = [:]) {
        let classes = stack.compactMap { nodes[$0].attributes["class"] }
        nodes.append(Node(name: name, attributes: attributes, ancestorClasses: classes))
        stack.append(nodes.count - 1)
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        stack.removeLast()
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if let last = stack.last { nodes[last].text += string }
    }

    /// Elements named `name`, optionally only those inside a group of class `inside`.
    func elements(_ name: String, inside cls: String? = nil) -> [Node] {
        nodes.filter { $0.name == name && (cls == nil || $0.within(cls!)) }
    }

    /// Pixels per data unit along the x axis (or y, negative), read off two tick labels.
    func pixelsPerUnit(axis: String) -> Double? {
        let labels = elements("text", inside: axis == "x" ? "x-axis" : "y-axis")
        guard labels.count >= 2,
              let a = Double(labels[0].text.replacingOccurrences(of: "\u{2212}", with: "-")),
              let b = Double(labels[labels.count - 1].text.replacingOccurrences(of: "\u{2212}", with: "-")),
              let pa = labels[0].number(axis == "x" ? "x" : "y"), let pb = labels[labels.count - 1].number(axis == "x" ? "x" : "y")
        else { return nil }
        return (pb - pa) / (b - a)
    }

    /// The plot area (the clip rectangle): x, y, width, height in pixels.
    var plotArea: (x: Double, y: Double, width: Double, height: Double)? {
        guard let rect = clipRect else { return nil }
        return (rect.number("x") ?? 0, rect.number("y") ?? 0, rect.number("width") ?? 0, rect.number("height") ?? 0)
    }

    private var clipRect: Node? {
        guard let clipIndex = nodes.firstIndex(where: { $0.name == "clipPath" }), clipIndex + 1 < nodes.count else { return nil }
        return nodes[clipIndex + 1]
    }
}
