import Autograder
import EMKit
import Testing

/// The graded items, one test each, run against the submission: the student's `Exercises/`,
/// or the reference `Solutions/` with `--traits Solutions`. A failing item prints what to fix;
/// student code runs in a child process, so a crash or an endless loop fails only its items.
@Suite("graded items")
struct GradedItemTests {
    static let session = IsolatedRunner.locate().map { SubmissionSession(runner: $0) }

    @Test("chapter 01", arguments: Catalog.chapters[0].items)
    func chapter01(_ item: GradedItem) throws {
        let session = try #require(Self.session, "the emkit program was not built next to the tests")
        let result = item.grade(with: session)
        #expect(result.status == .passed, "\(result.status.rawValue): \(result.message)")
    }

    @Test("chapter 02", arguments: Catalog.chapter(2)?.items ?? [])
    func chapter02(_ item: GradedItem) throws {
        let session = try #require(Self.session, "the emkit program was not built next to the tests")
        let result = item.grade(with: session)
        #expect(result.status == .passed, "\(result.status.rawValue): \(result.message)")
    }

    @Test("chapter 03", arguments: Catalog.chapter(3)?.items ?? [])
    func chapter03(_ item: GradedItem) throws {
        let session = try #require(Self.session, "the emkit program was not built next to the tests")
        let result = item.grade(with: session)
        #expect(result.status == .passed, "\(result.status.rawValue): \(result.message)")
    }

    @Test("chapter 04", arguments: Catalog.chapter(4)?.items ?? [])
    func chapter04(_ item: GradedItem) throws {
        let session = try #require(Self.session, "the emkit program was not built next to the tests")
        let result = item.grade(with: session)
        #expect(result.status == .passed, "\(result.status.rawValue): \(result.message)")
    }

    @Test("chapter 05", arguments: Catalog.chapter(5)?.items ?? [])
    func chapter05(_ item: GradedItem) throws {
        let session = try #require(Self.session, "the emkit program was not built next to the tests")
        let result = item.grade(with: session)
        #expect(result.status == .passed, "\(result.status.rawValue): \(result.message)")
    }
}

extension GradedItem: CustomTestStringConvertible {
    public var testDescription: String { "\(id) (\(points.formatted()) pt): \(title)" }
}
