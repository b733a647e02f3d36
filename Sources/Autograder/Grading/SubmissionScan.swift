// edition: omit (instructor tooling)
import Foundation
import SubmissionCalls
import Reference

/// Finds a submission that uses the kit's reference instead of doing the work: it imports the
/// `Solutions` or `Autograder` module, or calls a function the kit marks as reference code.
///
/// The reference names are read from the kit itself: every public name declared in a source
/// file whose first line is `// edition: omit`, the marker for code that answers an exercise.
public struct SubmissionScan: Sendable {
    public struct Finding: Sendable, Equatable {
        public var chapter: String
        public var file: String
        public var line: Int
        public var what: String
    }

    /// Public names of the kit's reference code.
    public var referenceNames: Set<String>

    public init(referenceNames: Set<String>) {
        self.referenceNames = referenceNames
    }

    /// The reference names declared in the kit at `kit` (under Sources/).
    ///
    /// Only top-level declarations count (free functions and types, written at the start of a
    /// line): members such as `fit` or `logLikelihood` share their names with variables and with
    /// functions the chapters ask students to write, so flagging them would refuse honest work.
    /// A name that a shipped (not omitted) source file also declares at any level is the
    /// student's to use and is dropped.
    public static func referenceNames(inKit kit: URL, files: [String]) -> Set<String> {
        var reference: Set<String> = []
        var shipped: Set<String> = []
        for path in files where path.hasPrefix("Sources/") && path.hasSuffix(".swift") {
            guard let text = try? String(contentsOf: kit.appendingPathComponent(path), encoding: .utf8) else { continue }
            if text.hasPrefix("// edition: omit") {
                reference.formUnion(declaredNames(in: text, topLevelOnly: true))
            } else {
                shipped.formUnion(declaredNames(in: text, topLevelOnly: false))
            }
        }
        return reference.subtracting(shipped)
    }

