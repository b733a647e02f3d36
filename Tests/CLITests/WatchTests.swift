import Autograder
import Foundation
import Testing
@testable import emkit

/// `emkit watch`'s parts that need no terminal: change detection, the progress file, and the
/// compiler output cut down to what a student acts on.
@Suite("emkit watch: change detection, the progress file, the build's diagnostics")
struct WatchTests {
    static func folder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("emkit-watch-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url.appendingPathComponent("01-EMLoop"), withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: url.appendingPathComponent("02-ModularEM"), withIntermediateDirectories: true)
        return url
    }

    static func write(_ text: String, _ path: String, in folder: URL) throws {
        try Data(text.utf8).write(to: folder.appendingPathComponent(path))
    }

    @Test("a change of size, of modification time, a new file and a removed one are seen; other files are not")
    func changes() throws {
        let root = try Self.folder()
        defer { try? FileManager.default.removeItem(at: root) }
        try Self.write("let a = 1\n", "01-EMLoop/EM.swift", in: root)
        try Self.write("let b = 2\n", "02-ModularEM/ModularEM.swift", in: root)
        try Self.write("hints\n", "01-EMLoop/HINTS.md", in: root)
        let first = FileSnapshot.take(root)
        #expect(first.files.keys.sorted() == ["01-EMLoop/EM.swift", "02-ModularEM/ModularEM.swift"])
        #expect(FileSnapshot.take(root).changes(since: first).isEmpty)

        try Self.write("let a = 10\n", "01-EMLoop/EM.swift", in: root)
        #expect(FileSnapshot.take(root).changes(since: first) == ["01-EMLoop/EM.swift"])

        // Same size, later modification time (an editor that rewrites the same bytes).
        let second = FileSnapshot.take(root)
        let file = root.appendingPathComponent("02-ModularEM/ModularEM.swift")
        try FileManager.default.setAttributes([.modificationDate: Date().addingTimeInterval(5)], ofItemAtPath: file.path)
        #expect(FileSnapshot.take(root).changes(since: second) == ["02-ModularEM/ModularEM.swift"])

        let third = FileSnapshot.take(root)
        try Self.write("hints, edited\n", "01-EMLoop/HINTS.md", in: root)
        #expect(FileSnapshot.take(root).changes(since: third).isEmpty)
        try Self.write("let c = 3\n", "02-ModularEM/Extra.swift", in: root)
        try FileManager.default.removeItem(at: root.appendingPathComponent("01-EMLoop/EM.swift"))
        #expect(FileSnapshot.take(root).changes(since: third) == ["01-EMLoop/EM.swift", "02-ModularEM/Extra.swift"])
    }

    @Test("a missing folder is an empty snapshot, not a crash")
    func missingFolder() {
        #expect(FileSnapshot.take(URL(fileURLWithPath: "/no/such/folder")).files.isEmpty)
    }

    @Test("the chapter of an edited file comes from its folder's name", arguments: [
        ("01-EMLoop/EM.swift", 1), ("04-CovarianceVariants/Seeding.swift", 4), ("12-Later/X.swift", 12),
        ("EM.swift", nil), ("Notes/EM.swift", nil), ("01EMLoop/EM.swift", nil), ("-01/EM.swift", nil),
    ] as [(String, Int?)])
    func chapterOfFile(_ path: String, _ chapter: Int?) {
        #expect(FileSnapshot.chapter(of: path) == chapter)
    }

    @Test("the progress file: written and read back")
    func progressRoundTrip() throws {
        let progress = WatchProgress(chapter: 3, passed: ["01.part1", "02.part\"2"])
        #expect(String(decoding: progress.json, as: UTF8.self) == #"{"chapter": 3, "passed": ["01.part1", "02.part\"2"]}"# + "\n")
        #expect(try WatchProgress.parse(progress.json).get() == progress)
    }

