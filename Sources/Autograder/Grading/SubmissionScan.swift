// edition: omit (instructor tooling)
import Foundation

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
    public static func referenceNames(inKit kit: URL, files: [String]) -> Set<String> {
        var names: Set<String> = []
        let declaration = try? NSRegularExpression(pattern: #"public\s+(?:static\s+|final\s+)*(?:func|struct|enum|class|actor|protocol|typealias|let|var)\s+([A-Za-z_][A-Za-z0-9_]*)"#)
        for path in files where path.hasPrefix("Sources/") && path.hasSuffix(".swift") {
            guard let text = try? String(contentsOf: kit.appendingPathComponent(path), encoding: .utf8),
                  text.hasPrefix("// edition: omit") else { continue }
            let range = NSRange(text.startIndex..., in: text)
            for match in declaration?.matches(in: text, range: range) ?? [] {
                if let name = Range(match.range(at: 1), in: text) { names.insert(String(text[name])) }
            }
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
