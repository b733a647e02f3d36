import Foundation

/// A JSON value (RFC 8259) as the model reader uses it.
enum JSONValue {
    case null
    case bool(Bool)
    case number(Double)
    case string(String)
    case array([JSONValue])
    case object([(key: String, value: JSONValue)])

    /// What it is, for messages: "a number", "an array", …
    var kind: String {
        switch self {
        case .null: "null"
        case .bool: "true or false"
        case .number: "a number"
        case .string: "a string"
        case .array: "an array"
        case .object: "an object"
        }
    }
}

/// Parses JSON text strictly by RFC 8259, with errors at `source:line:column` (columns count
/// characters from 1) saying what was expected and what was found, e.g.
/// `model.json:3:14: expected "," or "]" after an array element, found "}"`.
///
/// Numbers beyond ±`InputLimits.maxMagnitude` are valid JSON but refused as overflowing; arrays
/// and objects may nest at most 64 deep; a byte-order mark at the start is skipped.
struct JSONReader {
    private let bytes: [UInt8]
    private var position = 0
    private var line = 1
    private var column = 1
    private let source: String
    private static let maxDepth = 64

    static func parse(_ data: Data, source: String) throws(InputError) -> JSONValue {
        var reader = JSONReader(bytes: [UInt8](data), source: source)
        if reader.bytes.starts(with: [0xEF, 0xBB, 0xBF]) { reader.position = 3 }
        reader.skipSpace()
        guard reader.position < reader.bytes.count else { throw InputError(file: source, "the file is empty") }
        let value = try reader.value(depth: 0)
        reader.skipSpace()
        guard reader.position == reader.bytes.count else {
            throw reader.fail("unexpected \(reader.found()) after the JSON value")
        }
        return value
    }

    private init(bytes: [UInt8], source: String) {
        self.bytes = bytes
        self.source = source
    }

    /// A syntax error: "not valid JSON: " and the reason, at `line:column`.
    private func fail(_ message: String, line: Int? = nil, column: Int? = nil) -> InputError {
        InputError(file: source, line: line ?? self.line, column: column ?? self.column, "not valid JSON: " + message)
    }

    /// The character at the current position, quoted for a message, or "the end of the file".
    private func found() -> String {
        guard position < bytes.count else { return "the end of the file" }
        var end = position + 1
        while end < bytes.count, end - position < 4, bytes[end] & 0xC0 == 0x80 { end += 1 }
        return InputError.quoted(String(decoding: bytes[position..<end], as: UTF8.self))
    }

    private mutating func advance() {
        if bytes[position] == 10 {
            line += 1; column = 1
        } else if bytes[position] & 0xC0 != 0x80 {
            column += 1
        }
        position += 1
    }

    private mutating func skipSpace() {
        while position < bytes.count, [32, 9, 10, 13].contains(bytes[position]) { advance() }
    }

    private mutating func expect(_ literal: String, _ value: JSONValue) throws(InputError) -> JSONValue {
        let start = position, startLine = line, startColumn = column
        for byte in literal.utf8 {
            guard position < bytes.count, bytes[position] == byte else {
                var end = start
                while end < bytes.count, end - start < 40, bytes[end] >= 0x80 || (bytes[end] >= 0x30 && bytes[end] != 0x5C && bytes[end] != 0x5D && bytes[end] != 0x7D) { end += 1 }
                let word = InputError.quoted(String(decoding: bytes[start..<max(end, start + 1)], as: UTF8.self))
                throw fail("expected a JSON value, found \(word)", line: startLine, column: startColumn)
            }
            advance()
        }
        return value
    }

    private mutating func value(depth: Int) throws(InputError) -> JSONValue {
        guard position < bytes.count else { throw fail("expected a JSON value, found the end of the file") }
        switch bytes[position] {
        case UInt8(ascii: "{"): return try object(depth: depth + 1)
        case UInt8(ascii: "["): return try array(depth: depth + 1)
        case UInt8(ascii: "\""): return .string(try string())
        case UInt8(ascii: "t"): return try expect("true", .bool(true))
        case UInt8(ascii: "f"): return try expect("false", .bool(false))
        case UInt8(ascii: "n"): return try expect("null", .null)
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return .number(try number())
        default: throw fail("expected a JSON value, found \(found())")
        }
    }

    private mutating func array(depth: Int) throws(InputError) -> JSONValue {
        guard depth <= Self.maxDepth else { throw fail("arrays and objects nest more than \(Self.maxDepth) deep") }
        advance()  // [
        var elements: [JSONValue] = []
        skipSpace()
        if position < bytes.count, bytes[position] == UInt8(ascii: "]") { advance(); return .array(elements) }
        while true {
            skipSpace()
            elements.append(try value(depth: depth))
            skipSpace()
            guard position < bytes.count else { throw fail("the array is not closed: expected \",\" or \"]\", found the end of the file") }
            if bytes[position] == UInt8(ascii: ",") { advance(); continue }
            if bytes[position] == UInt8(ascii: "]") { advance(); return .array(elements) }
            throw fail("expected \",\" or \"]\" after an array element, found \(found())")
        }
    }

