import Foundation

/// Buffered writing to standard output and one-line errors on standard error.
enum Output {
    static func write(_ text: String) {
        FileHandle.standardOutput.write(Data(text.utf8))
    }

    static func error(_ text: String) {
        FileHandle.standardError.write(Data("emkit: \(text)\n".utf8))
    }
}

extension Double {
    /// The shortest decimal that reads back as exactly this double (Swift's own `description`).
    var roundTripText: String { description }
}
