/// The sizes and magnitudes the kit accepts from a file, checked before anything is allocated
/// for them, so that oversized input gets one line naming the limit instead of a failed
/// allocation. The README's bad-input paragraph states the same numbers.
public enum InputLimits {
    /// The largest data file read, in bytes (512 MiB).
    public static let maxFileBytes = 512 << 20
    /// The largest model file read, in bytes (16 MiB).
    public static let maxModelFileBytes = 16 << 20
    /// The most numbers a data file may hold (N · d).
    public static let maxValues = 10_000_000
    /// The most columns (d) of a data file or coordinates of a model.
    public static let maxColumns = 1_000
    /// The most numbers K · d² the covariances of a fit or a model may hold.
    public static let maxCovarianceValues = 10_000_000
    /// The most responsibilities N · K a fit may hold.
    public static let maxResponsibilities = 25_000_000
    /// The largest magnitude of a number in a data or model file. Squares and sums of squares
    /// of larger numbers (covariances, distances) overflow double precision.
    public static let maxMagnitude = 1e100

    /// The same numbers written for messages.
    static let maxMagnitudeText = "1e100"
}

extension Int {
    /// `10000000` as `10,000,000`, for messages.
    public var thousandsGrouped: String {
        let digits = String(magnitude)
        var out = ""
        for (i, c) in digits.enumerated() {
            if i > 0, (digits.count - i) % 3 == 0 { out.append(",") }
            out.append(c)
        }
        return (self < 0 ? "-" : "") + out
    }
}

extension InputError {
    /// `text` in quotes for a message: at most `limit` characters (the rest is counted, not
    /// shown), and every control, format or line-separating character written as `\u{…}`,
    /// so an echoed cell, option or path can neither flood the terminal nor break the line.
    public static func quoted(_ text: some StringProtocol, limit: Int = 40) -> String {
        let (shown, more) = shorten(text, limit: limit, escapeQuotes: true)
        return "\"" + shown + "\"" + (more > 0 ? " (\(more.thousandsGrouped) more characters)" : "")
    }

    /// `text` shortened to `limit` characters (ending in `…`) and escaped as `quoted` does,
    /// without quotes: for an option or path that names the place of an error.
    public static func shortened(_ text: some StringProtocol, limit: Int = 40) -> String {
        let (shown, more) = shorten(text, limit: limit, escapeQuotes: false)
        return more > 0 ? shown + "…" : shown
    }

    private static func shorten(_ text: some StringProtocol, limit: Int, escapeQuotes: Bool) -> (String, Int) {
        var out = ""
        var shown = 0
        var total = 0
        for scalar in text.unicodeScalars {
            total += 1
            guard shown < limit else { continue }
            shown += 1
            switch scalar {
            case "\"" where escapeQuotes: out += "\\\""
            case "\\" where escapeQuotes: out += "\\\\"
            default: out += escaped(scalar)
            }
        }
        return (out, total - shown)
    }

    /// A message line with every control, format or line-separating character escaped.
    public static func escapingControlCharacters(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: needsEscape) else { return text }
        return text.unicodeScalars.map(escaped).joined()
    }

    static func needsEscape(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) { return true }
        switch scalar.properties.generalCategory {
        case .format, .lineSeparator, .paragraphSeparator, .unassigned, .surrogate, .privateUse: return true
        default: return false
        }
    }

    static func escaped(_ scalar: Unicode.Scalar) -> String {
        guard needsEscape(scalar) else { return String(scalar) }
        switch scalar {
        case "\t": return "\\t"
        case "\n": return "\\n"
        case "\r": return "\\r"
        default: return "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
        }
    }
}
