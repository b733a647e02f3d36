// edition: omit (instructor tooling)
import EMKit
import Foundation

/// A scratch copy of the kit with a student's exercises in place, kept in sync file by file
/// so that grading one student after another rebuilds only what changed.
///
/// The instructor's own tree is only ever read.
public struct KitCopy: Sendable {
    /// The kit being copied (the folder holding Package.swift).
    public var kit: URL
    /// Where the copy lives.
    public var copy: URL

    public init(kit: URL, copy: URL) {
        self.kit = kit
        self.copy = copy
    }

    /// Top-level entries of the kit that are never copied.
    static let skipped: Set<String> = [".build", ".git", ".swiftpm", "figures", "Package.resolved"]

    /// The kit's files (relative paths), without build products.
    public func kitFiles() -> [String] {
        files(under: kit).filter { path in
            let top = path.split(separator: "/").first.map(String.init) ?? path
            return !Self.skipped.contains(top) && !top.hasPrefix(".build")
        }
    }

    /// Makes the copy hold exactly `files` (relative path → contents): writes what differs,
    /// removes what is no longer there.
    public func sync(_ files: [String: Data]) throws(InputError) {
        let fm = FileManager.default
        for (path, data) in files {
            let target = copy.appendingPathComponent(path)
            if let existing = fm.contents(atPath: target.path), existing == data { continue }
            do {
                try fm.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
                try data.write(to: target)
            } catch {
                throw InputError(location: target.path, "cannot write the grading copy: \(error.localizedDescription)")
            }
        }
        for path in self.files(under: copy) where files[path] == nil {
            try? fm.removeItem(at: copy.appendingPathComponent(path))
        }
    }

    /// Every regular file under `root`, as paths relative to it.
    func files(under root: URL) -> [String] {
        guard let walker = FileManager.default.enumerator(at: root, includingPropertiesForKeys: [.isRegularFileKey]) else { return [] }
        let prefix = root.standardizedFileURL.path + "/"
        var found: [String] = []
        for case let url as URL in walker {
            let path = url.standardizedFileURL.path
            guard path.hasPrefix(prefix) else { continue }
            let relative = String(path.dropFirst(prefix.count))
            let top = relative.split(separator: "/").first.map(String.init) ?? relative
            if Self.skipped.contains(top) || top.hasPrefix(".build") { walker.skipDescendants(); continue }
            if (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true { found.append(relative) }
        }
        return found
    }
}
