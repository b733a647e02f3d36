import Autograder
import EMKit
import Foundation

/// What `emkit check` and `emkit watch` found: per chapter, its items' results, or that it was
/// not checked this time.
struct ProgressReport {
    enum State {
        /// Checked; every item is listed.
        case listed([ItemResult])
        /// Checked and every item passed; one line.
        case passed([ItemResult])
        /// Not run this time, but every item passed when last checked (`emkit watch` remembers); one line.
        case passedEarlier
        /// Not run this time; one line.
        case notChecked
    }

    var entries: [(chapter: Chapter, state: State)]

    /// The chapters in order from `start`, checked one at a time until one has an item that does
    /// not pass (the chapter in progress, listed in full); the chapters before `start` and after
    /// that one are not run. `grade` grades one chapter's items.
    static func inProgress(_ chapters: [Chapter], from start: Int = 0, grade: (Chapter) -> [ItemResult]) -> ProgressReport {
        var entries: [(Chapter, State)] = []
        var found = false
        for chapter in chapters {
            if found || chapter.number < start {
                entries.append((chapter, .notChecked))
                continue
            }
            let results = grade(chapter)
            if results.allSatisfy({ $0.status == .passed }) {
                entries.append((chapter, .passed(results)))
            } else {
                entries.append((chapter, .listed(results)))
                found = true
            }
        }
        return ProgressReport(entries: entries)
    }

    /// Every chapter of `chapters` checked and listed in full.
    static func everything(_ chapters: [Chapter], grade: (Chapter) -> [ItemResult]) -> ProgressReport {
        ProgressReport(entries: chapters.map { ($0, .listed(grade($0))) })
    }

    var results: [ItemResult] {
        entries.flatMap { entry -> [ItemResult] in
            switch entry.state {
            case .listed(let results), .passed(let results): return results
            case .passedEarlier, .notChecked: return []
            }
        }
    }

    var allChecked: Bool { entries.allSatisfy { !$0.state.isNotChecked } }

    /// The chapter in progress: the first one with an item that did not pass.
    var chapterInProgress: Chapter? {
        entries.first { entry in
            if case .listed(let results) = entry.state { results.contains { $0.status != .passed } } else { false }
        }?.chapter
    }

    /// Marks as passed earlier the chapters not run this time whose items all passed before.
    mutating func remember(_ passed: Set<String>) {
        for index in entries.indices where entries[index].state.isNotChecked {
            let items = entries[index].chapter.items
            if !items.isEmpty, items.allSatisfy({ passed.contains($0.id) }) { entries[index].state = .passedEarlier }
        }
    }

    static func heading(_ chapter: Chapter) -> String {
        String(format: "Chapter %02d — %@", chapter.number, chapter.title)
    }

    /// The chapters' lines and the points line (without the next step).
    var text: String {
        var lines: [String] = []
        for (chapter, state) in entries {
            switch state {
            case .listed(let results):
                lines.append(Self.heading(chapter) + " (\(GradedCode.name))")
                for result in results {
                    lines.append("  \(result.status == .passed ? "✓" : "✗") \(result.title)")
                    if result.status != .passed { lines.append("      \(result.message)") }
                }
            case .passed(let results):
                let points = results.reduce(0) { $0 + $1.points }
                lines.append(Self.heading(chapter) + String(format: ": %g of %g points, all %d passed", points, points, results.count))
            case .passedEarlier:
                let points = chapter.items.reduce(0) { $0 + $1.points }
                lines.append(Self.heading(chapter) + String(format: ": %g of %g points, all %d passed when last checked", points, points, chapter.items.count))
            case .notChecked:
                let points = chapter.items.reduce(0) { $0 + $1.points }
                lines.append(Self.heading(chapter) + String(format: ": %g points, not checked yet; emkit check --chapter %d or --all", points, chapter.number))
            }
        }
        var earned = results.reduce(0) { $0 + $1.score }, total = results.reduce(0) { $0 + $1.points }
        for entry in entries {
            if case .passedEarlier = entry.state {
                let points = entry.chapter.items.reduce(0) { $0 + $1.points }
                earned += points
                total += points
            }
        }
        lines.append("")
        if allChecked {
            lines.append(String(format: "%g of %g points.", earned, total))
        } else {
            let numbers = entries.filter { !$0.state.isNotChecked }.map { String(format: "%02d", $0.chapter.number) }
            let left = entries.count - numbers.count
            lines.append(String(format: "%g of %g points in the chapters checked (%@); %d not checked yet.",
                                earned, total, numbers.joined(separator: ", "), left))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// "Next: chapter 01, part 1 — emkit hint 01 --part 1", after the first item that did not
    /// pass; nil when everything checked passed.
    var nextStep: String? {
        guard let chapter = chapterInProgress, case .listed(let results)? = entries.first(where: { $0.chapter.number == chapter.number })?.state else {
            return nil
        }
        let failing = results.filter { $0.status != .passed }
        guard let first = failing.first else { return nil }
        let exercise = String(format: "%02d", chapter.number)
        // The part comes from the chapter's declared parts of the failing item (its id names it
        // too, for chapters made by hand).
        let declared = { (id: String) in chapter.items.first { $0.id == id }?.parts.first }
        if let part = failing.lazy.compactMap({ declared($0.id) ?? Self.part(of: $0.id) }).first {
            let place = chapter.part(part).map { " (\($0.function) in \(chapter.exercisePath(of: $0)))" } ?? ""
            return "Next: chapter \(exercise), part \(part)\(place) — stuck? emkit hint \(exercise) --part \(part)"
        }
        return "Next: chapter \(exercise), \(first.title) — stuck? emkit hint \(exercise)"
    }

    /// The part an item checks, from its id: `01.part1`, `01.parts3-4` (3), `02.hidden.part5`,
    /// `03.part1.means`; nil for items of no single part (`01.checkpoint`, `04.quiz.shapes`).
    static func part(of id: String) -> Int? {
        for component in id.split(separator: ".").dropFirst() {
            var rest = Substring(component)
            guard rest.hasPrefix("part") else { continue }
            rest = rest.dropFirst(4)
            if rest.hasPrefix("s") { rest = rest.dropFirst() }
            let digits = rest.prefix { $0.isASCII && $0.isNumber }
            if let number = Int(digits), number > 0 { return number }
        }
        return nil
    }
}

extension ProgressReport.State {
    var isNotChecked: Bool {
        if case .notChecked = self { return true }
        return false
    }
}
