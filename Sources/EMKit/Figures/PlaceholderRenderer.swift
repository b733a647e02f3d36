/// The figure drawn when there is nothing honest to plot: the title, a dashed empty frame and
/// a message saying why (e.g. the student's `runEM` still returns NaN), wrapped to fit.
struct PlaceholderRenderer {
    let title: String
    let message: String
    let width: Double
    let height: Double

    func document() -> SVGDocument {
        let boxLeft = 40.0, boxTop = 50.0
        let boxWidth = width - 80, boxHeight = height - 90
        let size = 16.0
        let perLine = max(20, Int((boxWidth - 40) / FigureStyle.textWidth("x", size: size)))
        let lines = Self.wrap(message, width: perLine)
        let firstBaseline = boxTop + boxHeight / 2 - Double(lines.count - 1) * size * 0.7
        let text = lines.enumerated().map { index, line in
            SVGElement("tspan", [("x", SVGNumber.text(width / 2)), ("y", SVGNumber.text(firstBaseline + Double(index) * size * 1.4))],
                       text: line)
        }
        let elements = [
            SVGElement("rect", [("width", "100%"), ("height", "100%"), ("fill", "#ffffff")]),
            SVGElement("text", [("x", SVGNumber.text(width / 2)), ("y", "30"), ("text-anchor", "middle"),
                                ("font-size", SVGNumber.text(FigureStyle.titleSize)), ("class", "title")], text: title),
            .group([("class", "placeholder")], [
                SVGElement("rect", [("x", SVGNumber.text(boxLeft)), ("y", SVGNumber.text(boxTop)), ("width", SVGNumber.text(boxWidth)),
                                    ("height", SVGNumber.text(boxHeight)), ("fill", "#fafafa"), ("stroke", "#999999"),
                                    ("stroke-dasharray", "8 5")]),
                SVGElement("text", [("text-anchor", "middle"), ("font-size", SVGNumber.text(size)), ("fill", "#333333")],
                           children: text),
            ]),
        ]
        return SVGDocument(width: width, height: height, title: title, elements: elements)
    }

    /// `text` broken at spaces into lines of at most `width` characters (longer words alone).
    static func wrap(_ text: String, width: Int) -> [String] {
        var lines: [String] = []
        var current = ""
        for word in text.split(separator: " ", omittingEmptySubsequences: true) {
            if current.isEmpty {
                current = String(word)
            } else if current.count + 1 + word.count <= width {
                current += " " + word
            } else {
                lines.append(current)
                current = String(word)
            }
        }
        if !current.isEmpty { lines.append(current) }
        return lines.isEmpty ? [""] : lines
    }
}
