import Autograder
import EMKit
import Foundation

/// `emkit hint EXERCISE [--part N]`: the hints for one exercise, kept outside its source file.
enum HintCommand: EmkitCommand {
    static let name = "hint"
    static let abstract = "Print the hints for one exercise: nudges toward the formulas, not answers."
    static let discussion = """
        For example emkit hint 01, or emkit hint 01 --part 3 for one part. The hints live in \
        Exercises/NN-Topic/HINTS.md.
        """
    static let positionals = [PositionalSpec(name: "EXERCISE", help: "the exercise's chapter number, e.g. 01",
                                             expected: "expects one exercise, e.g. emkit hint 01")]
    static let options: [OptionSpec] = [.value("--part", "N", "only the hint for part N")]

    static func run(_ arguments: Arguments) throws(InputError) {
        guard let exercise = arguments.positionals.first else {
            throw InputError(parameter: "hint", "expects one exercise, e.g. emkit hint 01")
        }
        let file = try hintsFile(for: exercise)
        let text = try readTextFile(file.path)
        guard arguments.string("--part") != nil else {
            Output.write(text.hasSuffix("\n") ? text : text + "\n")
            return
        }
        let part = try arguments.integer("--part", in: 1...99)
        // The chapter's parts table says which parts exist and where each one is.
        let chapter = Catalog.chapters.first { file.deletingLastPathComponent().lastPathComponent == $0.folder }
        if let chapter, chapter.part(part) == nil {
            let numbers = chapter.parts.map(\.number)
            throw InputError(parameter: "--part", "chapter \(String(format: "%02d", chapter.number)) has parts \(numbers.first ?? 1) to \(numbers.last ?? 1) (got \(part))")
        }
        let sections = text.components(separatedBy: "\n## ")
        guard let section = sections.first(where: { GradedItem.partsOfHeading("## " + $0.prefix { $0 != "\n" }).contains(part) }) else {
            throw InputError(location: file.path, "has no hint for part \(part)")
        }
        var shown = "## " + section.trimmingCharacters(in: .newlines) + "\n"
        if let chapter, let where_ = chapter.part(part) {
            shown += "\n(part \(part) is in \(where_.function), \(chapter.exercisePath(of: where_)))\n"
        }
        Output.write(shown)
    }

    /// `Exercises/NN-*/HINTS.md`, looked up from the working directory upward, then in the
    /// checkout this program was built from.
    static func hintsFile(for exercise: String) throws(InputError) -> URL {
        let number = exercise.prefix { $0.isNumber }
        guard !number.isEmpty, let value = Int(number) else {
            throw InputError(parameter: "EXERCISE", "\(InputError.quoted(exercise)) is not an exercise number (try 01)")
        }
        let prefix = String(format: "%02d-", value)
        var roots: [URL] = []
        var directory = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
        for _ in 0..<6 {
            roots.append(directory)
            directory = directory.deletingLastPathComponent()
        }
        roots.append(URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent())
        for root in roots {
            let exercises = root.appendingPathComponent("Exercises")
            guard let names = try? FileManager.default.contentsOfDirectory(atPath: exercises.path) else { continue }
            if let folder = names.sorted().first(where: { $0.hasPrefix(prefix) }) {
                return exercises.appendingPathComponent(folder).appendingPathComponent("HINTS.md")
            }
        }
        throw InputError(parameter: "EXERCISE", "no exercise \(prefix.dropLast()) (run emkit check to list them)")
    }
}
