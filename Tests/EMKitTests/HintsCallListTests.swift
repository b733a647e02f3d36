import Foundation
import Testing

/// Every chapter's HINTS.md opens with "## What you can call": the EMKit declarations its parts
/// may use, each in a code span written as `Sources/EMKit` declares it (without `public`). These
/// tests keep that list true: a signature that EMKit does not declare publicly, word for word
/// up to whitespace, fails with the HINTS file and line.
@Suite("hints: what you can call")
struct HintsCallListTests {
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let heading = "## What you can call"
    /// A code span that starts like one of these is a signature to check; others (`.full`,
    /// `NumpyRandom`, `a.minus(b)`) are prose.
    static let declarationStarts = ["func ", "static func ", "mutating func ", "var ", "static var ", "let ",
                                    "static let ", "init(", "struct ", "enum ", "typealias ", "case "]

    /// One signature with the HINTS file and line it was read from.
    struct Listed: CustomStringConvertible {
        let file: String
        let line: Int
        let signature: String
        var description: String { "\(file):\(line): `\(signature)`" }
    }

    static func hintsFiles() throws -> [URL] {
        let exercises = root.appendingPathComponent("Exercises")
        let folders = try FileManager.default.contentsOfDirectory(atPath: exercises.path).sorted()
        return folders.filter { $0.first?.isNumber == true }
            .map { exercises.appendingPathComponent($0).appendingPathComponent("HINTS.md") }
    }

    /// The signatures listed under the heading, or nil when the file has no such section.
    static func listedSignatures(in file: URL) throws -> [Listed]? {
        let lines = try String(contentsOf: file, encoding: .utf8).components(separatedBy: "\n")
        guard let start = lines.firstIndex(of: heading) else { return nil }
        let name = file.deletingLastPathComponent().lastPathComponent + "/HINTS.md"
        var listed: [Listed] = []
        for index in (start + 1)..<lines.count {
            let line = lines[index]
            if line.hasPrefix("## ") { break }
            for span in codeSpans(in: line) where declarationStarts.contains(where: span.hasPrefix) {
                listed.append(Listed(file: "Exercises/" + name, line: index + 1, signature: span))
            }
        }
        return listed
    }

    static func codeSpans(in line: String) -> [String] {
        line.split(separator: "`", omittingEmptySubsequences: false).enumerated()
            .filter { $0.offset % 2 == 1 }.map { String($0.element) }
    }

    /// Swift text as tokens: runs of letters, digits and `_`, and every other character but
    /// whitespace on its own. Comparing tokens compares text up to whitespace, and a name never
    /// matches the start of a longer one (`sum` is not `sumOfSquares`).
    static func tokens(_ text: String) -> [Substring] {
        var tokens: [Substring] = []
        var index = text.startIndex
        let isWord = { (c: Character) in c.isLetter || c.isNumber || c == "_" }
        while index < text.endIndex {
            let c = text[index]
            if c.isWhitespace {
                index = text.index(after: index)
            } else if isWord(c) {
                let end = text[index...].firstIndex { !isWord($0) } ?? text.endIndex
                tokens.append(text[index..<end])
                index = end
            } else {
                let end = text.index(after: index)
                tokens.append(text[index..<end])
                index = end
            }
        }
        return tokens
    }

    /// The folders of the EMKit target: `Sources/EMKit`, and each chapter's `Notebook` folder
    /// where chapters keep their notebook's set-up (`Sources/Chapters/NN-Name/Notebook`).
    static var emkitFolders: [URL] {
        let chapters = root.appendingPathComponent("Sources/Chapters")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: chapters.path)) ?? []
        return [root.appendingPathComponent("Sources/EMKit")]
            + names.sorted().map { chapters.appendingPathComponent($0).appendingPathComponent("Notebook") }
    }

    /// All of the EMKit target's Swift text, as tokens.
    static let emkitSource: [Substring] = {
        var text = ""
        for folder in emkitFolders {
            guard let walker = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil) else { continue }
            for case let url as URL in walker where url.pathExtension == "swift" {
                text += (try? String(contentsOf: url, encoding: .utf8)) ?? ""
                text += "\n"
            }
        }
        return tokens(text)
    }()

    /// Whether `public <signature>` occurs in `source`, token for token.
    static func isDeclaredPublic(_ signature: String, in source: [Substring]) -> Bool {
        let needle = tokens("public " + signature)
        guard needle.count > 1, source.count >= needle.count else { return false }
        for start in 0...(source.count - needle.count) where source[start] == needle[0] {
            if (1..<needle.count).allSatisfy({ source[start + $0] == needle[$0] }) { return true }
        }
        return false
    }

    @Test("every chapter's HINTS.md has the section, and it lists signatures")
    func everyChapterHasTheSection() throws {
        let files = try Self.hintsFiles()
        #expect(files.count >= 5, "expected a HINTS.md per chapter in Exercises/")
        for file in files {
            let name = file.deletingLastPathComponent().lastPathComponent + "/HINTS.md"
            let listed = try Self.listedSignatures(in: file)
            #expect(listed != nil, "Exercises/\(name) has no \"\(Self.heading)\" section")
            #expect(listed?.isEmpty == false, "Exercises/\(name): \"\(Self.heading)\" lists no signature")
        }
    }

    @Test("every listed signature is a public declaration of Sources/EMKit, verbatim up to whitespace")
    func listedSignaturesExist() throws {
        #expect(!Self.emkitSource.isEmpty, "could not read Sources/EMKit")
        for file in try Self.hintsFiles() {
            for entry in try Self.listedSignatures(in: file) ?? [] where !Self.isDeclaredPublic(entry.signature, in: Self.emkitSource) {
                Issue.record("\(entry): not found as a public declaration in Sources/EMKit (copy it from the declaration, without `public`)")
            }
        }
    }

    @Test("the section is not mistaken for a part by emkit hint --part")
    func sectionIsNotAPart() {
        // `emkit hint NN --part N` picks the first "## " section that starts with "Part N" or "Parts".
        let title = String(Self.heading.dropFirst(3))
        #expect(!title.hasPrefix("Part"))
    }

    @Test("the matcher finds a declaration across whitespace and refuses wrong or partial ones")
    func matcherCanFail() {
        let source = Self.tokens("""
            public func gaussianDensity(_ x: Vector,
                                        mean: Vector, covariance: Matrix) -> Double { 0 }
            public var sumOfSquares: Double { 0 }
            public var resp: Matrix
            public init() {}
            func hidden() -> Int { 0 }
            """)
        #expect(Self.isDeclaredPublic("func gaussianDensity(_ x: Vector, mean: Vector, covariance: Matrix) -> Double", in: source))
        #expect(!Self.isDeclaredPublic("func gaussianDensity(_ x: Vector, mean: Vector) -> Double", in: source))
        #expect(!Self.isDeclaredPublic("var sum: Double", in: source))
        #expect(Self.isDeclaredPublic("var resp: Matrix", in: source))
        #expect(!Self.isDeclaredPublic("func hidden() -> Int", in: source))
        #expect(Self.codeSpans(in: "- `func f()` — then `a.b` and `var x: Int`") == ["func f()", "a.b", "var x: Int"])
    }
}
