import EMKit
import Reference
import Foundation
import Testing

/// `readDataMatrix` (the byte-level fast path) reads what `parseNumericCSV` reads, and fails
/// with the same one-line messages.
@Suite("reading a CSV file fast into flat storage")
struct FastCSVReaderTests {
    func write(_ text: String) throws -> String {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("emkit-fastcsv-\(UUID().uuidString).csv")
        try text.write(to: url, atomically: true, encoding: .utf8)
        return url.path
    }

    @Test("the same numbers as the general parser", arguments: [
        "1,2\n3.5,-4e-2\n",
        "x,y\n1,2\n3,4\n",
        "x , y\r\n 1 , 2 \r\n\r\n3,\t4\r\n",
        "0.1,1e-300,123456789012345678901234567890\n-0,+5,.5\n",
        "\"\",\"eruptions\",\"waiting\"\r\n\"1\",3.6,79\r\n\"2\",1.8,54\r\n",
        "1\n2\n3",
    ])
    func sameAsGeneralParser(_ text: String) throws {
        let path = try write(text)
        defer { try? FileManager.default.removeItem(atPath: path) }
        let fast = try readDataMatrix(path: path)
        let general = try parseNumericCSV(text, source: path).rows
        #expect(fast.matrix == general)
        #expect(fast.rows == general.count && fast.columns == general[0].count)
    }

    @Test("bad files get the general parser's message", arguments: [
        ("", ": the file is empty"),
        ("x,y\n", ": has a header line but no data rows"),
        ("x,y\n1,2\n3,abc\n", ":3:2: \"abc\" is not a number"),
        ("1,2\n3\n", ":2: has 1 cells, expected 2 as in line 1"),
        ("x,y\n1,2\n3,4,5\n", ":3: has 3 cells, expected 2 as in the header"),
        ("1,2\nnan,4\n", ":2:1: \"nan\" is not a finite number"),
        ("1,2\n1e999,4\n", ":2:1: \"1e999\" overflows: the kit reads numbers within ±1e100, as squares and sums of squares of larger ones overflow double precision"),
        ("1,2\n3,1e101\n", ":2:2: \"1e101\" overflows: the kit reads numbers within ±1e100, as squares and sums of squares of larger ones overflow double precision"),
        ("1,2\n3,4\u{0}\n", ":2:2: control character U+0000 is not allowed (lines end with \\n, \\r\\n or \\r)"),
        ("x,y\u{1}\n3,4\n", ":1:2: control character U+0001 is not allowed (lines end with \\n, \\r\\n or \\r)"),
        ("1,2\n3,\n", ":2:2: missing value \"\""),
        ("1,2\n3,1-2\n", ":2:2: \"1-2\" is not a number"),
    ])
    func badFiles(_ text: String, _ expected: String) throws {
        let path = try write(text)
        defer { try? FileManager.default.removeItem(atPath: path) }
        #expect(throws: InputError.self) { try readDataMatrix(path: path) }
        do {
            _ = try readDataMatrix(path: path)
        } catch {
            #expect(error.description == path + expected)
        }
    }

    @Test("a missing file is an error naming it")
    func missingFile() {
        #expect(throws: InputError(location: "/no/such/file.csv", "no such file")) { try readDataMatrix(path: "/no/such/file.csv") }
    }
}
