// edition: omit (instructor tooling)
import EMKit
import Foundation

/// The package one student's code is built in: the shipped core, the call vocabulary, the call
/// host and the student's chapters, and nothing else. No reference, no answer keys, no grader,
/// no tests and no classmate's work exist in it, so the compiler and the linker refuse any use
/// of them.
///
/// The copy is rebuilt for every student from a list of files: `sync` removes whatever is not on
/// the list (symbolic links and other non-regular entries included, found with `lstat`), writes
/// what differs, and then checks that the folder holds exactly the list. The build folder is
/// shared between students, so each student after the first recompiles only their own chapters.
public struct GradingCopy: Sendable {
    /// The instructor's kit; only read.
    public var kit: URL
    /// Where the copy lives.
    public var copy: URL
    /// The build folder shared by every student's build.
    public var build: URL

    public init(kit: URL, copy: URL, build: URL) {
        self.kit = kit
        self.copy = copy
        self.build = build
    }

    /// Seconds a build may take: the first (the core as well) and later ones (a student's code).
    static let firstBuildLimit: Double = 1200
    static let buildLimit: Double = 240

    /// The roles of a chapter folder (`Sources/Chapters/NN-Name/…`) that a submission is linked
    /// with; `Grading/` and `Tests/` never enter a copy.
    static let linkedRoles = ["Notebook", "Calls", "Host"]

    /// The kit's folders whose `.swift` files go into every copy: the core, the call vocabulary,
    /// the call host, and each chapter's linked roles.
    static var sourceFolders: [String] {
        ["Sources/EMKit", "Sources/SubmissionCalls", "Sources/CallHost"]
            + Catalog.chapters.flatMap { chapter in linkedRoles.map { "Sources/Chapters/\(chapter.folder)/\($0)" } }
    }

    /// The call host's manifest: the targets of the kit's own manifest that a submission may be
    /// linked with, for the chapters of the catalog.
    static var manifest: String {
        """
        // swift-tools-version: 6.1
        // Written by `emkit grade`: one student's code and the call host, nothing else.
        import Foundation
        import PackageDescription

        let strictImports: [SwiftSetting] = [.enableUpcomingFeature("MemberImportVisibility")]
        // As the kit's own manifest: optimised in debug builds, runtime checks and their messages
        // kept, frame pointers and separate check sites kept so that a crash's backtrace reaches
        // the student's frame and line.
        let optimized: [SwiftSetting] = [.unsafeFlags(["-O", "-assert-config", "Debug", "-Xcc", "-fno-omit-frame-pointer", "-Xllvm", "-enable-tail-merge=false"], .when(configuration: .debug))]
        \(chapterList)

        let package = Package(
            name: "EMKitCallHost",
            products: [.executable(name: "emkit-call", targets: ["emkit-call"])],
            targets: [
                .target(name: "EMKit", path: "Sources", exclude: unclaimed(under: "Sources", keeping: sources("EMKit", roles: ["Notebook"])),
                        sources: sources("EMKit", roles: ["Notebook"]), swiftSettings: optimized),
                .target(name: "SubmissionCalls", dependencies: ["EMKit"], path: "Sources",
                        exclude: unclaimed(under: "Sources", keeping: sources("SubmissionCalls", roles: ["Calls"])),
                        sources: sources("SubmissionCalls", roles: ["Calls"]), swiftSettings: strictImports + optimized),
                // The type checker gives up on one expression after 2 s (an honest one takes far
                // less), so expressions built to be slow cost seconds, not minutes, each; the
                // build as a whole is stopped after GradingCopy.buildLimit.
                // REFERENCE_COPY is defined so a copy of the reference (whose files say
                // `#if Solutions || REFERENCE_COPY`)
                // is graded like any submission.
                .target(name: "Exercises", dependencies: ["EMKit"], path: "Exercises",
                        swiftSettings: optimized + [.define("REFERENCE_COPY"), .unsafeFlags(["-Xfrontend", "-solver-expression-time-threshold=2"])]),
                .executableTarget(name: "emkit-call", dependencies: ["EMKit", "SubmissionCalls", "Exercises"],
                                  path: "Sources", exclude: unclaimed(under: "Sources", keeping: sources("CallHost", roles: ["Host"])),
                                  sources: sources("CallHost", roles: ["Host"]), swiftSettings: strictImports + optimized),
            ]
        )

        """
    }

