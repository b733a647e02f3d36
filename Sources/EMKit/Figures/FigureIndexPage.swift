/// An `index.html` that shows a folder of SVG figures, each with its caption and the notebook
/// cell it mirrors. Images are linked by relative file name, so the page opens from disk.
public struct FigureIndexPage: Sendable {
    /// One figure on the page.
    public struct Entry: Sendable, Equatable {
        public var fileName: String
        public var title: String
        public var caption: String
        public var notebookCell: String

        public init(fileName: String, title: String, caption: String, notebookCell: String) {
            self.fileName = fileName
            self.title = title
            self.caption = caption
            self.notebookCell = notebookCell
        }
    }

    /// A titled group of figures (one chapter).
    public struct Section: Sendable, Equatable {
        public var heading: String
        public var entries: [Entry]

        public init(heading: String, entries: [Entry]) {
            self.heading = heading
            self.entries = entries
        }
    }

    public var title: String
    /// A line under the title, e.g. which code drew the figures.
    public var subtitle: String
    public var sections: [Section]

    public init(title: String, subtitle: String, sections: [Section]) {
        self.title = title
        self.subtitle = subtitle
        self.sections = sections
    }

    /// The page's HTML text.
    public func html() -> String {
        let e = XMLEscaping.escape
        var body = ""
        for section in sections {
            body += "<section>\n<h2>\(e(section.heading))</h2>\n"
            for entry in section.entries {
                body += """
                    <figure id="\(e(entry.fileName))">
                      <a href="\(e(entry.fileName))"><img src="\(e(entry.fileName))" alt="\(e(entry.title))" width="640" height="480"></a>
                      <figcaption><strong>\(e(entry.title)).</strong> \(e(entry.caption))<br>
                      <span class="cell">Mirrors: \(e(entry.notebookCell))</span></figcaption>
                    </figure>

                    """
            }
            body += "</section>\n"
        }
        return """
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <title>\(e(title))</title>
            <style>
            body { font-family: system-ui, sans-serif; margin: 2em auto; max-width: 1400px; padding: 0 1em; color: #222; }
            section { display: flex; flex-wrap: wrap; gap: 1.5em; }
            h2 { flex-basis: 100%; margin-bottom: 0; }
            figure { margin: 0; max-width: 640px; }
            img { max-width: 100%; height: auto; border: 1px solid #ddd; }
            .cell { color: #555; font-family: ui-monospace, monospace; font-size: 0.9em; }
            </style>
            </head>
            <body>
            <h1>\(e(title))</h1>
            <p>\(e(subtitle))</p>
            \(body)</body>
            </html>

            """
    }
}
