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

    /// Reads `folder`; `chapterFolders` are the kit's chapter folder names.
    public static func read(_ folder: URL, chapterFolders: [String]) throws(GradingError) -> Submission {
        guard GradingCopy.kind(of: folder) == .typeDirectory else {
            throw GradingError("\(folder.path) is not a folder (a symbolic link is not followed)")
        }
        let nested = folder.appendingPathComponent("Exercises")
        let root = GradingCopy.kind(of: nested) == .typeDirectory ? nested : folder
        var chapters: [String: [String: Data]] = [:]
        var refused: [String] = []
        var others: [String] = []
        for (path, kind) in GradingCopy.entries(under: root) {
            let parts = path.split(separator: "/").map(String.init)
            let inChapter = parts.count >= 2 && chapterFolders.contains(parts[0])
            switch kind {
            case .typeDirectory:
                continue
            case .typeRegular where path.hasSuffix(".swift") && inChapter:
                let size = (try? FileManager.default.attributesOfItem(atPath: root.appendingPathComponent(path).path))?[.size] as? Int ?? 0
                guard size <= largestFile else { refused.append("refused \(path): larger than \(largestFile >> 10) kB"); continue }
                guard (chapters[parts[0]]?.count ?? 0) < mostFiles else { refused.append("refused \(path): more than \(mostFiles) files in one chapter"); continue }
                guard let data = FileManager.default.contents(atPath: root.appendingPathComponent(path).path) else {
                    refused.append("refused \(path): cannot be read"); continue
                }
                chapters[parts[0], default: [:]][parts.dropFirst().joined(separator: "/")] = data
            case .typeRegular where path.hasSuffix(".swift"):
                refused.append("ignored \(path): not inside a chapter folder (\(chapterFolders.joined(separator: ", ")))")
            case .typeRegular:
                others.append(path)
            case .typeSymbolicLink:
                refused.append("refused \(path): a symbolic link (only regular files are taken)")
            default:
                refused.append("refused \(path): not a regular file")
            }
        }
        let notes = others.filter { !$0.hasSuffix("HINTS.md") }
        if !notes.isEmpty {
            refused.append("ignored \(notes.count) file(s) that are not Swift: \(notes.prefix(5).joined(separator: ", "))\(notes.count > 5 ? ", …" : "")")
        }
        guard !chapters.isEmpty else {
            throw GradingError("\(folder.path) holds no Swift file in a chapter folder (\(chapterFolders.joined(separator: ", "))); pass the student's copy of Exercises/")
        }
        return Submission(folder: folder, chapters: chapters, refused: refused)
    }
}
