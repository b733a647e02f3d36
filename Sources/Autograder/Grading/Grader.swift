// edition: omit (instructor tooling)
import EMKit
import Foundation

/// Grades one submission end to end.
///
/// 1. Reads the student's chapter files (regular `.swift` files only) and refuses, as a friendly
///    early message, a chapter that names the kit's reference code.
/// 2. Builds the student's code into a call host, in a grading copy that holds the shipped core
///    and the student's chapters and nothing else (`GradingCopy`). A chapter that does not
///    compile is replaced by the skeleton and the rest built again, so one broken chapter costs
///    only its own items.
/// 3. Runs every graded item in this process, the hidden ones with fresh seeds. The items call
///    the student's functions only through sandboxed call-host processes (`IsolatedRunner`) and
///    score what they return; nothing the student's code prints or writes is read.
///
/// The grader itself is never compiled against a student's code.
public struct Grader: Sendable {
    /// The kit (the folder with Package.swift); only read.
    public var kit: URL
    /// Where the grading copy and its build live; reused so later students build faster.
    public var scratch: URL
    /// The limits of every call; `hidden` gains the kit and the scratch folder.
    public var policy: SandboxPolicy
    /// The program that sets up each call's sandbox (this `emkit`).
    public var launcher: URL
    /// The chapters graded (nil: all); the others are built from whatever was handed in but
    /// not run or reported.
    public var only: Set<Int>?
    /// Seconds after which no further item is started (Gradescope's limit, with a margin); the
    /// items left are reported as not run.
    public var deadline: Double?

    public init(kit: URL, scratch: URL, policy: SandboxPolicy, launcher: URL) {
        self.kit = kit
        self.scratch = scratch
        self.policy = policy
        self.launcher = launcher
        self.policy.hidden += [kit.path, scratch.path]
        // A classmate's binary is never parsed outside the sandbox (SandboxPolicy.symbolizeCrashes).
        self.policy.symbolizeCrashes = false
    }

