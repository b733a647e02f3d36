// edition: omit (instructor tooling)
import EMKit
import Foundation

/// A student's submission: the Swift files of their copy of `Exercises/`, chapter by chapter.
///
/// Only `.swift` files inside the kit's chapter folders are taken; the kit's own Package.swift,
/// hints and everything else stay the instructor's. A chapter the student did not hand in is
/// graded on the kit's skeleton.
public struct Submission: Sendable {
    /// The folder graded (a copy of `Exercises/`, or a whole kit holding one).
    public var folder: URL
    /// Chapter folder name (e.g. "01-EMLoop") → file name → contents.
    public var chapters: [String: [String: Data]]
    /// Files that were not taken, with why.
    public var ignored: [String]

    /// Reads `folder`; `chapterFolders` are the kit's chapter folder names.
    public static func read(_ folder: URL, chapterFolders: [String]) throws(InputError) -> Submission {
        let fm = FileManager.default
        var isDirectory: ObjCBool = false
        guard fm.fileExists(atPath: folder.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw InputError(parameter: "--submission", "\(folder.path) is not a folder")
        }
        let nested = folder.appendingPathComponent("Exercises")
        let root = fm.fileExists(atPath: nested.path) ? nested : folder
        var chapters: [String: [String: Data]] = [:]
        var ignored: [String] = []
        let walker = fm.enumerator(at: root, includingPropertiesForKeys: [.isRegularFileKey])
        let prefix = root.standardizedFileURL.path + "/"
        while let url = walker?.nextObject() as? URL {
            let path = url.standardizedFileURL.path
            guard path.hasPrefix(prefix), (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true else { continue }
            let relative = String(path.dropFirst(prefix.count))
            guard relative.hasSuffix(".swift") else { continue }
            let parts = relative.split(separator: "/").map(String.init)
            guard parts.count >= 2, chapterFolders.contains(parts[0]) else {
                ignored.append("\(relative): not inside a chapter folder (\(chapterFolders.joined(separator: ", ")))")
                continue
            }
            guard let data = fm.contents(atPath: url.path) else {
                throw InputError(location: url.path, "cannot be read")
            }
            chapters[parts[0], default: [:]][parts.dropFirst().joined(separator: "/")] = data
        }
        guard !chapters.isEmpty else {
            throw InputError(parameter: "--submission", "\(folder.path) holds no Swift file in a chapter folder (\(chapterFolders.joined(separator: ", "))); pass the student's copy of Exercises/")
        }
        return Submission(folder: folder, chapters: chapters, ignored: ignored)
    }
}
