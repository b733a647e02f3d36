// edition: omit (instructor tooling)
import EMKit
import Foundation

/// A student's submission: the Swift files of their copy of `Exercises/`, chapter by chapter.
///
/// Only regular `.swift` files inside the kit's chapter folders are taken, found with `lstat`
/// (a symbolic link is refused, never followed); the kit's own Package.swift, hints and
/// everything else stay the instructor's. A chapter the student did not hand in is graded on the
/// kit's skeleton.
public struct Submission: Sendable {
    /// The folder graded (a copy of `Exercises/`, or a whole kit holding one).
    public var folder: URL
    /// Chapter folder name (e.g. "01-EMLoop") → file name → contents.
    public var chapters: [String: [String: Data]]
    /// What was not taken, with why: one line each.
    public var refused: [String]

    /// Largest Swift file taken, and most files in one chapter.
    static let largestFile = 1 << 20
    static let mostFiles = 50

    /// Reads `folder`: a copy of `Exercises/` (chapter folders), a whole kit holding one, or
    /// loose files such as a Gradescope upload (`EM.swift`, `ModularEM.swift`, …), each matched to
    /// its chapter by name through `owners` (file name → chapter folder, from the kit's skeleton).
    /// A path with a chapter folder in it (`work/Exercises/01-EMLoop/EM.swift`) goes to that
    /// chapter whatever folders wrap it.
    public static func read(_ folder: URL, chapterFolders: [String], owners: [String: String]) throws(KitError) -> Submission {
        guard GradingCopy.kind(of: folder) == .typeDirectory else {
            throw KitError("\(folder.path) is not a folder (a symbolic link is not followed)")
        }
        // A whole copy of the kit: only its Exercises/ are the student's.
        let nested = folder.appendingPathComponent("Exercises")
        let folder = GradingCopy.kind(of: nested) == .typeDirectory ? nested : folder
        var chapters: [String: [String: Data]] = [:]
        var sources: [String: [String: String]] = [:]  // chapter → name → where it came from
        var refused: [String] = []
        var others: [String] = []
        var unknown: [String] = []
        var duplicates: Set<String> = []
        for (rawPath, kind) in GradingCopy.entries(under: folder) {
            let parts = rawPath.split(separator: "/").map(String.init)
            let path = Self.printable(rawPath)
            // Hidden files and the resource forks a Mac adds to zips are not anybody's work.
            if parts.contains(where: { $0.hasPrefix(".") || $0 == "__MACOSX" }) { continue }
            switch kind {
            case .typeDirectory:
                continue
            case .typeRegular where path.hasSuffix(".swift"):
                let chapter: String, name: String
                if let index = parts.firstIndex(where: { chapterFolders.contains($0) }), index < parts.count - 1 {
                    chapter = parts[index]
                    name = parts[(index + 1)...].joined(separator: "/")
                } else if let owner = owners[parts[parts.count - 1]] {
                    chapter = owner
                    name = parts[parts.count - 1]
                } else {
                    unknown.append(path)
                    continue
                }
                guard name.unicodeScalars.allSatisfy({ $0.isASCII && ($0.properties.isAlphabetic || $0.properties.numericType != nil || "_-+./ ".unicodeScalars.contains($0)) }) else {
                    refused.append("refused \(path): a chapter file's name may hold letters, digits, spaces and _ - + . only")
                    continue
                }
                if let earlier = sources[chapter]?[name] {
                    duplicates.insert("\(chapter)/\(name) (\(earlier), \(path))")
                    continue
                }
                let size = (try? FileManager.default.attributesOfItem(atPath: folder.appendingPathComponent(rawPath).path))?[.size] as? Int ?? 0
                guard size <= largestFile else { refused.append("refused \(path): larger than \(largestFile >> 10) kB"); continue }
                guard (chapters[chapter]?.count ?? 0) < mostFiles else { refused.append("refused \(path): more than \(mostFiles) files in one chapter"); continue }
                guard let data = FileManager.default.contents(atPath: folder.appendingPathComponent(rawPath).path) else {
                    refused.append("refused \(path): cannot be read"); continue
                }
                chapters[chapter, default: [:]][name] = data
                sources[chapter, default: [:]][name] = path
            case .typeRegular:
                others.append(path)
            case .typeSymbolicLink:
                refused.append("refused \(path): a symbolic link (only regular files are taken)")
            default:
                refused.append("refused \(path): not a regular file")
            }
        }
        // A file handed in twice is not graded from either copy: which one was meant is unknown.
        for duplicate in duplicates.sorted() {
            let key = String(duplicate.prefix { $0 != " " })
            let parts = key.split(separator: "/", maxSplits: 1).map(String.init)
            chapters[parts[0]]?[parts[1]] = nil
            if chapters[parts[0]]?.isEmpty == true { chapters[parts[0]] = nil }
            refused.append("refused \(duplicate): handed in twice; neither copy is graded")
        }
        for path in unknown {
            refused.append("ignored \(path): no chapter has a file of that name (\(owners.keys.sorted().joined(separator: ", ")))")
        }
        let notes = others.filter { !$0.hasSuffix("HINTS.md") && !$0.hasSuffix(".md") }
        if !notes.isEmpty {
            refused.append("ignored \(notes.count) file(s) that are not Swift: \(notes.prefix(5).joined(separator: ", "))\(notes.count > 5 ? ", …" : "")")
        }
        guard !chapters.isEmpty else {
            let why = refused.isEmpty ? "" : " (" + refused.prefix(3).joined(separator: "; ") + ")"
            throw KitError("\(folder.path) holds no Swift file of a chapter (\(owners.keys.sorted().joined(separator: ", ")))\(why)")
        }
        return Submission(folder: folder, chapters: chapters, refused: refused)
    }

    /// A file name as it can be shown on one line: control characters and separators of lines
    /// written as `\u{…}` escapes.
    static func printable(_ name: String) -> String {
        var out = ""
        for scalar in name.unicodeScalars {
            if scalar.properties.generalCategory == .control || scalar.value == 0x2028 || scalar.value == 0x2029 {
                out += "\\u{\(String(scalar.value, radix: 16))}"
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
