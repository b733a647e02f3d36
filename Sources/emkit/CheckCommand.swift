import Autograder
import EMKit
import Foundation

/// `emkit check [--chapter N] [--all]`: the graded items, ✓ or ✗, for the chapter in progress
/// (or one chapter, or all), with the points and the next step.
enum CheckCommand: EmkitCommand {
    static let name = "check"
    static let abstract = "Run the graded items on your exercises: a progress list and your points."
    static let discussion = """
        By default the chapter in progress is listed in full: the chapters are checked in order \
        until one has an item that does not pass. The chapters before it get one line each; the \
        chapters after it get one line and are not run, so the check stays fast. The list ends \
        with your points and, when an item fails, the part to look at next and its hint command.

        Each item is marked ✓ or ✗ with what to look at. Your code runs in a separate process, so a \
        crash or an endless loop costs only the items that run it. With --traits Solutions the \
        reference is checked instead.
        """
    static var options: [OptionSpec] {
        [
            .value("--chapter", "N", "check only chapter N, 1 to \(Catalog.chapters.count), listing every item"),
            .flag("--all", "check every chapter and list every item"),
        ]
    }

    static func run(_ arguments: Arguments) throws(InputError) {
        let only = try chapter(arguments)
        if arguments.has("--all"), only != nil {
            throw InputError(parameter: "--all", "checks every chapter; give --all or --chapter, not both")
        }
        let session = try Session.make()
        let grade = { (chapter: Chapter) in GradedItem.gradeAll(chapter.items, with: session) }
        if arguments.has("--all") {
            Output.write(ProgressReport.everything(Catalog.chapters, grade: grade).text)
            return
        }
        let report = only.map { number in ProgressReport.everything(Catalog.chapters.filter { $0.number == number }, grade: grade) }
            ?? ProgressReport.inProgress(Catalog.chapters, grade: grade)
        Output.write(report.text + (report.nextStep.map { $0 + "\n" } ?? ""))
    }

    /// `--chapter N`, checked against the catalog; nil when absent.
    static func chapter(_ arguments: Arguments) throws(InputError) -> Int? {
        guard arguments.isGiven("--chapter") else { return nil }
        return try arguments.integer("--chapter", in: 1...(Catalog.chapters.map(\.number).max() ?? 1))
    }
}
