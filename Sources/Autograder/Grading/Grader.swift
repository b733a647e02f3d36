// edition: omit (instructor tooling)
import EMKit
import Foundation

/// Grades one submission end to end: reads the student's exercises, refuses work that uses the
/// kit's reference, builds a scratch copy of the kit with the exercises in place, and runs
/// every graded item (hidden ones with fresh seeds) in that copy's `emkit`, each call in its own
/// child process with a time limit.
///
/// Scores come from `ItemResult`s that the grading process computes from values the student's
/// functions returned; nothing the student's code prints or writes is read.
public struct Grader: Sendable {
    /// The kit (the folder with Package.swift); only read.
    public var kit: URL
    /// Where the grading copy and its build live; reused so later students build faster.
    public var scratch: URL
    /// Wall-clock limit for one call into the student's code.
    public var timeLimit: Double

    public init(kit: URL, scratch: URL, timeLimit: Double) {
        self.kit = kit
        self.scratch = scratch
        self.timeLimit = timeLimit
    }

    public func grade(_ folder: URL) throws(InputError) -> GradeReport {
        let start = Date()
        let chapters = Catalog.chapters
        let submission = try Submission.read(folder, chapterFolders: chapters.map(\.folder))
        let copy = KitCopy(kit: kit, copy: scratch.appendingPathComponent("kit"))
        let kitFiles = copy.kitFiles()
        var notes = submission.ignored.map { "ignored \($0)" }

        // Work that leans on the reference is not graded; its chapter is built from the skeleton.
        let scan = SubmissionScan(referenceNames: SubmissionScan.referenceNames(inKit: kit, files: kitFiles)
            .subtracting(skeletonNames(kitFiles)))
        var refused: [String: SubmissionScan.Finding] = [:]
        for (chapter, files) in submission.chapters.sorted(by: { $0.key < $1.key }) {
            for (name, data) in files.sorted(by: { $0.key < $1.key }) {
                let findings = scan.findings(in: String(decoding: data, as: UTF8.self), chapter: chapter, file: "Exercises/\(chapter)/\(name)")
                if let first = findings.first, refused[chapter] == nil { refused[chapter] = first }
            }
        }
        for finding in refused.values.sorted(by: { $0.chapter < $1.chapter }) {
            notes.append("\(finding.file):\(finding.line) \(finding.what): chapter \(finding.chapter) is not graded")
        }

        // The grading copy: the kit, with the student's chapters in place of the skeleton's.
        var files: [String: Data] = [:]
        let handedIn = Set(submission.chapters.keys).subtracting(refused.keys)
        for path in kitFiles {
            let parts = path.split(separator: "/").map(String.init)
            if parts.count >= 3, parts[0] == "Exercises", handedIn.contains(parts[1]), path.hasSuffix(".swift") { continue }
            guard let data = FileManager.default.contents(atPath: kit.appendingPathComponent(path).path) else {
                throw InputError(location: path, "cannot read the kit's file")
            }
            files[path] = data
        }
        for chapter in handedIn {
            for (name, data) in submission.chapters[chapter] ?? [:] { files["Exercises/\(chapter)/\(name)"] = data }
        }
        try copy.sync(files)

        let items = chapters.flatMap(\.items)
        var results: [ItemResult]
        var compiled = true
        switch try ScratchBuild(copy: copy.copy, buildFolder: scratch.appendingPathComponent("build")).build() {
        case .failure(let failure):
            compiled = false
            notes.append("the submission does not compile:")
            notes += failure.errors.map { "  " + $0 }
            results = items.map { $0.notGraded("the submission does not compile: \(failure.errors.first ?? "see the compiler's messages")") }
        case .success(let program):
            results = try runItems(program, in: copy.copy, count: items.count)
        }
        for index in results.indices {
            if let finding = refused[chapters.first { $0.number == results[index].chapter }?.folder ?? ""] {
                results[index] = results[index].refused("not graded: \(finding.file):\(finding.line) \(finding.what); the work must be your own")
            }
        }
        return GradeReport(submission: folder.lastPathComponent, results: results, notes: notes,
                           compiled: compiled, seconds: Date().timeIntervalSince(start))
    }

    /// Names the skeleton itself declares or uses: a student's code may use them too.
    private func skeletonNames(_ kitFiles: [String]) -> Set<String> {
        var names: Set<String> = []
        for path in kitFiles where path.hasPrefix("Exercises/") && path.hasSuffix(".swift") {
            if let text = try? String(contentsOf: kit.appendingPathComponent(path), encoding: .utf8) {
                for line in SubmissionScan.codeLines(text) { names.formUnion(SubmissionScan.identifiers(in: line)) }
            }
        }
        return names
    }

    /// Runs every item in the grading copy's own `emkit` and reads the results it prints.
    private func runItems(_ program: URL, in copy: URL, count: Int) throws(InputError) -> [ItemResult] {
        let limit = Double(count) * timeLimit * 4 + 300
        let outcome = try ChildProgram(
            executable: program, arguments: ["__grade-items", "--time-limit", "\(timeLimit)"], directory: copy,
            environment: ["SWIFT_BACKTRACE": "enable=no"]
        ).run(timeLimit: limit)
        guard outcome.status == 0, !outcome.timedOut,
              let results = try? JSONDecoder().decode([ItemResult].self, from: Data(outcome.output.utf8)) else {
            let why = outcome.timedOut ? "took longer than \(Int(limit)) s" : (outcome.error.split(separator: "\n").last.map(String.init) ?? "exit \(outcome.status)")
            throw InputError(parameter: "grade", "the grading run failed: \(why)")
        }
        return results
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
