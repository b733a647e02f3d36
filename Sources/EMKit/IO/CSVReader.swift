/// A table of numbers read from a CSV file.
public struct NumericTable: Sendable, Equatable {
    /// The column names, when the file has a header line.
    public var header: [String]?
    /// One row per data line that was kept.
    public var rows: Matrix
    /// Line numbers (from 1) of rows skipped because a cell was a missing value.
    public var skippedLines: [Int]
}

/// What to do with a cell that says a value is missing (`NA`, `NaN`-free empty cells, …).
public enum MissingValuePolicy: Sendable {
    /// Stop with an error naming the cell.
    case reject
    /// Leave the row out and record its line number in `NumericTable.skippedLines`.
    case skipRow
}

/// Reads a CSV file of numbers; see `parseNumericCSV(_:source:columns:missing:)`.
public func readNumericCSV(
    path: String, columns: [String]? = nil, missing: MissingValuePolicy = .reject
) throws(InputError) -> NumericTable {
    try parseNumericCSV(readTextFile(path), source: path, columns: columns, missing: missing)
}

/// Parses CSV text whose cells are numbers.
///
/// The grammar (the README's bad-input paragraph states it too):
///
/// * A UTF-8 byte-order mark at the very start is dropped.
/// * Lines end with `\n`, `\r\n` or `\r`, nothing else. A line of spaces and tabs is blank and
///   skipped; line numbers count every line end, blank lines included.
/// * Cells are separated by commas. A cell is plain text without quotes, or a quoted cell
///   (`"1"`, `"a,b"`, `"say ""hi"""`) that closes on its own line, with only spaces or tabs
///   around it. Spaces and tabs around a cell are ignored.
/// * Control characters (U+0000–U+001F but tab, U+007F–U+009F: NUL, vertical tab, form feed,
///   U+0085, …) are refused wherever they are.
/// * The first line is a header when none of its cells is a number and one is text (not empty
///   or `NA`); a first line that mixes numbers and text is a data row with a bad cell.
/// * `columns` picks columns by header name (other columns may hold text); without it every
///   column must be numeric.
/// * `NA` and empty cells are missing values, handled by `missing`; NaN and infinity are
///   refused, and so are numbers beyond ±`InputLimits.maxMagnitude`, whose squares overflow.
/// * At most `InputLimits.maxColumns` columns are read and `maxValues` numbers (by default
///   `InputLimits.maxValues`).
///
/// - Throws: `InputError` located at `source:line:column`, where column counts cells from 1,
///   e.g. `data.csv:3:2: "abc" is not a number`. Echoed cells are shortened and escaped.
public func parseNumericCSV(
    _ text: String, source: String, columns: [String]? = nil, missing: MissingValuePolicy = .reject,
    maxValues: Int = InputLimits.maxValues
) throws(InputError) -> NumericTable {
    var records = CSVRecords(text, source: source)
    var first: CSVRecords.Record? = nil
    while let record = try records.next() {
        if !record.isBlank { first = record; break }
    }
    guard let first else { throw InputError(file: source, "the file is empty") }

    let hasHeader = isHeader(first.cells)
    let header = hasHeader ? first.cells : nil
    var pending: CSVRecords.Record? = hasHeader ? nil : first
    func nextRow() throws(InputError) -> CSVRecords.Record? {
        if let row = pending { pending = nil; return row }
        while let record = try records.next() {
            if !record.isBlank { return record }
        }
        return nil
    }
    guard let firstRow = try nextRow() else { throw InputError(file: source, "has a header line but no data rows") }
    pending = firstRow

    let width = header?.count ?? firstRow.cells.count
    let widthSource = hasHeader ? "the header" : "line \(firstRow.line)"
    var selected = Array(0..<width)
    if let columns {
        guard let header else { throw InputError(file: source, "has no header line, so columns cannot be chosen by name") }
        selected = []
        for name in columns {
            guard let index = header.firstIndex(of: name) else {
                let names = header.prefix(20).map { InputError.quoted($0) }.joined(separator: ", ") + (header.count > 20 ? ", …" : "")
                throw InputError(file: source, line: first.line, "has no column named \(InputError.quoted(name)) (columns: \(names))")
            }
            selected.append(index)
        }
    }
    guard selected.count <= InputLimits.maxColumns else {
        throw InputError(file: source, line: first.line, "has \(selected.count.thousandsGrouped) columns; the kit reads at most \(InputLimits.maxColumns.thousandsGrouped)")
    }

    var rows: Matrix = []
    var skipped: [Int] = []
    var valueCount = 0
    rowLoop: while let record = try nextRow() {
        let number = record.line, cells = record.cells
        guard cells.count == width else {
            throw InputError(file: source, line: number, "has \(cells.count) cells, expected \(width) as in \(widthSource)")
        }
        valueCount += selected.count
        guard valueCount <= maxValues else {
            throw InputError(file: source, line: number, "more than \(maxValues.thousandsGrouped) numbers; the kit reads at most that many (points × columns)")
        }
        var row = Vector()
        row.reserveCapacity(selected.count)
        for index in selected {
            let cell = cells[index].trimmingSpaces
            if cell.isEmpty || cell == "NA" {
                if missing == .skipRow { skipped.append(number); continue rowLoop }
                throw InputError(file: source, line: number, column: index + 1, "missing value \(InputError.quoted(cell))")
            }
            guard let value = parseNumber(cell) else {
                throw InputError(file: source, line: number, column: index + 1, "\(InputError.quoted(cell)) is not a number")
            }
            guard !value.isNaN, !(value.isInfinite && cell.contains(where: { $0 == "i" || $0 == "I" })) else {
                throw InputError(file: source, line: number, column: index + 1, "\(InputError.quoted(cell)) is not a finite number")
            }
            guard abs(value) <= InputLimits.maxMagnitude else {
                throw InputError(file: source, line: number, column: index + 1, tooLargeMessage(cell))
            }
            row.append(value)
        }
        rows.append(row)
    }
    guard !rows.isEmpty else { throw InputError(file: source, "every data row has a missing value") }
    return NumericTable(header: header, rows: rows, skippedLines: skipped)
}

