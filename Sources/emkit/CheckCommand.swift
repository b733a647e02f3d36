import Autograder
import EMKit
import Foundation

/// `emkit check [--chapter N]`: every graded item, ✓ or ✗, with the first failing message.
enum CheckCommand: EmkitCommand {
    static let name = "check"
    static let abstract = "Run the graded items on your exercises: a progress list and your points."
    static let discussion = """
        Each item is marked ✓ or ✗ with what to look at. Your code runs in a separate process, so a \
        crash or an endless loop costs only the items that run it. With --traits Solutions the \
        reference is checked instead.
        """
    static var options: [OptionSpec] {
        [.value("--chapter", "N", "check only chapter N, 1 to \(Catalog.chapters.count)")]
    }

    static func run(_ arguments: Arguments) throws(InputError) {
        let only = try arguments.string("--chapter").map { _ throws(InputError) in try arguments.integer("--chapter", in: 1...(Catalog.chapters.map(\.number).max() ?? 1)) }
        let session = try Session.make()
        var total = 0.0, earned = 0.0
        for chapter in Catalog.chapters where only == nil || only == chapter.number {
            Output.write(String(format: "Chapter %02d — %@ (%@)\n", chapter.number, chapter.title, GradedCode.name))
            let results = GradedItem.gradeAll(chapter.items, with: session)
            for result in results {
                total += result.points
                earned += result.score
                let mark = result.status == .passed ? "✓" : "✗"
                var line = "  \(mark) \(result.title)"
                if result.status != .passed { line += "\n      \(result.message)" }
                Output.write(line + "\n")
            }
        }
        Output.write(String(format: "\n%g of %g points.\n", earned, total))
    }

}
