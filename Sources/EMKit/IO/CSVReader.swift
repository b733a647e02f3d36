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
/// * The first line is a header when any of its cells is not a number.
/// * `columns` picks columns by header name (other columns may hold text); without it every
///   column must be numeric.
/// * Cells may be quoted (`"1",3.6,79`); blank lines are ignored; `\r\n` endings are fine.
/// * `NA` and empty cells are missing values, handled by `missing`; NaN and infinity are refused.
///
/// - Throws: `InputError` located at `source:line:column`, e.g. `data.csv:3:2: "abc" is not a number`.
public func parseNumericCSV(
    _ text: String, source: String, columns: [String]? = nil, missing: MissingValuePolicy = .reject
) throws(InputError) -> NumericTable {
    var lines: [(number: Int, cells: [String])] = []
    var lineNumber = 0
    // "\r\n" is one Character in Swift, and a newline like "\n" and "\r".
    for line in text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline) {
        lineNumber += 1
        if line.allSatisfy({ $0 == " " || $0 == "\t" }) { continue }
        lines.append((lineNumber, splitCSVLine(line)))
    }
    guard let first = lines.first else { throw InputError(file: source, "the file is empty") }

    let hasHeader = first.cells.contains { cell in
        let trimmed = cell.trimmingSpaces
        return !(trimmed.isEmpty || trimmed == "NA") && parseNumber(trimmed) == nil
    }  // as isHeaderLine decides it
    let header = hasHeader ? first.cells : nil
    let body = hasHeader ? Array(lines.dropFirst()) : lines
    guard let firstRow = body.first else { throw InputError(file: source, "has a header line but no data rows") }

    let width = header?.count ?? firstRow.cells.count
    let widthSource = hasHeader ? "the header" : "line \(firstRow.number)"
    var selected = Array(0..<width)
    if let columns {
        guard let header else { throw InputError(file: source, "has no header line, so columns cannot be chosen by name") }
        selected = []
        for name in columns {
            guard let index = header.firstIndex(of: name) else {
                throw InputError(file: source, line: first.number, "has no column named \"\(name)\" (columns: \(header.joined(separator: ", ")))")
            }
            selected.append(index)
        }
    }

    var rows: Matrix = []
    rows.reserveCapacity(body.count)
    var skipped: [Int] = []
    rowLoop: for (number, cells) in body {
        guard cells.count == width else {
            throw InputError(file: source, line: number, "has \(cells.count) cells, expected \(width) as in \(widthSource)")
        }
        var row = Vector()
        row.reserveCapacity(selected.count)
        for index in selected {
            let cell = cells[index].trimmingSpaces
            if cell.isEmpty || cell == "NA" {
                if missing == .skipRow { skipped.append(number); continue rowLoop }
                throw InputError(file: source, line: number, column: index + 1, "missing value \"\(cell)\"")
            }
            guard let value = parseNumber(cell) else {
                throw InputError(file: source, line: number, column: index + 1, "\"\(cell)\" is not a number")
            }
            guard value.isFinite else {
                throw InputError(file: source, line: number, column: index + 1, "\"\(cell)\" is not a finite number")
            }
            row.append(value)
        }
        rows.append(row)
    }
    guard !rows.isEmpty else { throw InputError(file: source, "every data row has a missing value") }
    return NumericTable(header: header, rows: rows, skippedLines: skipped)
}

/// Whether the first line of a file is a header: one of its cells is neither empty, `NA`
/// nor a number.
package func isHeaderLine(_ line: String) -> Bool {
    splitCSVLine(Substring(line)).contains { cell in
        let trimmed = cell.trimmingSpaces
        return !(trimmed.isEmpty || trimmed == "NA") && parseNumber(trimmed) == nil
    }
}

/// A cell read as a number: decimal or scientific notation, surrounding spaces ignored.
/// "nan" and "inf" parse (so they can be refused with a precise message); hex floats do not.
private func parseNumber(_ cell: String) -> Double? {
    let trimmed = cell.trimmingSpaces
    guard !trimmed.isEmpty, !trimmed.lowercased().contains("x") else { return nil }
    return Double(trimmed)
}

/// Splits one CSV line into cells, removing the quotes of quoted cells (`""` inside quotes is
/// a literal quote).
private func splitCSVLine(_ line: Substring) -> [String] {
    var cells: [String] = []
    var current = ""
    var inQuotes = false
    var iterator = line.makeIterator()
    var pending: Character? = nil
    while let character = pending ?? iterator.next() {
        pending = nil
        if inQuotes {
            if character == "\"" {
                let next = iterator.next()
                if next == "\"" { current.append("\"") } else { inQuotes = false; pending = next }
            } else {
                current.append(character)
            }
        } else if character == "\"" {
            inQuotes = true
        } else if character == "," {
            cells.append(current)
            current = ""
        } else {
            current.append(character)
        }
    }
    cells.append(current)
    return cells
}

extension String {
    var trimmingSpaces: String {
        var scalars = Substring(self)
        while let c = scalars.first, c == " " || c == "\t" { scalars.removeFirst() }
        while let c = scalars.last, c == " " || c == "\t" { scalars.removeLast() }
        return String(scalars)
    }
}