    @Test("a bad progress file is refused with the reason", arguments: [
        ("", "is not valid JSON"),
        ("{\"chapter\": 2, \"passed\": [", "is not valid JSON"),
        ("[1, 2]", #"is not {"chapter": N, "passed": [ids]}"#),
        (#"{"chapter": "2", "passed": []}"#, #"is not {"chapter": N, "passed": [ids]}"#),
        (#"{"chapter": true, "passed": []}"#, #"is not {"chapter": N, "passed": [ids]}"#),
        (#"{"chapter": 2.5, "passed": []}"#, #"is not {"chapter": N, "passed": [ids]}"#),
        (#"{"chapter": 2, "passed": [1]}"#, #"is not {"chapter": N, "passed": [ids]}"#),
        (#"{"chapter": 2}"#, #"is not {"chapter": N, "passed": [ids]}"#),
        (#"{"chapter": 0, "passed": []}"#, "names chapter 0, which does not exist"),
        (#"{"chapter": 1e300, "passed": []}"#, #"is not {"chapter": N, "passed": [ids]}"#),
        ("\u{0}\u{1}binary", "is not valid JSON"),
    ])
    func badProgress(_ text: String, _ reason: String) {
        #expect(WatchProgress.parse(Data(text.utf8)) == .failure(WatchProgressError(reason)))
    }

    @Test("a bad progress file is ignored with one warning line; a missing one silently")
    func loadBadProgress() throws {
        let root = try Self.folder()
        defer { try? FileManager.default.removeItem(at: root) }
        let file = root.appendingPathComponent("emkit-watch.json")
        var warnings: [String] = []
        #expect(WatchProgress.load(file) { warnings.append($0) } == nil)
        #expect(warnings.isEmpty)
        try Data("{\"chapter\": 2, \"passed\": [\"01.part1\"]}".utf8).write(to: file)
        #expect(WatchProgress.load(file) { warnings.append($0) } == WatchProgress(chapter: 2, passed: ["01.part1"]))
        try Data(repeating: 0x7B, count: 2 << 20).write(to: file)
        #expect(WatchProgress.load(file) { warnings.append($0) } == nil)
        #expect(warnings == ["\(file.path): is larger than 1 MB; starting afresh"])
    }

    @Test("progress after a check: passing items are added, failing ones removed, others kept")
    func record() throws {
        var progress = WatchProgress(chapter: 1, passed: ["01.part1", "01.part2", "02.part1"])
        let item = { (id: String) in GradedItemStub(id: id) }
        progress.record([try item("01.part1").result(passed: false), try item("01.part3").result(passed: true)])
        #expect(progress.passed == ["01.part2", "01.part3", "02.part1"])
    }

    static let buildOutput = """
        Building for debugging...
        [3/9] Emitting module Exercises
        /kit/Exercises/01-EMLoop/EM.swift:12:9: warning: variable 'resp' was never mutated; consider changing to 'let' constant
        10 | func runEM() {
        11 |     // YOUR CODE HERE (part 1)
        12 |     var resp = [0.0]
           |         `- warning: variable 'resp' was never mutated; consider changing to 'let' constant
        /kit/Exercises/01-EMLoop/EM.swift:20:9: warning: initialization of immutable value 'n' was never used; consider replacing with assignment to '_' or removing it [#no-usage]
        /kit/Exercises/01-EMLoop/EM.swift:12:9: warning: variable 'resp' was never mutated; consider changing to 'let' constant
        /kit/Exercises/02-ModularEM/ModularEM.swift:30:5: warning: will never be executed
        /kit/Exercises/02-ModularEM/ModularEM.swift:31:5: warning: 'foo()' is deprecated: use bar()
        /kit/Sources/EMKit/Core.swift:7:1: warning: variable 'x' was never used
        /kit/Exercises/02-ModularEM/ModularEM.swift:40:19: error: cannot convert value of type 'String' to specified type 'Int'
        38 |
        40 | let broken: Int = "x"
           |                   `- error: cannot convert value of type 'String' to specified type 'Int'
        error: emit-module command failed with exit code 1 (use -v to see invocation)
        /kit/Exercises/02-ModularEM/ModularEM.swift:40:19: error: cannot convert value of type 'String' to specified type 'Int'
        """

    @Test("warnings of unfinished parts are counted on one line; other warnings and every error stay")
    func diagnostics() {
        let quiet = BuildDiagnostics(output: Self.buildOutput, root: "/kit", showAll: false)
        #expect(quiet.lines() == [
            "Exercises/02-ModularEM/ModularEM.swift:40:19: error: cannot convert value of type 'String' to specified type 'Int'",
            "Exercises/02-ModularEM/ModularEM.swift:31:5: warning: 'foo()' is deprecated: use bar()",
            "Sources/EMKit/Core.swift:7:1: warning: variable 'x' was never used",
            "3 warnings in unfinished parts (hidden; --warnings shows them)",
        ])
        let all = BuildDiagnostics(output: Self.buildOutput, root: "/kit", showAll: true)
        #expect(all.hiddenWarnings == 0)
        #expect(all.warnings.count == 5)
        #expect(all.lines().first == quiet.lines().first)
    }

    @Test("a failure without a located error shows the tool's own error line")
    func otherErrors() {
        let output = "Building for debugging...\nerror: link command failed with exit code 1\nerror: link command failed with exit code 1\n"
        #expect(BuildDiagnostics(output: output, root: "/kit", showAll: false).lines() == ["error: link command failed with exit code 1"])
        let one = BuildDiagnostics(output: "/kit/Exercises/01-EMLoop/EM.swift:1:1: warning: variable 'a' was never used\n", root: "/kit", showAll: false)
        #expect(one.lines() == ["1 warning in unfinished parts (hidden; --warnings shows them)"])
    }

    @Test("emkit watch refuses bad options with one line")
    func badOptions() throws {
        for (words, line) in [
            (["watch", "--interval", "0"], "emkit: watch: --interval: expected a positive number, got \"0\""),
            (["watch", "--interval", "100"], "emkit: watch: --interval: must be between 0.1 and 60 seconds (got 100.0)"),
            (["watch", "--chapter", "6"], "emkit: watch: --chapter: must be between 1 and 5 (got 6)"),
            (["watch", "now"], "emkit: watch: unexpected argument \"now\""),
        ] {
            let run = try Emkit.run(words)
            #expect(run.status == 1)
            #expect(run.stderr == line + "\n", "\(words)")
        }
    }
}

/// An item result for `record`, through `ItemResult`'s Codable form.
struct GradedItemStub {
    var id: String
    func result(passed: Bool) throws -> ItemResult {
        let json = """
            {"id": "\(id)", "chapter": 1, "title": "t", "points": 1, "score": \(passed ? 1 : 0),
             "status": "\(passed ? "passed" : "failed")", "message": "", "visibility": "visible"}
            """
        return try JSONDecoder().decode(ItemResult.self, from: Data(json.utf8))
    }
}
