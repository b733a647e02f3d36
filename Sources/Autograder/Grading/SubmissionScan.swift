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

    /// What in `source` uses the reference, line by line (comments and string literals ignored).
    public func findings(in source: String, chapter: String, file: String) -> [Finding] {
        var found: [Finding] = []
        for (index, rawLine) in Self.codeLines(source).enumerated() {
            let line = rawLine.trimmingCharacters(in: .whitespaces)
            for module in ["Solutions", "Autograder"] where line.range(of: #"^(@\w+\s+)*import\s+(\w+\s+)?"# + module + #"\b"#, options: .regularExpression) != nil {
                found.append(Finding(chapter: chapter, file: file, line: index + 1, what: "imports the \(module) module"))
            }
            for word in Self.identifiers(in: rawLine) where referenceNames.contains(word) {
                found.append(Finding(chapter: chapter, file: file, line: index + 1, what: "uses \(word), the kit's reference code"))
            }
        }
        return found
    }

    /// The source with comments and string literals blanked out, split into lines (line
    /// numbers are kept).
    static func codeLines(_ source: String) -> [String] {
        var out = ""
        var chars = Array(source)
        var i = 0
        var blockDepth = 0
        var inString = false
        while i < chars.count {
            let c = chars[i], next = i + 1 < chars.count ? chars[i + 1] : " "
            if blockDepth > 0 {
                if c == "*" && next == "/" { blockDepth -= 1; i += 2; continue }
                if c == "/" && next == "*" { blockDepth += 1; i += 2; continue }
                out.append(c == "\n" ? "\n" : " "); i += 1; continue
            }
            if inString {
                if c == "\\" { i += 2; out.append("  "); continue }
                if c == "\"" { inString = false }
                out.append(c == "\n" ? "\n" : " "); i += 1; continue
            }
            if c == "/" && next == "/" {
                while i < chars.count && chars[i] != "\n" { i += 1 }
                continue
            }
            if c == "/" && next == "*" { blockDepth = 1; i += 2; continue }
            if c == "\"" { inString = true; out.append(" "); i += 1; continue }
            out.append(c); i += 1
        }
        chars = []
        return out.components(separatedBy: "\n")
    }

    static func identifiers(in line: String) -> [String] {
        line.split(whereSeparator: { !($0.isLetter || $0.isNumber || $0 == "_") }).map(String.init)
    }
}