    public func grade(_ folder: URL) throws(KitError) -> GradeReport {
        let start = Date()
        let chapters = Catalog.chapters
        let skeleton = try skeletonChapters(chapters.map(\.folder))
        var owners: [String: String] = [:]
        for (chapter, files) in skeleton { for name in files.keys { owners[(name as NSString).lastPathComponent] = chapter } }
        let submission = try Submission.read(folder, chapterFolders: chapters.map(\.folder), owners: owners)
        var notes = submission.refused

        // A chapter that names the reference is not graded (a friendly early word: the grading
        // copy has no reference, so such code would not compile or link anyway).
        let scan = SubmissionScan(referenceNames: SubmissionScan.referenceNames(inKit: kit, files: GradingCopy.regularFiles(under: kit.appendingPathComponent("Sources")).map { "Sources/" + $0 })
            .subtracting(skeletonNames(skeleton)))
        var refused: [String: String] = [:]
        // Maintainers' tests turn the scan off to show that the build alone holds the line.
        let scanning = ProcessInfo.processInfo.environment["EMKIT_GRADE_WITHOUT_SCAN"] != "1"
        for (chapter, files) in submission.chapters.sorted(by: { $0.key < $1.key }) where scanning {
            for (name, data) in files.sorted(by: { $0.key < $1.key }) where refused[chapter] == nil {
                if let finding = scan.findings(in: String(decoding: data, as: UTF8.self), chapter: chapter, file: "Exercises/\(chapter)/\(name)").first {
                    refused[chapter] = "\(finding.file):\(finding.line) \(finding.what)"
                }
            }
        }
        for (chapter, why) in refused.sorted(by: { $0.key < $1.key }) { notes.append("\(why): chapter \(chapter) is not graded") }

        // Build: the student's chapters where they compile, the skeleton elsewhere.
        var used = skeleton
        // A chapter handed in part by part keeps the skeleton's other files.
        for (chapter, files) in submission.chapters where refused[chapter] == nil { used[chapter] = (skeleton[chapter] ?? [:]).merging(files) { $1 } }
        let copy = GradingCopy(kit: kit, copy: scratch.appendingPathComponent("copy"), build: scratch.appendingPathComponent("build"))
        do {
            try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
            try FileManager.default.setAttributes([.posixPermissions: 0o700], ofItemAtPath: scratch.path)
        } catch {
            throw KitError("cannot create \(scratch.path): \(error.localizedDescription)")
        }
        let base = try copy.baseFiles()
        var program: URL?
        var brokenBuild: CompileFailure?
        while program == nil {
            var files = base
            var fileOwners: [String: String] = [:]
            for (chapter, chapterFiles) in used {
                for (name, data) in chapterFiles {
                    files["Exercises/\(chapter)/\(name)"] = data
                    fileOwners[(name as NSString).lastPathComponent] = chapter
                }
            }
            try copy.sync(files)
            switch try copy.compile(owners: fileOwners) {
            case .success(let built):
                program = built
            case .failure(let failure):
                let culprits = failure.chapters.filter { used[$0] != skeleton[$0] }
                guard !culprits.isEmpty else { brokenBuild = failure; break }
                for chapter in culprits.sorted() {
                    let mine = failure.errors.filter { $0.hasPrefix("Exercises/\(chapter)/") || CompileFailure.chapter(in: $0, owners: fileOwners) == chapter }
                    refused[chapter] = "does not compile: \(mine.first ?? failure.errors.first ?? "see the compiler's messages")"
                    notes.append("chapter \(chapter) does not compile; graded as the skeleton:")
                    notes += mine.prefix(8).map { "  " + $0 }
                    used[chapter] = skeleton[chapter]
                }
            }
            if brokenBuild != nil { break }
        }

        let items = chapters.filter { only?.contains($0.number) ?? true }.flatMap(\.items)
        var results: [ItemResult]
        if let program {
            let session = SubmissionSession(runner: IsolatedRunner(host: program, launcher: launcher, policy: policy))
            results = GradedItem.gradeAll(items, with: session, until: deadline.map { start.addingTimeInterval($0) })
        } else {
            let failure = brokenBuild ?? CompileFailure(log: "", copy: copy.copy, timedOut: false, status: 1, owners: [:])
            notes.append("the submission does not compile:")
            notes += failure.errors.map { "  " + $0 }
            results = items.map { $0.notGraded("the submission does not compile: \(failure.errors.first ?? "see the compiler's messages")") }
        }
        for index in results.indices {
            guard let folder = chapters.first(where: { $0.number == results[index].chapter })?.folder, let why = refused[folder] else { continue }
            results[index] = results[index].refused("not graded: \(why)" + (why.hasPrefix("does not compile") ? "" : "; the work must be your own"))
        }
        return GradeReport(submission: folder.lastPathComponent, results: results, notes: notes,
                           compiled: program != nil, seconds: Date().timeIntervalSince(start))
    }

    /// The kit's own `Exercises/` chapters: what a chapter that is not handed in, or not graded,
    /// is built from.
    private func skeletonChapters(_ folders: [String]) throws(KitError) -> [String: [String: Data]] {
        var chapters: [String: [String: Data]] = [:]
        for folder in folders {
            let root = kit.appendingPathComponent("Exercises").appendingPathComponent(folder)
            for name in GradingCopy.regularFiles(under: root) where name.hasSuffix(".swift") {
                guard let data = FileManager.default.contents(atPath: root.appendingPathComponent(name).path) else {
                    throw KitError("cannot read the kit's Exercises/\(folder)/\(name)")
                }
                chapters[folder, default: [:]][name] = data
            }
        }
        return chapters
    }

    /// Names the skeleton itself declares or uses: a student's code may use them too.
    private func skeletonNames(_ skeleton: [String: [String: Data]]) -> Set<String> {
        var names: Set<String> = []
        for files in skeleton.values {
            for data in files.values {
                for line in SubmissionScan.codeLines(String(decoding: data, as: UTF8.self)) { names.formUnion(SubmissionScan.identifiers(in: line)) }
            }
        }
        return names
    }
}

extension GradedItem {
    /// A zero result for an item that could not be run.
    func notGraded(_ why: String) -> ItemResult {
        ItemResult(id: id, chapter: chapter, title: title, points: points, score: 0, status: .failed,
                   message: why, visibility: visibility)
    }
}

extension ItemResult {
    func refused(_ why: String) -> ItemResult {
        var copy = self
        copy.score = 0
        copy.status = .failed
        copy.message = why
        return copy
    }
}
