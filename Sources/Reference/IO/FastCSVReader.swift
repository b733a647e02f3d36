// edition: omit (reads data for emkit fit and bench, instructor tools built on the reference engine)
import EMKit
import Foundation

/// Reads a CSV file of numbers straight into flat storage, fast enough for millions of rows.
///
/// The fast path reads bytes: a first line that is a header (decided as `parseNumericCSV`
/// decides it), then lines of plain numbers (digits, sign, point, exponent, surrounding
/// spaces), each parsed with `strtod`, which rounds correctly like `Double(String)`. Anything
/// else (quotes, missing values, NaN, a bad cell, a ragged row, `\r` alone) hands the whole
/// file to `parseNumericCSV`, so every error message — `data.csv:3:2: "abc" is not a number`
/// — and every accepted file reads exactly as there.
///
/// - Throws: `InputError` naming the file, line and column.
public func readDataMatrix(path: String) throws(InputError) -> DataMatrix {
    var bytes = try readFileBytes(path)
    if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }  // a UTF-8 byte-order mark
    if let fast = parsePlainNumbers(bytes) { return fast }
    guard let text = String(data: bytes, encoding: .utf8) else { throw firstNonUTF8Byte(bytes, source: path) }
    let rows = try parseNumericCSV(text, source: path).rows
    return try DataMatrix(rows)
}

/// The fast path; nil when the file needs the general parser.
///
/// Works on the file's bytes in place when they end with a newline (which stops `strtod` at
/// the last number); otherwise on a copy with a newline added.
private func parsePlainNumbers(_ bytes: Data) -> DataMatrix? {
    if bytes.last == 10 {
        return bytes.withUnsafeBytes { raw in
            raw.baseAddress.flatMap { parsePlainNumbers(UnsafePointer($0.assumingMemoryBound(to: UInt8.self)), count: raw.count) }
        }
    }
    let copy = [UInt8](bytes) + [10]
    return copy.withUnsafeBufferPointer { memory in
        memory.baseAddress.flatMap { parsePlainNumbers($0, count: memory.count) }
    }
}

/// The fast path over `count` bytes whose last byte is a newline.
private func parsePlainNumbers(_ base: UnsafePointer<UInt8>, count: Int) -> DataMatrix? {
    do {
        let end = count
        var position = 0
        var values: [Double] = []
        values.reserveCapacity(end / 8)
        var columns = -1, rows = 0, firstLine = true
        while position < end {
            var lineEnd = position
            while lineEnd < end, base[lineEnd] != 10 { lineEnd += 1 }
            var contentEnd = lineEnd
            if contentEnd > position, base[contentEnd - 1] == 13 { contentEnd -= 1 }
            defer { position = lineEnd + 1 }
            var blank = true
            for i in position..<contentEnd {
                let c = base[i]
                // a lone \r, a quote, a control or non-ASCII byte: general parser
                if c == 13 || c == 34 || (c < 32 && c != 9) || c >= 127 { return nil }
                if c != 32, c != 9 { blank = false }
            }
            if blank { continue }
            if firstLine {
                firstLine = false
                let line = String(decoding: UnsafeBufferPointer(start: base + position, count: contentEnd - position), as: UTF8.self)
                if isHeaderLine(line) {
                    columns = line.split(separator: ",", omittingEmptySubsequences: false).count
                    continue
                }
            }
            var cells = 0
            var cursor = position
            while true {
                guard let value = plainNumber(base, from: cursor, to: contentEnd) else { return nil }
                values.append(value.number)
                cells += 1
                cursor = value.next
                if cursor >= contentEnd { break }
                cursor += 1  // the comma
            }
            if columns < 0 { columns = cells } else if cells != columns { return nil }
            rows += 1
            if values.count > InputLimits.maxValues { return nil }
        }
        guard rows > 0, columns > 0, columns <= InputLimits.maxColumns else { return nil }
        return try? DataMatrix(values: values, rows: rows, columns: columns)
    }
}

/// Parses one plain number cell starting at `from`; returns it and the index of the comma
/// after it (or `to`), or nil if the cell is not a plain finite number.
@inline(__always)
private func plainNumber(_ base: UnsafePointer<UInt8>, from: Int, to: Int) -> (number: Double, next: Int)? {
    var start = from
    while start < to, base[start] == 32 || base[start] == 9 { start += 1 }
    var stop = start
    var digits = false
    while stop < to {
        let c = base[stop]
        if c >= 48 && c <= 57 { digits = true } else if !(c == 43 || c == 45 || c == 46 || c == 101 || c == 69) { break }
        stop += 1
    }
    guard digits else { return nil }
    var after = stop
    while after < to, base[after] == 32 || base[after] == 9 { after += 1 }
    guard after == to || base[after] == 44 else { return nil }
    var consumed = -1
    let number = UnsafeRawPointer(base + start).withMemoryRebound(to: CChar.self, capacity: stop - start + 1) { cell -> Double in
        var parsedEnd: UnsafeMutablePointer<CChar>? = nil
        let value = strtod(cell, &parsedEnd)
        if let parsedEnd { consumed = UnsafePointer(parsedEnd) - cell }
        return value
    }
    guard consumed == stop - start, abs(number) <= InputLimits.maxMagnitude else { return nil }
    return (number, after)
}