    /// The lines of a generated manifest that list the chapters and find their role folders, as
    /// the kit's own `Package.swift` does (the list comes from the registry).
    public static var chapterList: String {
        let chapters = Catalog.chapters.map { "\"\($0.folder)\"" }.joined(separator: ", ")
        return """
        let chapters = [\(chapters)]
        func chapterFolders(_ role: String) -> [String] {
            let sources = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Sources").path
            return chapters.map { "Chapters/\\($0)/\\(role)" }.filter { FileManager.default.fileExists(atPath: sources + "/" + $0) }
        }
        // Targets share Sources/: each excludes what it does not compile (as the kit's manifest).
        func unclaimed(under root: String, keeping keep: [String]) -> [String] {
            let base = URL(fileURLWithPath: #filePath).deletingLastPathComponent().path + "/" + root
            var found: [String] = []
            func walk(_ relative: String) {
                let names = (try? FileManager.default.contentsOfDirectory(atPath: relative.isEmpty ? base : base + "/" + relative)) ?? []
                for name in names.sorted() where !name.hasPrefix(".") {
                    let entry = relative.isEmpty ? name : relative + "/" + name
                    if keep.contains(entry) { continue }
                    if keep.contains(where: { $0.hasPrefix(entry + "/") }) { walk(entry) } else { found.append(entry) }
                }
            }
            walk("")
            return found
        }
        func sources(_ own: String, roles: [String]) -> [String] { [own] + roles.flatMap(chapterFolders) }
        """
    }

    /// The files every copy holds besides the chapters: the manifest and the three source folders.
    func baseFiles() throws(KitError) -> [String: Data] {
        var files = ["Package.swift": Data(Self.manifest.utf8)]
        for folder in Self.sourceFolders {
            for path in Self.regularFiles(under: kit.appendingPathComponent(folder)) where path.hasSuffix(".swift") {
                guard let data = FileManager.default.contents(atPath: kit.appendingPathComponent(folder).appendingPathComponent(path).path) else {
                    throw KitError("cannot read the kit's \(folder)/\(path)")
                }
                files["\(folder)/\(path)"] = data
            }
        }
        return files
    }

    /// Makes the copy hold exactly `files` (relative path → contents), and checks it does;
    /// top-level entries named in `keep` (a build folder) are left alone.
    public func sync(_ files: [String: Data], keep: Set<String> = []) throws(KitError) {
        let fm = FileManager.default
        do {
            try fm.createDirectory(at: copy, withIntermediateDirectories: true)
        } catch {
            throw KitError("cannot create the grading copy \(copy.path): \(error.localizedDescription)")
        }
        let folders = Set(files.keys.flatMap { path in
            let parts = path.split(separator: "/")
            return (1..<max(parts.count, 1)).map { parts.prefix($0).joined(separator: "/") }
        })
        // Remove everything that is not on the list, or not what the list says.
        let kept = { (path: String) in keep.contains(String(path.split(separator: "/").first ?? "")) }
        for (path, kind) in Self.entries(under: copy) where !kept(path) {
            let url = copy.appendingPathComponent(path)
            switch kind {
            case .typeDirectory where folders.contains(path): continue
            case .typeRegular where files[path] != nil && fm.contents(atPath: url.path) == files[path]: continue
            default: try? fm.removeItem(at: url)
            }
        }
        for (path, data) in files.sorted(by: { $0.key < $1.key }) {
            let url = copy.appendingPathComponent(path)
            if Self.kind(of: url) == .typeRegular { continue }
            do {
                try fm.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try data.write(to: url, options: .withoutOverwriting)
            } catch {
                throw KitError("cannot write the grading copy's \(path): \(error.localizedDescription)")
            }
        }
        // Check: exactly the list, nothing else.
        for (path, kind) in Self.entries(under: copy) where !kept(path) {
            let expected = kind == .typeDirectory ? folders.contains(path) : (kind == .typeRegular && files[path] != nil)
            if !expected { throw KitError("the grading copy holds \(path), which was not put there; grading stopped") }
        }
    }

