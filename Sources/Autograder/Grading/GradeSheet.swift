// edition: omit (instructor tooling)
import EMKit
import Foundation

/// The class's CSV, grown one row at a time and flushed after each, so that a run that is
/// stopped loses nothing and `--resume` knows who is done.
public final class GradeSheet: @unchecked Sendable {
    public let url: URL
    public private(set) var done: Set<String> = []
    private let lock = NSLock()

    public init(url: URL, header: [String], resume: Bool) throws(InputError) {
        self.url = url
        let fm = FileManager.default
        if resume, let text = try? String(contentsOf: url, encoding: .utf8), !text.isEmpty {
            let rows = CSVRows.parse(text)
            guard rows.first == header else {
                throw InputError(location: url.path, "was written for other graded items; grade again without --resume")
            }
            // A row is done when it was graded (a score), not when it was refused.
            done = Set(rows.dropFirst().filter { $0.count == header.count && !$0[1].isEmpty }.map { $0[0] })
            let kept = [rows[0]] + rows.dropFirst().filter { $0.count == header.count && done.contains($0[0]) }
            try write(kept.map(Self.line).joined())
        } else {
            do {
                try fm.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            } catch {
                throw InputError(parameter: "csv", "cannot write \(url.path): \(error.localizedDescription)")
            }
            try write(Self.line(header))
        }
    }

    public func append(_ row: [String]) throws(InputError) {
        lock.lock()
        defer { lock.unlock() }
        guard let handle = try? FileHandle(forWritingTo: url) else { throw InputError(parameter: "csv", "cannot write \(url.path)") }
        defer { try? handle.close() }
        do {
            try handle.seekToEnd()
            try handle.write(contentsOf: Data(Self.line(row).utf8))
            try handle.synchronize()
        } catch {
            throw InputError(parameter: "csv", "cannot write \(url.path): \(error.localizedDescription)")
        }
    }

    /// Rewrites the sheet with its rows in `order` (the students' sorted names), so that the
    /// file does not depend on which job finished first.
    public func sort(by order: [String]) throws(InputError) {
        lock.lock()
        defer { lock.unlock() }
        guard let text = try? String(contentsOf: url, encoding: .utf8) else { throw InputError(parameter: "csv", "cannot read back \(url.path)") }
        let rows = CSVRows.parse(text)
        guard let header = rows.first else { return }
        let rank = Dictionary(order.enumerated().map { ($1, $0) }, uniquingKeysWith: { a, _ in a })
        let body = rows.dropFirst().sorted { (rank[$0.first ?? ""] ?? Int.max) < (rank[$1.first ?? ""] ?? Int.max) }
        try write(([header] + body).map(Self.line).joined())
    }

    private func write(_ text: String) throws(InputError) {
        do {
            try Data(text.utf8).write(to: url, options: .atomic)
        } catch {
            throw InputError(parameter: "csv", "cannot write \(url.path): \(error.localizedDescription)")
        }
    }

    static func line(_ fields: [String]) -> String {
        fields.map(field).joined(separator: ",") + "\n"
    }

    static func field(_ text: String) -> String {
        // Bytes, not Characters: "\r\n" is one Character, equal to neither "\r" nor "\n".
        guard text.utf8.contains(where: { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "\"") || $0 == 0x0A || $0 == 0x0D }) else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}

/// Reads back the CSV the grader wrote (quoted fields, doubled quotes, newlines inside quotes).
public enum CSVRows {
    public static func parse(_ text: String) -> [[String]] {
        // Unicode scalars, not Characters, for the same reason as above.
        var rows: [[String]] = []
        var row: [String] = []
        var field = String.UnicodeScalarView()
        var quoted = false
        var atFieldStart = true
        let scalars = Array(text.unicodeScalars)
        var i = 0
        func endField() { row.append(String(field)); field = String.UnicodeScalarView(); atFieldStart = true }
        while i < scalars.count {
            let c = scalars[i]
            if quoted {
                if c == "\"" {
                    if i + 1 < scalars.count && scalars[i + 1] == "\"" { field.append("\""); i += 2; continue }
                    quoted = false
                } else {
                    field.append(c)
                }
            } else if c == "\"" && atFieldStart {
                quoted = true
                atFieldStart = false
            } else if c == "," {
                endField()
            } else if c == "\n" || c == "\r" {
                if c == "\r" && i + 1 < scalars.count && scalars[i + 1] == "\n" { i += 1 }
                endField()
                rows.append(row)
                row = []
            } else {
                field.append(c)
                atFieldStart = false
            }
            i += 1
        }
        if !field.isEmpty || !row.isEmpty { endField(); rows.append(row) }
        return rows
    }
}
