import EMKit
import Reference
import Foundation
import Testing

@Suite("reading numeric CSV")
struct CSVReaderTests {
    func error(_ text: String, columns: [String]? = nil) -> String? {
        do {
            _ = try parseNumericCSV(text, source: "data.csv", columns: columns)
            return nil
        } catch {
            return error.description
        }
    }

    @Test("numbers with and without a header, quotes, CRLF and blank lines")
    func reads() throws {
        let plain = try parseNumericCSV("1,2\n3.5,-4e-2\n", source: "a.csv")
        #expect(plain.header == nil)
        #expect(plain.rows == [[1, 2], [3.5, -0.04]])
        let faithful = try parseNumericCSV("\"\",\"eruptions\",\"waiting\"\r\n\"1\",3.6,79\r\n\r\n\"2\",1.8,54\r\n", source: "b.csv")
        #expect(faithful.header == ["", "eruptions", "waiting"])
        #expect(faithful.rows == [[1, 3.6, 79], [2, 1.8, 54]])
    }

    @Test("columns by name, and rows with NA skipped and counted when asked")
    func columnsAndMissing() throws {
        let text = "species,x,y\nAdelie,1,2\nGentoo,NA,3\nChinstrap,4,5\n"
        let table = try parseNumericCSV(text, source: "p.csv", columns: ["y", "x"], missing: .skipRow)
        #expect(table.rows == [[2, 1], [5, 4]])
        #expect(table.skippedLines == [3])
        #expect(error(text, columns: ["x", "y"]) == "data.csv:3:2: missing value \"NA\"")
        #expect(error(text, columns: ["z"])?.hasPrefix("data.csv:1: has no column named \"z\"") == true)
    }

    @Test("each kind of bad file gets one line naming the place", arguments: [
        ("", "data.csv: the file is empty"),
        ("\n  \n", "data.csv: the file is empty"),
        ("x,y\n", "data.csv: has a header line but no data rows"),
        ("x,y\n1,2\n3,abc\n", "data.csv:3:2: \"abc\" is not a number"),
        ("1,2\n3\n", "data.csv:2: has 1 cells, expected 2 as in line 1"),
        ("x,y\n1,2\n3,4,5\n", "data.csv:3: has 3 cells, expected 2 as in the header"),
        ("1,2\nnan,4\n", "data.csv:2:1: \"nan\" is not a finite number"),
        ("1,inf\n", "data.csv:1:2: \"inf\" is not a finite number"),
        ("1,2\n3,\n", "data.csv:2:2: missing value \"\""),
        // The grammar: line ends are \n, \r\n and \r only; control characters are refused
        // where they are; quotes balance; numbers whose squares overflow are named as such.
        ("1,2\n5\u{0}abc,3\n", "data.csv:2:1: control character U+0000 is not allowed (lines end with \\n, \\r\\n or \\r)"),
        ("1\n3\u{85}4\n", "data.csv:2:1: control character U+0085 is not allowed (lines end with \\n, \\r\\n or \\r)"),
        ("1\n3\u{0B}4\n", "data.csv:2:1: control character U+000B is not allowed (lines end with \\n, \\r\\n or \\r)"),
        ("1\n3\u{0C}4\n", "data.csv:2:1: control character U+000C is not allowed (lines end with \\n, \\r\\n or \\r)"),
        ("1\n3\u{2028}4\n", "data.csv:2:1: \"3\\u{2028}4\" is not a number"),
        ("1\r2\r\nabc\n", "data.csv:3:1: \"abc\" is not a number"),
        ("1\n\r\n\r\nabc\n", "data.csv:4:1: \"abc\" is not a number"),
        ("1,2\n3,\"4\n", "data.csv:2:2: the quote that opens this cell is not closed on its line"),
        ("1,2\n3,4\"\n", "data.csv:2:2: a quote inside an unquoted cell (quote the whole cell, and double each quote inside it)"),
        ("1,2\n\"3\"x,4\n", "data.csv:2:1: text after the closing quote of a quoted cell"),
        ("1,2\n3,1e200\n", "data.csv:2:2: \"1e200\" overflows: the kit reads numbers within ±1e100, as squares and sums of squares of larger ones overflow double precision"),
        ("1,2\n3,\(String(repeating: "x", count: 1000))\n", "data.csv:2:2: \"\(String(repeating: "x", count: 40))\" (960 more characters) is not a number"),
        (String(repeating: "1,", count: 1000) + "1\n", "data.csv:1: has 1,001 columns; the kit reads at most 1,000"),
        // A first line with a number in it is data, so a damaged cell there is an error, not a header.
        ("1,2x\n3,4\n", "data.csv:1:2: \"2x\" is not a number"),
        ("-\u{2028}5,2\n3,4\n", "data.csv:1:1: \"-\\u{2028}5\" is not a number"),
    ])
    func badFiles(_ text: String, _ expected: String) {
        #expect(error(text) == expected)
    }

    @Test("a byte-order mark is dropped, not read as a header; quoted cells may hold commas and quotes")
    func byteOrderMarkAndQuotes() throws {
        let table = try parseNumericCSV("\u{FEFF}1,2\n3,4\n", source: "bom.csv")
        #expect(table.header == nil)
        #expect(table.rows == [[1, 2], [3, 4]])
        let quoted = try parseNumericCSV("\"a,\"\"b\"\"\", c\n \"1\" ,2\n", source: "q.csv")
        #expect(quoted.header == ["a,\"b\"", " c"])
        #expect(quoted.rows == [[1, 2]])
    }

    @Test("more numbers than the cap are refused at the line where the cap is passed")
    func valueCap() throws {
        #expect(InputLimits.maxValues == 10_000_000)
        let text = String(repeating: "1,2,3\n", count: 4) + "\n" + String(repeating: "1,2,3\n", count: 4)
        #expect(try parseNumericCSV(text, source: "data.csv", maxValues: 24).rows.count == 8)
        #expect(throws: InputError(location: "data.csv:9", "more than 21 numbers; the kit reads at most that many (points × columns)")) {
            try parseNumericCSV(text, source: "data.csv", maxValues: 21)
        }
    }

    @Test("a file over the size limit, and bytes that are not UTF-8, are refused naming the place")
    func sizeAndEncoding() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("emkit-csv-\(UUID().uuidString).csv")
        defer { try? FileManager.default.removeItem(at: url) }
        let text = Data("1,2\n3,4\r5,\u{e9}\n".utf8)
        try text.write(to: url)
        #expect(throws: InputError(location: url.path, "is \(text.count) bytes; the kit reads files of at most 10 bytes")) {
            try readFileBytes(url.path, limit: 10)
        }
        var bytes = Array("1,2\n3,4\r5,6".utf8)
        bytes.insert(0xFF, at: bytes.count - 1)
        try Data(bytes).write(to: url)
        #expect(throws: InputError(location: "\(url.path):3", "byte 0xFF at character 3 is not UTF-8 text")) {
            try readNumericCSV(path: url.path)
        }
        #expect(throws: InputError(location: "\(url.path):3", "byte 0xFF at character 3 is not UTF-8 text")) {
            try readDataMatrix(path: url.path)
        }
        #expect(throws: InputError(location: "/dev/null", "the file is empty")) { try readNumericCSV(path: "/dev/null") }
    }

    @Test("a missing file is an error naming it")
    func missingFile() {
        #expect(throws: InputError(location: "/no/such/file.csv", "no such file")) {
            try readNumericCSV(path: "/no/such/file.csv")
        }
    }
}