    /// Names declared in `text`; with `topLevelOnly`, only declarations that start a line.
    static func declaredNames(in text: String, topLevelOnly: Bool) -> Set<String> {
        let declaration = #"(?:static\s+|final\s+)*(?:func|struct|enum|class|actor|protocol|typealias|let|var)\s+([A-Za-z_][A-Za-z0-9_]*)"#
        let pattern = (topLevelOnly ? #"^public\s+"# : #"\b"#) + declaration
        guard let regex = try? NSRegularExpression(pattern: pattern, options: .anchorsMatchLines) else { return [] }
        var names: Set<String> = []
        for match in regex.matches(in: text, range: NSRange(text.startIndex..., in: text)) {
            if let name = Range(match.range(at: 1), in: text) { names.insert(String(text[name])) }
        }
        return names
    }

    /// Attributes that name a symbol by its linker name, or place code where the linker runs
    /// it: no exercise needs them, and they are the way to reach code without naming it.
    static let linkerAttributes = ["_silgen_name", "_cdecl", "_extern", "_section", "section", "_used", "used", "_dynamicReplacement", "_implementationOnly"]

    /// What in `source` uses the reference, line by line (comments and string literals ignored;
    /// the code inside a string's interpolations is read as code).
    public func findings(in source: String, chapter: String, file: String) -> [Finding] {
        var found: [Finding] = []
        for (index, rawLine) in Self.codeLines(source).enumerated() {
            let line = rawLine.trimmingCharacters(in: .whitespaces)
            for module in ["Solutions", "Autograder", "Reference", "SubmissionCalls"] where line.range(of: #"^(@\w+\s+)*import\s+(\w+\s+)?"# + module + #"\b"#, options: .regularExpression) != nil {
                found.append(Finding(chapter: chapter, file: file, line: index + 1, what: "imports the \(module) module"))
            }
            for attribute in Self.linkerAttributes where rawLine.range(of: "@" + attribute + #"\b"#, options: .regularExpression) != nil {
                found.append(Finding(chapter: chapter, file: file, line: index + 1, what: "uses @\(attribute), which reaches code by its linker name"))
            }
            for word in Self.identifiers(in: rawLine) where referenceNames.contains(word) {
                found.append(Finding(chapter: chapter, file: file, line: index + 1, what: "uses \(word), the kit's reference code"))
            }
        }
        return found
    }

    /// The source with comments and string literals blanked out, split into lines (line
    /// numbers are kept). Handles nested block comments, escapes, multi-line strings, raw
    /// strings (`#"…"#`, any number of `#`) and interpolations (`\(…)`, `\#(…)`), whose code
    /// is kept.
    static func codeLines(_ source: String) -> [String] {
        enum Context { case code(parens: Int), string(hashes: Int, multiline: Bool) }
        let chars = Array(source)
        var out = ""
        out.reserveCapacity(chars.count)
        var stack: [Context] = [.code(parens: 0)]
        var i = 0
        func at(_ k: Int) -> Character { k < chars.count ? chars[k] : "\0" }
        func blank(_ c: Character) { out.append(c == "\n" ? "\n" : " ") }
        while i < chars.count {
            let c = chars[i]
            switch stack[stack.count - 1] {
            case .code(let parens):
                if c == "/" && at(i + 1) == "/" {
                    while i < chars.count && chars[i] != "\n" { i += 1 }
                    continue
                }
                if c == "/" && at(i + 1) == "*" {
                    var depth = 1
                    out.append("  "); i += 2
                    while i < chars.count && depth > 0 {
                        if chars[i] == "*" && at(i + 1) == "/" { depth -= 1; out.append("  "); i += 2; continue }
                        if chars[i] == "/" && at(i + 1) == "*" { depth += 1; out.append("  "); i += 2; continue }
                        blank(chars[i]); i += 1
                    }
                    continue
                }
                // A string starts: count the #s before the quote, and whether it is """.
                var hashes = 0
                while at(i + hashes) == "#" { hashes += 1 }
                if at(i + hashes) == "\"" {
                    let multiline = at(i + hashes + 1) == "\"" && at(i + hashes + 2) == "\""
                    let opening = hashes + (multiline ? 3 : 1)
                    for _ in 0..<opening { out.append(" ") }
                    i += opening
                    stack.append(.string(hashes: hashes, multiline: multiline))
                    continue
                }
                if c == "(" { stack[stack.count - 1] = .code(parens: parens + 1) }
                if c == ")" {
                    if parens == 0 && stack.count > 1 {
                        // The end of an interpolation: back into its string.
                        stack.removeLast(); blank(c); i += 1; continue
                    }
                    stack[stack.count - 1] = .code(parens: max(parens - 1, 0))
                }
                out.append(c); i += 1
            case .string(let hashes, let multiline):
                if c == "\\" {
                    var k = 1
                    while k <= hashes && at(i + k) == "#" { k += 1 }
                    if k == hashes + 1 {
                        if at(i + k) == "(" {
                            for _ in 0...k { out.append(" ") }
                            i += k + 1
                            stack.append(.code(parens: 0))
                            continue
                        }
                        for _ in 0..<k { out.append(" ") }
                        i += k
                        if i < chars.count { blank(chars[i]); i += 1 }
                        continue
                    }
                }
                let quotes = multiline ? 3 : 1
                if c == "\"" && (0..<quotes).allSatisfy({ at(i + $0) == "\"" }) && (0..<hashes).allSatisfy({ at(i + quotes + $0) == "#" }) {
                    for _ in 0..<(quotes + hashes) { out.append(" ") }
                    i += quotes + hashes
                    stack.removeLast()
                    continue
                }
                if c == "\n" && !multiline { stack.removeLast() }  // an unterminated string: the compiler will say so
                blank(c); i += 1
            }
        }
        return out.components(separatedBy: "\n")
    }

    static func identifiers(in line: String) -> [String] {
        line.split(whereSeparator: { !($0.isLetter || $0.isNumber || $0 == "_") }).map(String.init)
    }
}
