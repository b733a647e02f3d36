/// One element of an SVG document: a name, attributes in the order given, children and text.
///
/// Attribute values and text are escaped when rendered, so any caption or label (a student's
/// file name, a title with `<` or `&`) gives well-formed XML.
public struct SVGElement: Sendable, Equatable {
    public var name: String
    public var attributes: [Attribute]
    public var children: [SVGElement]
    public var text: String?

    /// A name–value pair; the value is escaped on output.
    public struct Attribute: Sendable, Equatable {
        public var name: String
        public var value: String
    }

    /// An element with attributes given as `(name, value)` pairs, in this order.
    public init(_ name: String, _ attributes: [(String, String)] = [], children: [SVGElement] = [], text: String? = nil) {
        self.name = name
        self.attributes = attributes.map { Attribute(name: $0.0, value: $0.1) }
        self.children = children
        self.text = text
    }

    /// A `<g>` group holding `children`, with optional attributes (class, clip-path, ...).
    public static func group(_ attributes: [(String, String)] = [], _ children: [SVGElement]) -> SVGElement {
        SVGElement("g", attributes, children: children)
    }

    /// The element as XML text, children indented by two spaces a level.
    public func render(indent: Int = 0) -> String {
        var out = ""
        write(to: &out, indent: indent)
        return out
    }

    func write(to out: inout String, indent: Int) {
        let pad = String(repeating: "  ", count: indent)
        out += pad + "<" + name
        for attribute in attributes {
            out += " \(attribute.name)=\"\(XMLEscaping.escape(attribute.value))\""
        }
        if children.isEmpty && text == nil {
            out += "/>\n"
            return
        }
        out += ">"
        if let text { out += XMLEscaping.escape(text) }
        if !children.isEmpty {
            out += "\n"
            for child in children { child.write(to: &out, indent: indent + 1) }
            out += pad
        }
        out += "</\(name)>\n"
    }
}

/// Escaping for XML text and attribute values (SVG and HTML alike).
public enum XMLEscaping {
    /// `&`, `<`, `>`, `"` and `'` replaced by entities; control characters XML forbids dropped.
    public static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&apos;"
            case "\t", "\n", "\r": out.unicodeScalars.append(scalar)
            default:
                if scalar.value >= 0x20 && scalar.value != 0xFFFE && scalar.value != 0xFFFF {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out
    }
}
