import Autograder
import EMKit
import Foundation
import Testing

/// The graded items of every chapter in the registry, one test case each, run against the
/// submission: the student's `Exercises/`, or the reference `Solutions/` with `--traits Solutions`.
///
/// Each case prints one line, ✓ or ✗ with the item's id and title, so a pass shows by name and
/// not only as a missing ✘. A failing item records an issue with what to fix. Student code runs in
/// a child process, so a crash or an endless loop fails only the items that run it.
///
/// `EMKIT_CHAPTER=2 swift test --filter GradedItemTests` runs chapter 02's items only (a comma
/// list selects several); without it every chapter runs.
@Suite("graded items")
struct GradedItemTests {
    static let session = IsolatedRunner.locate().map { SubmissionSession(runner: $0) }

    /// The chapters `EMKIT_CHAPTER` selects, or all of them.
    static var selected: [Chapter] {
        guard let text = ProcessInfo.processInfo.environment["EMKIT_CHAPTER"], !text.isEmpty else { return Catalog.chapters }
        let numbers = Set(text.split(separator: ",").compactMap { Int($0.trimmingCharacters(in: .whitespaces)) })
        return Catalog.chapters.filter { numbers.contains($0.number) }
    }

    @Test("graded item", arguments: selected.flatMap(\.items))
    func gradedItem(_ item: GradedItem) throws {
        let session = try #require(Self.session, "the emkit program was not built next to the tests")
        let result = item.grade(with: session)
        let mark = result.status == .passed ? "✓" : "✗"
        print("\(mark) chapter \(String(format: "%02d", item.chapter)) · \(item.id): \(item.title)")
        #expect(result.status == .passed, "\(result.status.rawValue): \(result.message)")
    }
}

extension GradedItem: CustomTestStringConvertible {
    public var testDescription: String { "\(id) (\(points.formatted()) pt): \(title)" }
}