    private mutating func object(depth: Int) throws(InputError) -> JSONValue {
        guard depth <= Self.maxDepth else { throw fail("arrays and objects nest more than \(Self.maxDepth) deep") }
        advance()  // {
        var members: [(key: String, value: JSONValue)] = []
        skipSpace()
        if position < bytes.count, bytes[position] == UInt8(ascii: "}") { advance(); return .object(members) }
        while true {
            skipSpace()
            guard position < bytes.count, bytes[position] == UInt8(ascii: "\"") else {
                throw fail("expected a field name in double quotes, found \(found())")
            }
            let keyLine = line, keyColumn = column
            let key = try string()
            if members.contains(where: { $0.key == key }) {
                throw fail("duplicate field \(InputError.quoted(key))", line: keyLine, column: keyColumn)
            }
            skipSpace()
            guard position < bytes.count, bytes[position] == UInt8(ascii: ":") else {
                throw fail("expected \":\" after the field name, found \(found())")
            }
            advance()
            skipSpace()
            members.append((key, try value(depth: depth)))
            skipSpace()
            guard position < bytes.count else { throw fail("the object is not closed: expected \",\" or \"}\", found the end of the file") }
            if bytes[position] == UInt8(ascii: ",") { advance(); continue }
            if bytes[position] == UInt8(ascii: "}") { advance(); return .object(members) }
            throw fail("expected \",\" or \"}\" after a field, found \(found())")
        }
    }

    private mutating func string() throws(InputError) -> String {
        let startLine = line, startColumn = column
        advance()  // "
        var scalars = String.UnicodeScalarView()
        var pendingHigh: UInt32? = nil
        var run = position  // start of a run of plain bytes
        func flush(_ end: Int) throws(InputError) {
            guard run < end else { return }
            guard let text = String(validating: bytes[run..<end], as: UTF8.self) else {
                throw fail("the string holds bytes that are not UTF-8")
            }
            scalars.append(contentsOf: text.unicodeScalars)
        }
        while true {
            guard position < bytes.count else {
                throw fail("the string that starts here is not closed", line: startLine, column: startColumn)
            }
            let byte = bytes[position]
            if byte == UInt8(ascii: "\"") {
                try flush(position)
                advance()
                guard pendingHigh == nil else { throw fail("a \\u escape leaves half a surrogate pair", line: startLine, column: startColumn) }
                return String(scalars)
            }
            if byte < 0x20 {
                throw fail("control character U+\(String(format: "%04X", byte)) inside a string (write it as an escape)")
            }
            if byte != UInt8(ascii: "\\") {
                guard pendingHigh == nil else { throw fail("a \\u escape leaves half a surrogate pair") }
                advance()
                continue
            }
            try flush(position)
            let escapeLine = line, escapeColumn = column
            advance()
            guard position < bytes.count else { throw fail("the string that starts here is not closed", line: startLine, column: startColumn) }
            let letter = bytes[position]
            advance()
            var code: UInt32
            switch letter {
            case UInt8(ascii: "\""): code = 0x22
            case UInt8(ascii: "\\"): code = 0x5C
            case UInt8(ascii: "/"): code = 0x2F
            case UInt8(ascii: "b"): code = 0x08
            case UInt8(ascii: "f"): code = 0x0C
            case UInt8(ascii: "n"): code = 0x0A
            case UInt8(ascii: "r"): code = 0x0D
            case UInt8(ascii: "t"): code = 0x09
            case UInt8(ascii: "u"):
                guard position + 4 <= bytes.count,
                      let value = UInt32(String(decoding: bytes[position..<position + 4], as: UTF8.self), radix: 16),
                      bytes[position..<position + 4].allSatisfy({ $0 != UInt8(ascii: "+") && $0 != UInt8(ascii: "-") }) else {
                    throw fail("\\u must be followed by four hexadecimal digits", line: escapeLine, column: escapeColumn)
                }
                for _ in 0..<4 { advance() }
                code = value
            default:
                throw fail("unknown escape \\\(InputError.escaped(Unicode.Scalar(letter)))", line: escapeLine, column: escapeColumn)
            }
            if let high = pendingHigh {
                guard (0xDC00...0xDFFF).contains(code) else { throw fail("a \\u escape leaves half a surrogate pair", line: escapeLine, column: escapeColumn) }
                code = 0x10000 + ((high - 0xD800) << 10) + (code - 0xDC00)
                pendingHigh = nil
            } else if (0xD800...0xDBFF).contains(code) {
                pendingHigh = code
                run = position
                continue
            } else if (0xDC00...0xDFFF).contains(code) {
                throw fail("a \\u escape leaves half a surrogate pair", line: escapeLine, column: escapeColumn)
            }
            if let scalar = Unicode.Scalar(code) { scalars.append(scalar) }
            run = position
        }
    }

    private mutating func number() throws(InputError) -> Double {
        let start = position, startLine = line, startColumn = column
        func digits() -> Int {
            var count = 0
            while position < bytes.count, (48...57).contains(bytes[position]) { advance(); count += 1 }
            return count
        }
        if bytes[position] == UInt8(ascii: "-") { advance() }
        let intStart = position
        let intDigits = digits()
        guard intDigits > 0 else { throw fail("a number needs digits, found \(found())") }
        if intDigits > 1, bytes[intStart] == UInt8(ascii: "0") {
            throw fail("a number may not start with 0 followed by digits", line: startLine, column: startColumn)
        }
        if position < bytes.count, bytes[position] == UInt8(ascii: ".") {
            advance()
            guard digits() > 0 else { throw fail("expected digits after the decimal point, found \(found())") }
        }
        if position < bytes.count, bytes[position] == UInt8(ascii: "e") || bytes[position] == UInt8(ascii: "E") {
            advance()
            if position < bytes.count, bytes[position] == UInt8(ascii: "+") || bytes[position] == UInt8(ascii: "-") { advance() }
            guard digits() > 0 else { throw fail("expected digits in the exponent, found \(found())") }
        }
        let text = String(decoding: bytes[start..<position], as: UTF8.self)
        guard let value = Double(text), abs(value) <= InputLimits.maxMagnitude else {
            throw InputError(file: source, line: startLine, column: startColumn, tooLargeMessage(text))
        }
        return value
    }
}
