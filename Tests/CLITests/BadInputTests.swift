import Foundation
import Testing

/// Every user-facing path answers bad input with one line on stderr and a non-zero exit.
@Suite("bad input gets one clear line and a non-zero exit, never a trap")
struct BadInputTests {
    static let goodModel = #"{"weights": [0.5, 0.5], "means": [[0, 0], [3, 3]], "covariances": [[[1, 0], [0, 1]], [[1, 0.2], [0.2, 1]]]}"#

    func expectOneLineError(_ arguments: [String], mentions: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let run = try Emkit.run(arguments, sourceLocation: sourceLocation)
        #expect(!run.crashed, "emkit trapped on \(arguments)", sourceLocation: sourceLocation)
        #expect(run.status != 0, sourceLocation: sourceLocation)
        let lines = run.stderr.split(separator: "\n")
        #expect(lines.count == 1, "stderr: \(run.stderr)", sourceLocation: sourceLocation)
        #expect(run.stderr.contains(mentions), "stderr: \(run.stderr)", sourceLocation: sourceLocation)
    }

    @Test("bad model files", arguments: [
        (#"{"weights": [0.6, 0.6], "means": [[0], [1]], "covariances": [[[1]], [[1]]]}"#, "sum to 1"),
        (#"{"weights": [1.5, -0.5], "means": [[0], [1]], "covariances": [[[1]], [[1]]]}"#, "non-negative"),
        (#"{"weights": [1], "means": [[0, 0]], "covariances": [[[1, 2], [2, 1]]]}"#, "positive definite"),
        (#"{"weights": [1], "means": [[0, 0]], "covariances": [[[1, 0.5], [0.1, 1]]]}"#, "symmetric"),
        (#"{"weights": [1], "means": [[0, 0]], "covariances": [[[1]]]}"#, "2 × 2"),
        ("weights: [1]", "not valid JSON"),
    ])
    func badModels(_ json: String, _ mentions: String) throws {
        let path = try Emkit.temporaryFile(json, name: "model.json")
        defer { try? FileManager.default.removeItem(atPath: path) }
        try expectOneLineError(["sample", "--model", path, "--count", "3"], mentions: mentions)
    }

    @Test("bad data files", arguments: [
        ("", "empty"),
        ("x,y\n", "no data rows"),
        ("1,2\n3,abc\n4,5\n", ":2:2: \"abc\" is not a number"),
        ("1,2\n3\n4,5\n", ":2: has 1 cells"),
        ("1,2\nnan,1\n4,5\n", "not a finite number"),
        ("1,2\ninf,1\n4,5\n", "not a finite number"),
    ])
    func badData(_ csv: String, _ mentions: String) throws {
        let path = try Emkit.temporaryFile(csv, name: "data.csv")
        defer { try? FileManager.default.removeItem(atPath: path) }
        try expectOneLineError(["fit", path, "--components", "2"], mentions: mentions)
    }

    @Test("bad parameters")
    func badParameters() throws {
        let data = try Emkit.temporaryFile("1,2\n3,4\n5,7\n", name: "data.csv")
        defer { try? FileManager.default.removeItem(atPath: data) }
        let model = try Emkit.temporaryFile(Self.goodModel, name: "model.json")
        defer { try? FileManager.default.removeItem(atPath: model) }
        try expectOneLineError(["fit", "/no/such/file.csv", "--components", "2"], mentions: "no such file")
        try expectOneLineError(["fit", data, "--components", "0"], mentions: "--components")
        try expectOneLineError(["fit", data, "--components", "4"], mentions: "larger than the number of points")
        try expectOneLineError(["fit", data, "--components", "two"], mentions: "--components")
        try expectOneLineError(["sample", "--model", model, "--count", "-1"], mentions: "--count")
        try expectOneLineError(["sample", "--model", model, "--count", "3", "--seed", "4294967296"], mentions: "--seed")
        try expectOneLineError(["sample", "--count", "3"], mentions: "--model")
        try expectOneLineError(["frobnicate"], mentions: "unknown command")
    }

    @Test("a component that collapses is a clear error")
    func collapse() throws {
        let data = try Emkit.temporaryFile("0,0\n0,0\n0,0\n1,1\n", name: "data.csv")
        defer { try? FileManager.default.removeItem(atPath: data) }
        try expectOneLineError(["fit", data, "--components", "2", "--seed", "0"], mentions: "collapsed")
    }
}
