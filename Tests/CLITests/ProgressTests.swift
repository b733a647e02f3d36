import Autograder
import Foundation
import Testing
@testable import emkit

/// `emkit check` follows the student: the chapter in progress in full, the others one line each.
@Suite("emkit check: the chapter in progress, the points and the next step")
struct ProgressTests {
    static func item(_ id: String, chapter: Int, points: Double = 1) -> GradedItem {
        GradedItem(id, chapter: chapter, title: "item \(id)", points: points) { _ throws(CallFailure) in .pass("") }
    }

    static func result(_ item: GradedItem, passed: Bool, message: String = "not yet") throws -> ItemResult {
        let json = """
            {"id": "\(item.id)", "chapter": \(item.chapter), "title": "\(item.title)", "points": \(item.points),
             "score": \(passed ? item.points : 0), "status": "\(passed ? "passed" : "failed")", "message": "\(message)",
             "visibility": "visible"}
            """
        return try JSONDecoder().decode(ItemResult.self, from: Data(json.utf8))
    }

    static let chapters = [
        Chapter(number: 1, title: "One", folder: "01-One", items: [item("01.part1", chapter: 1, points: 2), item("01.checkpoint", chapter: 1)]),
        Chapter(number: 2, title: "Two", folder: "02-Two", items: [item("02.quiz.a", chapter: 2), item("02.parts3-4", chapter: 2), item("02.part5", chapter: 2)]),
        Chapter(number: 3, title: "Three", folder: "03-Three", items: [item("03.part1", chapter: 3, points: 4)]),
    ]

    /// Grades chapter 1 as passing and chapter 2 with its first two items failing, recording
    /// which chapters were run.
    final class Grader: @unchecked Sendable {
        var graded: [Int] = []
        func grade(_ chapter: Chapter) -> [ItemResult] {
            graded.append(chapter.number)
            return chapter.items.enumerated().compactMap { index, item in
                try? ProgressTests.result(item, passed: chapter.number == 1 || index == 2)
            }
        }
    }

    @Test("chapters are run in order until one fails; the ones after it are not run")
    func inProgress() throws {
        let grader = Grader()
        let report = ProgressReport.inProgress(Self.chapters, grade: grader.grade)
        #expect(grader.graded == [1, 2])
        #expect(report.chapterInProgress?.number == 2)
        #expect(report.text == """
            Chapter 01 — One: 3 of 3 points, all 2 passed
            Chapter 02 — Two (\(GradedCode.name))
              ✗ item 02.quiz.a
                  not yet
              ✗ item 02.parts3-4
                  not yet
              ✓ item 02.part5
            Chapter 03 — Three: 4 points, not checked yet; emkit check --chapter 3 or --all

            4 of 6 points in the chapters checked (01, 02); 1 not checked yet.

            """)
        // The first failing item has no part, so the next step is the first failing part.
        #expect(report.nextStep == "Next: chapter 02, part 3 — stuck? emkit hint 02 --part 3")
    }

    @Test("a restart at a later chapter shows earlier chapters from what passed before")
    func remembered() {
        let grader = Grader()
        var report = ProgressReport.inProgress(Self.chapters, from: 2, grade: grader.grade)
        #expect(grader.graded == [2])
        report.remember(["01.part1", "01.checkpoint", "03.other"])
        #expect(report.text.hasPrefix("Chapter 01 — One: 3 of 3 points, all 2 passed when last checked\n"))
        #expect(report.text.hasSuffix("\n4 of 6 points in the chapters checked (01, 02); 1 not checked yet.\n"))
    }

    @Test("everything checked: the points line as before, and no next step when all pass")
    func everything() throws {
        let report = ProgressReport.everything([Self.chapters[0]]) { chapter in
            chapter.items.compactMap { try? Self.result($0, passed: true) }
        }
        #expect(report.text == "Chapter 01 — One (\(GradedCode.name))\n  ✓ item 01.part1\n  ✓ item 01.checkpoint\n\n3 of 3 points.\n")
        #expect(report.nextStep == nil)
    }

    @Test("the part an item checks, from its id", arguments: [
        ("01.part1", 1), ("01.parts3-4", 3), ("01.parts5-6", 5), ("02.hidden.part5", 5), ("03.part1.means", 1),
        ("04.part12", 12), ("05.part8", 8), ("01.checkpoint", nil), ("04.quiz.shapes", nil), ("01.partial", nil), ("part3", nil),
    ] as [(String, Int?)])
    func part(_ id: String, _ expected: Int?) {
        #expect(ProgressReport.part(of: id) == expected)
    }

    @Test("emkit check lists the chapter in progress and ends with the points and the next step")
    func checkCommand() throws {
        let one = try Emkit.run(["check", "--chapter", "1"])
        #expect(one.status == 0, "\(one.stderr)")
        if one.stdout.hasPrefix("Chapter 01 — The EM loop (Solutions)") {
            // The reference passes: the points line as before, no next step.
            #expect(one.stdout.hasSuffix("\n\n22 of 22 points.\n"))
            return
        }
        // The skeleton: chapter 01 is in progress; the others are not run.
        let run = try Emkit.run(["check"])
        #expect(run.status == 0)
        #expect(run.stderr.isEmpty)
        #expect(run.stdout.hasPrefix("Chapter 01 — The EM loop (Exercises)\n  ✗ part 1: the responsibilities after one iteration\n"))
        #expect(run.stdout.hasSuffix("""
            Chapter 02 — EM in functions: 21 points, not checked yet; emkit check --chapter 2 or --all
            Chapter 03 — Sampling and model selection: 15 points, not checked yet; emkit check --chapter 3 or --all
            Chapter 04 — Covariance variants and the library view: 20 points, not checked yet; emkit check --chapter 4 or --all
            Chapter 05 — Clustering real measurements: 22 points, not checked yet; emkit check --chapter 5 or --all

            0 of 22 points in the chapters checked (01); 4 not checked yet.
            Next: chapter 01, part 1 — stuck? emkit hint 01 --part 1

            """))
        #expect(run.stdout.split(separator: "\n").count <= 45)
        #expect(one.stdout.hasSuffix("\n\n0 of 22 points.\nNext: chapter 01, part 1 — stuck? emkit hint 01 --part 1\n"))
    }
}
