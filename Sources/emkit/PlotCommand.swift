import Autograder
import EMKit
import Foundation

/// `emkit plot [--chapter N] [--out DIR]`: the notebooks' figures as SVG files, with an index page.
enum PlotCommand: EmkitCommand {
    static let name = "plot"
    static let abstract = "Draw the notebooks' figures from your code as SVG files, with an index.html."
    static let discussion = """
        The figures come from your code (or the reference, with --traits Solutions), each a standalone \
        SVG file; index.html shows each one beside its caption and the notebook cell it mirrors. Where \
        your code is not finished yet, the figure says so instead of plotting NaN.
        """
    static let options: [OptionSpec] = [
        .value("--chapter", "N", "only this chapter's figures (default: every chapter's)"),
        .value("--out", "DIR", "the folder to write to", default: "figures"),
    ]

    static func run(_ arguments: Arguments) throws(InputError) {
        let chapters = try selectedChapters(arguments)
        let folder = arguments.string("--out") ?? "figures"
        guard !folder.isEmpty else { throw InputError(parameter: "--out", "needs a folder name") }
        let directory = URL(fileURLWithPath: folder, isDirectory: true)
        try makeDirectory(directory, named: folder)
        let session = try Session.make()
        var sections: [FigureIndexPage.Section] = []
        var placeholders = 0, total = 0
        for chapter in chapters {
            var entries: [FigureIndexPage.Entry] = []
            for recipe in chapter.recipes {
                let plot = recipe.draw(session)
                if plot.placeholderMessage != nil { placeholders += 1 }
                total += 1
                try write(plot.svg(), to: directory.appendingPathComponent(recipe.fileName), named: folder + "/" + recipe.fileName)
                entries.append(.init(fileName: recipe.fileName, title: recipe.title, caption: recipe.caption, notebookCell: recipe.notebookCell))
            }
            sections.append(.init(heading: String(format: "Chapter %02d — %@", chapter.number, chapter.title), entries: entries))
        }
        let page = FigureIndexPage(title: "EMKit figures", subtitle: "Drawn by the code in \(drawnBy).", sections: sections)
        try write(page.html(), to: directory.appendingPathComponent("index.html"), named: folder + "/index.html")
        var report = "Wrote \(total) figures drawn by the code in \(drawnBy) to \(folder)/; open \(folder)/index.html in a browser.\n"
        if placeholders > 0 {
            report += "\(placeholders) of them say what is unfinished instead of plotting (see emkit check).\n"
        }
        Output.write(report)
    }

    /// "Exercises (your code)" or "Solutions (the reference)".
    static var drawnBy: String {
        GradedCode.name == "Solutions" ? "Solutions (the reference)" : "Exercises (your code)"
    }

    static func selectedChapters(_ arguments: Arguments) throws(InputError) -> [FigureChapter] {
        guard arguments.string("--chapter") != nil else { return FigureCatalog.chapters }
        let number = try arguments.integer("--chapter", in: 1...99)
        guard let chapter = FigureCatalog.chapter(number) else {
            let known = FigureCatalog.chapters.map { String($0.number) }.joined(separator: ", ")
            throw InputError(parameter: "--chapter", "chapter \(number) has no figures yet (chapters with figures: \(known))")
        }
        return [chapter]
    }

    static func makeDirectory(_ url: URL, named name: String) throws(InputError) {
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory), !isDirectory.boolValue {
            throw InputError(parameter: "--out", "\(name) exists and is not a folder")
        }
        do {
            try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        } catch {
            throw InputError(parameter: "--out", "cannot create the folder \(name)")
        }
    }

    static func write(_ text: String, to url: URL, named name: String) throws(InputError) {
        do {
            try Data(text.utf8).write(to: url, options: .atomic)
        } catch {
            throw InputError(file: name, "cannot write the file")
        }
    }
}
