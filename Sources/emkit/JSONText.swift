import Foundation

/// Writes JSON by hand so that every double is printed in its shortest round-trip form.
enum JSONText {
    static func number(_ x: Double) -> String {
        x.isFinite ? x.roundTripText : "null"
    }

    static func array(_ values: [Double]) -> String { "[" + values.map(number).joined(separator: ", ") + "]" }

    static func matrix(_ rows: [[Double]]) -> String { "[" + rows.map(array).joined(separator: ", ") + "]" }

    static func matrices(_ list: [[[Double]]]) -> String { "[" + list.map(matrix).joined(separator: ", ") + "]" }

    static func string(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            default:
                if scalar.value < 0x20 { out += String(format: "\\u%04x", scalar.value) } else { out.unicodeScalars.append(scalar) }
            }
        }
        return out + "\""
    }

    /// An object from (key, already-encoded value) pairs, one per line.
    static func object(_ fields: [(String, String)]) -> String {
        "{\n" + fields.map { "  \(string($0.0)): \($0.1)" }.joined(separator: ",\n") + "\n}"
    }
}