/// The message for a number beyond ±`InputLimits.maxMagnitude`.
func tooLargeMessage(_ literal: some StringProtocol) -> String {
    "\(InputError.quoted(literal)) overflows: the kit reads numbers within ±\(InputLimits.maxMagnitudeText), as squares and sums of squares of larger ones overflow double precision"
}

/// Whether the first line of a file is a header, as `parseNumericCSV` decides it.
package func isHeaderLine(_ line: String) -> Bool {
    var records = CSVRecords(line, source: "")
    guard let record = try? records.next() else { return false }
    return isHeader(record.cells)
}

/// A first line is a header when none of its cells is a number and one of them is text (not
/// empty, not `NA`). A line that mixes numbers and text is a data row with a bad cell: were it
/// a header, one damaged cell in the first row would silently drop that row.
private func isHeader(_ cells: [String]) -> Bool {
    var text = false
    for cell in cells {
        let trimmed = cell.trimmingSpaces
        if trimmed.isEmpty || trimmed == "NA" { continue }
        if parseNumber(trimmed) != nil { return false }
        text = true
    }
    return text
}

/// A cell read as a number: decimal or scientific notation (ASCII digits, sign, point,
/// exponent), surrounding spaces ignored. "nan" and "inf" parse (so they can be refused with
/// a precise message); hex floats and anything else do not.
private func parseNumber(_ cell: String) -> Double? {
    let trimmed = cell.trimmingSpaces
    guard !trimmed.isEmpty else { return nil }
    let plain = trimmed.utf8.allSatisfy { (48...57).contains($0) || $0 == 43 || $0 == 45 || $0 == 46 || $0 == 101 || $0 == 69 }
    if !plain {
        var word = trimmed.lowercased()
        if word.hasPrefix("+") || word.hasPrefix("-") { word.removeFirst() }
        guard ["nan", "inf", "infinity"].contains(word) else { return nil }
    }
    return Double(trimmed)
}

