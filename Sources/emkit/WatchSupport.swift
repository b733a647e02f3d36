import Autograder
import EMKit
import Foundation

/// The `.swift` files under a folder, each with its size and modification time: what
/// `emkit watch` compares every interval. Polling works on every file system (network folders,
/// containers, virtual machines' shared folders) where change notifications may not.
struct FileSnapshot: Equatable {
    struct Stamp: Equatable {
        var size: Int
        var modified: Double
    }

    /// Relative path → stamp.
    var files: [String: Stamp] = [:]

    /// Every regular `.swift` file under `folder` (hidden entries skipped); an unreadable folder
    /// gives an empty snapshot.
    static func take(_ folder: URL) -> FileSnapshot {
        var snapshot = FileSnapshot()
        let fm = FileManager.default
        guard let walker = fm.enumerator(at: folder, includingPropertiesForKeys: [.isRegularFileKey, .fileSizeKey, .contentModificationDateKey],
                                         options: [.skipsHiddenFiles]) else { return snapshot }
        let base = folder.standardizedFileURL.path
        for case let url as URL in walker where url.pathExtension == "swift" {
            guard let values = try? url.resourceValues(forKeys: [.isRegularFileKey, .fileSizeKey, .contentModificationDateKey]),
                  values.isRegularFile == true else { continue }
            var path = url.standardizedFileURL.path
            if path.hasPrefix(base + "/") { path.removeFirst(base.count + 1) }
            snapshot.files[path] = Stamp(size: values.fileSize ?? 0, modified: values.contentModificationDate?.timeIntervalSince1970 ?? 0)
        }
        return snapshot
    }

    /// The files added, removed or changed (size or modification time) since `earlier`, sorted.
    func changes(since earlier: FileSnapshot) -> [String] {
        let names = Set(files.keys).union(earlier.files.keys)
        return names.filter { files[$0] != earlier.files[$0] }.sorted()
    }

    /// The newest modification time, or 0 for no files.
    var newest: Double { files.values.map(\.modified).max() ?? 0 }

    /// The chapter a file belongs to, from its folder's name: `02-ModularEM/ModularEM.swift` → 2.
    static func chapter(of path: String) -> Int? {
        guard let folder = path.split(separator: "/").first, path.contains("/") else { return nil }
        let digits = folder.prefix { $0.isASCII && $0.isNumber }
        guard !digits.isEmpty, folder.dropFirst(digits.count).first == "-" else { return nil }
        return Int(digits)
    }
}

/// What `emkit watch` remembers between runs (`.build/emkit-watch.json`): the chapter the student
/// was on and the items that passed.
struct WatchProgress: Equatable {
    var chapter: Int
    var passed: Set<String>

    static let limit = 1 << 20

    /// Reads the file's contents; anything but `{"chapter": N, "passed": ["id", …]}` is refused
    /// with the reason (the caller warns and starts afresh).
    static func parse(_ data: Data) -> Result<WatchProgress, WatchProgressError> {
        guard data.count <= limit else { return .failure(WatchProgressError("is larger than 1 MB")) }
        struct Stored: Decodable {
            var chapter: Int
            var passed: [String]
        }
        guard (try? JSONSerialization.jsonObject(with: data)) != nil else { return .failure(WatchProgressError("is not valid JSON")) }
        let stored: Stored
        do {
            stored = try JSONDecoder().decode(Stored.self, from: data)
        } catch {
            return .failure(WatchProgressError("is not {\"chapter\": N, \"passed\": [ids]}"))
        }
        guard (1...99).contains(stored.chapter) else { return .failure(WatchProgressError("names chapter \(stored.chapter), which does not exist")) }
        let chapter = stored.chapter, passed = stored.passed
        return .success(WatchProgress(chapter: chapter, passed: Set(passed)))
    }

    var json: Data {
        let ids = passed.sorted().map(JSONText.string).joined(separator: ", ")
        return Data("{\"chapter\": \(chapter), \"passed\": [\(ids)]}\n".utf8)
    }

