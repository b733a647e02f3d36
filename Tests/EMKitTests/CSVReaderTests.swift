import EMKit
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
    ])
    func badFiles(_ text: String, _ expected: String) {
        #expect(error(text) == expected)
    }

    @Test("a missing file is an error naming it")
    func missingFile() {
        #expect(throws: InputError(location: "/no/such/file.csv", "no such file")) {
            try readNumericCSV(path: "/no/such/file.csv")
        }
    }
}