/// The lines of CSV text split into cells by the grammar of `parseNumericCSV`, one line at a
/// time; quotes are removed from quoted cells.
struct CSVRecords {
    struct Record {
        /// The line number, from 1.
        var line: Int
        var cells: [String]
        /// True for a line of only spaces and tabs (no quotes).
        var isBlank: Bool
    }

    private var scalars: String.UnicodeScalarView.Iterator
    private var lookahead: Unicode.Scalar?
    private var atEnd = false
    private var line = 0
    private let source: String

    init(_ text: String, source: String) {
        scalars = text.unicodeScalars.makeIterator()
        self.source = source
        lookahead = scalars.next()
        if lookahead == "\u{FEFF}" { lookahead = scalars.next() }
        atEnd = lookahead == nil
    }

    private mutating func read() -> Unicode.Scalar? {
        if let scalar = lookahead { lookahead = nil; return scalar }
        return scalars.next()
    }

    private mutating func peek() -> Unicode.Scalar? {
        if lookahead == nil { lookahead = scalars.next() }
        return lookahead
    }

    static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        (scalar.value < 0x20 && scalar != "\t") || (0x7F...0x9F).contains(scalar.value)
    }

    /// The next line, or nil after the last one. A final line end does not start another line.
    mutating func next() throws(InputError) -> Record? {
        guard !atEnd else { return nil }
        line += 1
        enum State { case before, plain, quoted, afterQuote }
        var state = State.before
        var cells: [String] = []
        var current = ""
        var blank = true
        func fail(_ message: String) -> InputError {
            InputError(file: source, line: line, column: cells.count + 1, message)
        }
        while true {
            guard let scalar = read() else {
                atEnd = true
                break
            }
            if scalar == "\n" || scalar == "\r" {
                if scalar == "\r", peek() == "\n" { _ = read() }
                if peek() == nil { atEnd = true }
                if state == .quoted { throw fail("the quote that opens this cell is not closed on its line") }
                break
            }
            if Self.isControl(scalar) {
                let code = String(scalar.value, radix: 16, uppercase: true)
                throw fail("control character U+\(String(repeating: "0", count: max(0, 4 - code.count)) + code) is not allowed (lines end with \\n, \\r\\n or \\r)")
            }
            switch state {
            case .before:
                if scalar == "\"" {
                    state = .quoted; current = ""; blank = false
                } else if scalar == "," {
                    cells.append(current); current = ""; blank = false
                } else {
                    current.unicodeScalars.append(scalar)
                    if scalar != " " && scalar != "\t" { state = .plain; blank = false }
                }
            case .plain:
                if scalar == "\"" {
                    throw fail("a quote inside an unquoted cell (quote the whole cell, and double each quote inside it)")
                } else if scalar == "," {
                    cells.append(current); current = ""; state = .before
                } else {
                    current.unicodeScalars.append(scalar)
                }
            case .quoted:
                if scalar == "\"" {
                    if peek() == "\"" { _ = read(); current.append("\"") } else { state = .afterQuote }
                } else {
                    current.unicodeScalars.append(scalar)
                }
            case .afterQuote:
                if scalar == "," {
                    cells.append(current); current = ""; state = .before
                } else if scalar != " " && scalar != "\t" {
                    throw fail("text after the closing quote of a quoted cell")
                }
            }
        }
        if state == .quoted { throw fail("the quote that opens this cell is not closed on its line") }
        cells.append(current)
        return Record(line: line, cells: cells, isBlank: blank)
    }
}

extension String {
    var trimmingSpaces: String {
        var scalars = Substring(self)
        while let c = scalars.first, c == " " || c == "\t" { scalars.removeFirst() }
        while let c = scalars.last, c == " " || c == "\t" { scalars.removeLast() }
        return String(scalars)
    }
}
