import Foundation
import Testing

/// Issue 16: what a fuzzer found, one line each: the input, the exit status, and the exact
/// line on stderr (`$FILE` stands for the input file's path). Before the fix each of these
/// trapped, read the wrong data with exit 0, printed inf, or said neither where nor what.
@Suite("issue 16: fuzzed bad input gets one line naming the place")
struct FuzzRegressionTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var name: String
        var file: [UInt8]?
        var arguments: [String]
        var status: Int32
        var stderr: String
        var testDescription: String { name }
    }

    static func bytes(_ text: String) -> [UInt8] { Array(text.utf8) }
    /// `count` lines of `columns` small whole numbers.
    static func rows(_ count: Int, columns: Int) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(count * columns * 2)
        for i in 0..<count {
            for j in 0..<columns {
                if j > 0 { out.append(UInt8(ascii: ",")) }
                out.append(UInt8(ascii: "0") + UInt8((i * 7 + j * 3) % 10))
            }
            out.append(10)
        }
        return out
    }
    static let model = #"{"weights": [1], "means": [[0, 0]], "covariances": [[[1, 0], [0, 1]]]}"#
    static let overflowNote = "overflows: the kit reads numbers within ±1e100, as squares and sums of squares of larger ones overflow double precision"
    static let lineEnds = "is not allowed (lines end with \\n, \\r\\n or \\r)"

    static let cases: [Case] = [
        // Traps on size: checked before anything of that size is allocated.
        Case(name: "20,000 columns, 3 rows", file: rows(3, columns: 20_000), arguments: ["fit", "$FILE", "--components", "1"], status: 1,
             stderr: "fit: $FILE:1: has 20,000 columns; the kit reads at most 1,000"),
        Case(name: "10⁶ columns, --init random", file: rows(2, columns: 1_000_000), arguments: ["fit", "$FILE", "--components", "1", "--init", "random"], status: 1,
             stderr: "fit: $FILE:1: has 1,000,000 columns; the kit reads at most 1,000"),
        Case(name: "10⁶ columns, bench", file: rows(2, columns: 1_000_000), arguments: ["bench", "--data", "$FILE", "--components", "1", "--iterations", "1"], status: 1,
             stderr: "bench: $FILE:1: has 1,000,000 columns; the kit reads at most 1,000"),
        Case(name: "K · d² over the cap", file: rows(20, columns: 900), arguments: ["fit", "$FILE", "--components", "15", "--init", "kmeans++"], status: 1,
             stderr: "fit: --components: K · d² = 15 · 900² covariance numbers is more than the 10,000,000 the kit holds (20 points × 900 columns in $FILE)"),
        Case(name: "N · K over the cap", file: rows(30_000, columns: 1), arguments: ["fit", "$FILE", "--components", "1000", "--init", "random"], status: 1,
             stderr: "fit: --components: N · K = 30,000 · 1,000 responsibilities is more than the 25,000,000 the kit holds (30,000 points × 1 columns in $FILE)"),
        Case(name: "notebook start with N ≤ d", file: rows(5, columns: 10), arguments: ["fit", "$FILE", "--components", "1"], status: 1,
             stderr: "fit: $FILE: has 5 points of 10 columns: the notebook EM needs more points than columns, as the covariance of N ≤ d points is singular (--init random or kmeans++ regularise it)"),
        // Silent misreads: now refused at file:line:column.
        Case(name: "NUL inside a cell", file: bytes("1,2\n5\u{0}abc,3\n4,5\n"), arguments: ["fit", "$FILE", "--components", "1"], status: 1,
             stderr: "fit: $FILE:2:1: control character U+0000 \(lineEnds)"),
        Case(name: "vertical tab", file: bytes("1\n3\u{0B}4\n5\n"), arguments: ["fit", "$FILE", "--components", "1"], status: 1,
             stderr: "fit: $FILE:2:1: control character U+000B \(lineEnds)"),
        Case(name: "form feed", file: bytes("1\n2\n3\u{0C}4\n5\n"), arguments: ["fit", "$FILE", "--components", "1"], status: 1,
             stderr: "fit: $FILE:3:1: control character U+000C \(lineEnds)"),
        Case(name: "U+0085", file: bytes("1\n3\u{85}4\n5\n"), arguments: ["fit", "$FILE", "--components", "1"], status: 1,
             stderr: "fit: $FILE:2:1: control character U+0085 \(lineEnds)"),
        Case(name: "U+2028 is not a line end", file: bytes("1\n3\u{2028}4\n5\n"), arguments: ["fit", "$FILE", "--components", "1"], status: 1,
             stderr: "fit: $FILE:2:1: \"3\\u{2028}4\" is not a number"),
        Case(name: "U+2029, and line numbers after \\r", file: bytes("1\r2\r\n3\n4\u{2029}\n"), arguments: ["fit", "$FILE", "--components", "1"], status: 1,
             stderr: "fit: $FILE:4:1: \"4\\u{2029}\" is not a number"),
        Case(name: "an unclosed quote", file: bytes("1,2\n3,\"4\n5,6\n"), arguments: ["fit", "$FILE", "--components", "1"], status: 1,
             stderr: "fit: $FILE:2:2: the quote that opens this cell is not closed on its line"),
        Case(name: "a stray quote", file: bytes("1,2\n3,4\"\n5,6\n"), arguments: ["fit", "$FILE", "--components", "1"], status: 1,
             stderr: "fit: $FILE:2:2: a quote inside an unquoted cell (quote the whole cell, and double each quote inside it)"),
        // Non-finite output: overflow is named where it is.
        Case(name: "a covariance that overflows the SVD", file: bytes(#"{"weights": [1], "means": [[0, 0]], "covariances": [[[1.7e308, 1e308], [1e308, 1.7e308]]]}"#),
             arguments: ["sample", "--model", "$FILE", "--count", "3"], status: 1, stderr: "sample: $FILE:1:55: \"1.7e308\" \(overflowNote)"),
        Case(name: "data at 1e154", file: bytes("1,2\n1e154,3\n4,5\n6,1\n"), arguments: ["fit", "$FILE", "--components", "1", "--init", "random"], status: 1,
             stderr: "fit: $FILE:2:1: \"1e154\" \(overflowNote)"),
        // Errors that now say where and what.
        Case(name: "a JSON syntax error", file: bytes("{\"weights\": [1],\n  \"means\": [[0, 0]\n  \"covariances\": [[[1, 0], [0, 1]]]}"),
             arguments: ["sample", "--model", "$FILE", "--count", "3"], status: 1, stderr: "sample: $FILE:3:3: not valid JSON: expected \",\" or \"]\" after an array element, found \"\\\"\""),
        Case(name: "1e400 is valid JSON that overflows", file: bytes(#"{"weights": [1], "means": [[0, 1e400]], "covariances": [[[1, 0], [0, 1]]]}"#),
             arguments: ["sample", "--model", "$FILE", "--count", "3"], status: 1, stderr: "sample: $FILE:1:32: \"1e400\" \(overflowNote)"),
        Case(name: "means: [0, 3]", file: bytes(#"{"weights": [1], "means": [0, 3], "covariances": [[[1, 0], [0, 1]]]}"#),
             arguments: ["sample", "--model", "$FILE", "--count", "3"], status: 1, stderr: "sample: $FILE: means[0]: expected an array of numbers, found a number"),
        Case(name: "/dev/null", file: nil, arguments: ["sample", "--model", "/dev/null", "--count", "3"], status: 1,
             stderr: "sample: /dev/null: the file is empty"),
        Case(name: "a 20 MB cell", file: bytes("1,2\n3," + String(repeating: "x", count: 20_000_000) + "\n"), arguments: ["fit", "$FILE", "--components", "1"], status: 1,
             stderr: "fit: $FILE:2:2: \"\(String(repeating: "x", count: 40))\" (19,999,960 more characters) is not a number"),
        Case(name: "an escape sequence in a cell", file: bytes("1,2\n3,\u{1B}[31m\n"), arguments: ["fit", "$FILE", "--components", "1"], status: 1,
             stderr: "fit: $FILE:2:2: control character U+001B \(lineEnds)"),
        Case(name: "an escape sequence in a path", file: nil, arguments: ["fit", "/no/such/\u{1B}[31mred\u{7}.csv", "--components", "1"], status: 1,
             stderr: "fit: /no/such/\\u{1B}[31mred\\u{7}.csv: no such file"),
        Case(name: "-k 2", file: nil, arguments: ["fit", "-k", "2"], status: 1,
             stderr: "fit: -k: unknown option; options start with -- (this command takes --components, --covariance, --init, --json, --max-iterations, --regularization, --restarts, --seed, --tolerance)"),
        Case(name: "fit with no file", file: nil, arguments: ["fit", "--components", "2"], status: 1,
             stderr: "fit: expects one data file (emkit fit DATA.csv --components K)"),
        Case(name: "--json=1", file: nil, arguments: ["fit", "x.csv", "--components", "1", "--json=1"], status: 1,
             stderr: "fit: --json: is a switch and takes no value (got \"1\"; write --json alone)"),
        Case(name: "an option given twice", file: nil, arguments: ["sample", "--model", "m.json", "--count", "3", "--count", "4"], status: 1,
             stderr: "sample: --count: is given twice"),
    ]

    @Test("one line, the exit status and the message", arguments: cases)
    func regression(_ test: Case) throws {
        var path = ""
        if let file = test.file {
            path = FileManager.default.temporaryDirectory.appendingPathComponent("emkit-fuzz-\(UUID().uuidString)").path
            try Data(file).write(to: URL(fileURLWithPath: path))
        }
        defer { if !path.isEmpty { try? FileManager.default.removeItem(atPath: path) } }
        let run = try Emkit.run(test.arguments.map { $0.replacingOccurrences(of: "$FILE", with: path) })
        #expect(!run.crashed)
        #expect(run.status == test.status, "stderr: \(run.stderr)")
        #expect(run.stdout.isEmpty)
        #expect(run.stderr == "emkit: " + test.stderr.replacingOccurrences(of: "$FILE", with: path) + "\n")
    }

    @Test("a byte-order mark is not a header: the file reads as without it")
    func byteOrderMark() throws {
        let plain = try Emkit.temporaryFile("1,2\n3,4\n5,7\n", name: "plain.csv")
        let marked = try Emkit.temporaryFile("\u{FEFF}1,2\n3,4\n5,7\n", name: "bom.csv")
        defer { for path in [plain, marked] { try? FileManager.default.removeItem(atPath: path) } }
        let a = try Emkit.run(["fit", plain, "--components", "1", "--json"])
        let b = try Emkit.run(["fit", marked, "--components", "1", "--json"])
        #expect(a.status == 0 && b.status == 0, "\(b.stderr)")
        #expect(a.stdout == b.stdout)
        #expect(b.stdout.contains("\"means\": [[3.0, 4.333333333333333]]"), "three points, none dropped: \(b.stdout)")
    }

    @Test("emkit with no command: the help on stderr and exit 64; --help: the help on stdout and exit 0")
    func noCommand() throws {
        let bare = try Emkit.run([])
        #expect(bare.status == 64)
        #expect(bare.stdout.isEmpty)
        #expect(bare.stderr.contains("Usage: emkit COMMAND") && bare.stderr.hasSuffix("emkit: no command given\n"))
        let help = try Emkit.run(["--help"])
        #expect(help.status == 0)
        #expect(help.stderr.isEmpty && help.stdout.contains("Usage: emkit COMMAND"))
    }

    @Test("emkit sample streams: the first points of 10⁸ arrive before the rest are drawn, as the first points of 10³")
    func sampleStreams() throws {
        let model = try Emkit.temporaryFile(Self.model, name: "model.json")
        defer { try? FileManager.default.removeItem(atPath: model) }
        let small = try Emkit.run(["sample", "--model", model, "--count", "1000", "--seed", "7"])
        #expect(small.status == 0)
        let program = try #require(Emkit.executable)
        // `head` stops the run after 1,000 lines. Kept in memory, 10⁸ points would need about
        // 3 GB before the first line is written, and the run died there.
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", "\"$0\" sample --model \"$1\" --count 100000000 --seed 7 | head -n 1000", program.path, model]
        let out = Pipe()
        process.standardOutput = out
        process.standardError = FileHandle.nullDevice
        try process.run()
        let received = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let lines = String(decoding: received, as: UTF8.self).split(separator: "\n")
        #expect(lines.joined(separator: "\n") + "\n" == small.stdout)
    }
}
