import EMKit
import Foundation

/// Buffered writing to standard output and one-line errors on standard error.
enum Output {
    static func write(_ text: String) {
        FileHandle.standardOutput.write(Data(text.utf8))
    }

    /// Writes `emkit: text` as one line: control and line-separating characters escaped (a
    /// path or option may hold any), and at most 1,000 characters.
    static func error(_ text: String) {
        var line = InputError.escapingControlCharacters(text)
        if line.count > 1_000 { line = String(line.prefix(1_000)) + " …" }
        FileHandle.standardError.write(Data("emkit: \(line)\n".utf8))
    }
}

extension Double {
    /// The shortest decimal that reads back as exactly this double (Swift's own `description`).
    var roundTripText: String { description }
}
