// edition: omit (tests the instructor's grader, which the edition does not ship)
@testable import Autograder
import EMKit
import Foundation
import Testing

/// The grader's own pieces: finding reference use, and the Gradescope file it writes.
@Suite("grading")
struct GradingTests {
    let scan = SubmissionScan(referenceNames: ["fitNotebookEM"])

    @Test("a call to the reference or an import of Solutions is found, with its line")
    func findsReferenceUse() {
        let source = "import EMKit\nimport Solutions\nlet fit = try? fitNotebookEM(data: d, initial: i)\n"
        let found = scan.findings(in: source, chapter: "01-EMLoop", file: "EM.swift")
        #expect(found.map(\.line) == [2, 3])
        #expect(found.first?.what == "imports the Solutions module")
    }

    @Test("names in comments and strings are not use")
    func ignoresCommentsAndStrings() {
        let source = "// unlike fitNotebookEM, this is mine\n/* import Solutions */\nlet s = \"fitNotebookEM\"\nlet n = 1 /* a\n fitNotebookEM */\n"
        #expect(scan.findings(in: source, chapter: "01-EMLoop", file: "EM.swift").isEmpty)
    }

    @Test("a call inside a string's interpolation is code, and is found")
    func findsUseInInterpolation() {
        let source = "let a = \"x\\(fitNotebookEM(data: d))\"\nlet b = #\"y\\#(fitNotebookEM(data: d))\"#\nlet c = \"\\(\"fitNotebookEM\")\"\n"
        #expect(scan.findings(in: source, chapter: "01-EMLoop", file: "EM.swift").map(\.line) == [1, 2])
    }

    @Test("code after a raw or multi-line string is still read")
    func readsCodeAfterRawStrings() {
        let source = "let r = #\"a \"quoted\" b\"#; let f = fitNotebookEM\nlet m = \"\"\"\n  \"fitNotebookEM\"\n  \"\"\"\nlet g = fitNotebookEM\n"
        #expect(scan.findings(in: source, chapter: "01-EMLoop", file: "EM.swift").map(\.line) == [1, 5])
    }

    @Test("a declaration by linker name is found")
    func findsLinkerNames() {
        let source = "@_silgen_name(\"$s9Reference13fitNotebookEM\")\nfunc sneaky() -> Int\n"
        let found = scan.findings(in: source, chapter: "01-EMLoop", file: "EM.swift")
        #expect(found.map(\.line) == [1])
        #expect(found.first?.what.contains("@_silgen_name") == true)
    }

    @Test("the reference names are read from files marked for omission")
    func readsReferenceNames() throws {
        let kit = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let names = SubmissionScan.referenceNames(inKit: kit, files: ["Sources/Reference/EM/NotebookEM.swift", "Sources/EMKit/EM/NotebookInitialization.swift"])
        #expect(names.contains("fitNotebookEM"))
        #expect(!names.contains("notebookInitialization"))
    }

    /// A scratch folder with `files` (relative path → text), removed by the caller.
    func folder(_ files: [String: String]) throws -> URL {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("emkit-grading-test-\(UUID().uuidString)")
        for (path, text) in files {
            let url = root.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try text.write(to: url, atomically: true, encoding: .utf8)
        }
        return root
    }

    let owners = ["EM.swift": "01-EMLoop", "ModularEM.swift": "02-ModularEM"]

    @Test("loose files go to their chapters by name; unknown and doubled names are reported, not taken")
    func readsLooseFiles() throws {
        let root = try folder(["EM.swift": "a", "upload/ModularEM.swift": "b", "Notes.swift": "c",
                               "x/02-ModularEM/ModularEM.swift": "d", "__MACOSX/._EM.swift": "junk", "README.md": "e"])
        defer { try? FileManager.default.removeItem(at: root) }
        let submission = try Submission.read(root, chapterFolders: ["01-EMLoop", "02-ModularEM"], owners: owners)
        #expect(submission.chapters["01-EMLoop"] == ["EM.swift": Data("a".utf8)])
        #expect(submission.chapters["02-ModularEM"] == nil)
        #expect(submission.refused.contains { $0.hasPrefix("refused 02-ModularEM/ModularEM.swift") && $0.contains("handed in twice") })
        #expect(submission.refused.contains { $0.hasPrefix("ignored Notes.swift: no chapter has a file of that name") })
        #expect(!submission.refused.contains { $0.contains("MACOSX") || $0.contains("README") })
    }

    @Test("a symbolic link in a submission is refused, never followed")
    func refusesLinks() throws {
        let root = try folder(["01-EMLoop/EM.swift": "a"])
        defer { try? FileManager.default.removeItem(at: root) }
        try FileManager.default.createSymbolicLink(atPath: root.appendingPathComponent("01-EMLoop/Other.swift").path, withDestinationPath: "/etc/hostname")
        let submission = try Submission.read(root, chapterFolders: ["01-EMLoop"], owners: owners)
        #expect(submission.chapters["01-EMLoop"]?.keys.sorted() == ["EM.swift"])
        #expect(submission.refused == ["refused 01-EMLoop/Other.swift: a symbolic link (only regular files are taken)"])
    }

    @Test("the CSV keeps finished students across a resume and drops the rest")
    func resumesTheSheet() throws {
        let root = try folder([:])
        defer { try? FileManager.default.removeItem(at: root) }
        let url = root.appendingPathComponent("grades.csv")
        let header = ["student", "score", "notes"]
        let sheet = try GradeSheet(url: url, header: header, resume: false)
        try sheet.append(["bob", "3", "a, \"quoted\" note"])
        try sheet.append(["alice", "", "not graded: the grader stopped"])
        let again = try GradeSheet(url: url, header: header, resume: true)
        #expect(again.done == ["bob"])
        try again.append(["alice", "5", ""])
        try again.sort(by: ["alice", "bob"])
        let rows = CSVRows.parse(try String(contentsOf: url, encoding: .utf8))
        #expect(rows == [header, ["alice", "5", ""], ["bob", "3", "a, \"quoted\" note"]])
        #expect(throws: InputError.self) { try GradeSheet(url: url, header: ["student", "other"], resume: true) }
    }

    @Test("results.json has Gradescope's fields, hidden items after publication")
    func gradescopeFormat() throws {
        let results = [
            ItemResult(id: "01.part1", chapter: 1, title: "part 1", points: 1, score: 1, status: .passed, message: "ok", visibility: .visible),
            ItemResult(id: "01.hidden.2d", chapter: 1, title: "hidden", points: 2, score: 0, status: .timedOut, message: "timed out after 10 s", visibility: .hidden),
        ]
        let report = GradeReport(submission: "alice", results: results, notes: ["a note"], compiled: true, seconds: 12.3)
        let object = try #require(try JSONSerialization.jsonObject(with: report.gradescopeJSON()) as? [String: Any])
        #expect(object["score"] as? Double == 1)
        #expect(object["execution_time"] as? Int == 13)
        let tests = try #require(object["tests"] as? [[String: Any]])
        #expect(tests.count == 2)
        #expect(tests[1]["visibility"] as? String == "after_published")
        #expect(tests[1]["max_score"] as? Double == 2)
        #expect(tests[1]["status"] as? String == "failed")
        #expect((tests[1]["output"] as? String)?.hasPrefix("timed out") == true)
        #expect((object["output"] as? String)?.contains("a note") == true)
    }
}