    /// Loads the file, or nil when it is absent; a bad one is reported through `warn` and ignored.
    static func load(_ url: URL, warn: (String) -> Void) -> WatchProgress? {
        guard FileManager.default.fileExists(atPath: url.path) else { return nil }
        guard let data = FileManager.default.contents(atPath: url.path) else {
            warn("\(url.path): cannot be read; starting afresh")
            return nil
        }
        switch parse(data) {
        case .success(let progress): return progress
        case .failure(let error):
            warn("\(url.path): \(error.reason); starting afresh")
            return nil
        }
    }

    /// The progress after a check: the results' items passed or not, the others as before.
    mutating func record(_ results: [ItemResult]) {
        for result in results {
            if result.status == .passed { passed.insert(result.id) } else { passed.remove(result.id) }
        }
    }
}

struct WatchProgressError: Error, Equatable {
    var reason: String
    init(_ reason: String) { self.reason = reason }
}

/// What `swift build` said, cut down to what a student acts on: every error, the warnings that
/// are not the usual noise of unfinished parts, and how many of those were hidden.
struct BuildDiagnostics: Equatable {
    struct Diagnostic: Equatable, Hashable {
        var file: String
        var line: Int
        var column: Int
        var severity: String
        var message: String
        var text: String { "\(file):\(line):\(column): \(severity): \(message)" }
    }

    var errors: [String] = []
    /// Errors without a place (`error: emit-module command failed …`), shown only when no
    /// error with a place explains the failure.
    var otherErrors: [String] = []
    var warnings: [String] = []
    var hiddenWarnings = 0

    /// Warnings that a skeleton's unfinished parts produce (placeholders not used yet, code after
    /// a `return` that stands in for the part).
    static let unfinishedPatterns = ["never used", "never mutated", "never read", "will never be executed"]

    /// Parses compiler output. `root` is removed from paths; `showAll` keeps every warning.
    init(output: String, root: String, showAll: Bool) {
        var seen: Set<Diagnostic> = []
        for line in output.split(separator: "\n", omittingEmptySubsequences: true) {
            let text = String(line)
            if text.hasPrefix("error: ") {
                if !otherErrors.contains(text) { otherErrors.append(text) }
                continue
            }
            guard var diagnostic = Self.diagnostic(text), seen.insert(diagnostic).inserted else { continue }
            if diagnostic.file.hasPrefix(root + "/") { diagnostic.file.removeFirst(root.count + 1) }
            switch diagnostic.severity {
            case "error": errors.append(diagnostic.text)
            case "warning":
                let unfinished = diagnostic.file.hasPrefix("Exercises/")
                    && Self.unfinishedPatterns.contains { diagnostic.message.contains($0) }
                if unfinished && !showAll { hiddenWarnings += 1 } else { warnings.append(diagnostic.text) }
            default: continue
            }
        }
    }

    /// `path:line:column: error: message`, the compiler's own first line of a diagnostic.
    static func diagnostic(_ line: String) -> Diagnostic? {
        for severity in ["error", "warning"] {
            guard let marker = line.range(of: ": \(severity): ") else { continue }
            let place = line[..<marker.lowerBound].split(separator: ":", omittingEmptySubsequences: false)
            guard place.count >= 3, let column = Int(place[place.count - 1]), let row = Int(place[place.count - 2]) else { continue }
            let file = place.dropLast(2).joined(separator: ":")
            guard file.hasSuffix(".swift") else { continue }
            return Diagnostic(file: file, line: row, column: column, severity: severity, message: String(line[marker.upperBound...]))
        }
        return nil
    }

    /// The lines to show: errors first (at most `limit`), then warnings, then the hidden count.
    func lines(limit: Int = 20) -> [String] {
        var out = Array((errors.isEmpty ? otherErrors : errors).prefix(limit))
        if errors.count > limit { out.append("… and \(errors.count - limit) more errors") }
        out += warnings.prefix(limit)
        if warnings.count > limit { out.append("… and \(warnings.count - limit) more warnings") }
        if hiddenWarnings > 0 {
            out.append("\(hiddenWarnings) warning\(hiddenWarnings == 1 ? "" : "s") in unfinished parts (hidden; --warnings shows them)")
        }
        return out
    }
}