    /// The built call host, or the compiler's error lines.
    /// `owners` maps a chapter file's name ("EM.swift") to its chapter folder.
    func compile(owners: [String: String]) throws(KitError) -> Result<URL, CompileFailure> {
        let program = build.appendingPathComponent("debug/emkit-call")
        // The first build compiles the kit's core too; later ones only a student's chapters, so
        // a submission that stalls the compiler is stopped after minutes, not half an hour.
        let limit: Double = FileManager.default.isExecutableFile(atPath: program.path) ? Self.buildLimit : Self.firstBuildLimit
        let outcome = try ChildProcess.tool(["swift", "build", "--product", "emkit-call", "--scratch-path", build.path], directory: copy)
            .capture(timeLimit: limit)
        if outcome.status == 0, !outcome.timedOut, FileManager.default.isExecutableFile(atPath: program.path) {
            return .success(program)
        }
        return .failure(CompileFailure(log: outcome.output + "\n" + outcome.error, copy: copy, timedOut: outcome.timedOut, status: outcome.status, owners: owners))
    }

    // MARK: Walking folders without following links

    /// Every entry under `root` (relative path → type), found with `lstat`; links are not followed.
    public static func entries(under root: URL) -> [(String, FileAttributeType)] {
        var found: [(String, FileAttributeType)] = []
        func walk(_ relative: String) {
            let url = relative.isEmpty ? root : root.appendingPathComponent(relative)
            guard let names = try? FileManager.default.contentsOfDirectory(atPath: url.path) else { return }
            for name in names.sorted() {
                let path = relative.isEmpty ? name : "\(relative)/\(name)"
                guard let type = kind(of: root.appendingPathComponent(path)) else { continue }
                found.append((path, type))
                if type == .typeDirectory { walk(path) }
            }
        }
        walk("")
        return found
    }

    /// Regular files under `root`, relative paths.
    public static func regularFiles(under root: URL) -> [String] {
        entries(under: root).filter { $0.1 == .typeRegular }.map(\.0)
    }

    /// The type of the entry itself (`lstat`): a link is `.typeSymbolicLink`, not its target.
    public static func kind(of url: URL) -> FileAttributeType? {
        guard let type = (try? FileManager.default.attributesOfItem(atPath: url.path))?[.type] as? FileAttributeType else { return nil }
        return type
    }
}

/// The compiler's complaints about a submission, and the chapters they are in.
public struct CompileFailure: Error, Sendable {
    /// Error lines, paths relative to the copy.
    public var errors: [String]
    /// Chapter folders (e.g. "02-ModularEM") that the errors point into.
    public var chapters: Set<String>

    init(log: String, copy: URL, timedOut: Bool, status: Int32, owners: [String: String]) {
        let prefix = copy.standardizedFileURL.path + "/"
        var errors: [String] = []
        var chapters: Set<String> = []
        for line in log.split(separator: "\n").map(String.init) where line.contains("error:") || line.contains("undefined reference") {
            let cleaned = line.replacingOccurrences(of: prefix, with: "")
            if let chapter = Self.chapter(in: cleaned, owners: owners) { chapters.insert(chapter) }
            if !errors.contains(cleaned) { errors.append(cleaned) }
        }
        if timedOut { errors.insert("the build was stopped: it took longer than the grader allows (a construct the type checker struggles with?)", at: 0) }
        if errors.isEmpty { errors = ["swift build failed (exit \(status))"] }
        let student = errors.filter { $0.hasPrefix("Exercises/") }
        self.errors = Array((student.isEmpty ? errors : student).prefix(20))
        self.chapters = chapters
    }

    /// The chapter an error line points into: a chapter's file, its performers in the call host,
    /// or (for a link error) one of its object files.
    static func chapter(in line: String, owners: [String: String]) -> String? {
        if line.hasPrefix("Exercises/") {
            return line.split(separator: "/").dropFirst().first.map(String.init)
        }
        if let range = line.range(of: #"Sources/Chapters/[^/ :]+/"#, options: .regularExpression) {
            let folder = line[range].dropFirst("Sources/Chapters/".count).dropLast()
            return Catalog.chapters.first { $0.folder == folder }?.folder
        }
        if let range = line.range(of: #"Exercises\.build/[^/ :]+\.swift\.o"#, options: .regularExpression) {
            let file = line[range].dropFirst("Exercises.build/".count).dropLast(".o".count)
            return owners[String(file)]
        }
        return nil
    }
}
