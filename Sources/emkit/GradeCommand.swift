// edition: omit (instructor tooling)
import Autograder
import EMKit
import Foundation

/// `emkit grade`: grade one student's exercises.
enum GradeCommand: EmkitCommand {
    static let name = "grade"
    static let abstract = "Grade one student's exercises; writes Gradescope's results.json."
    static let discussion = """
        The submission may be a copy of Exercises/, a whole kit, or loose chapter files (EM.swift, \
        ModularEM.swift, …). The student's chapters are built into a call host of their own (the \
        kit's core and their code, nothing else) in .build/emkit-grade; every graded item runs in \
        this program, the hidden checks with fresh seeds, and each call into the student's code runs \
        sandboxed with the time limit. Prints a summary. A student's failures are a successful run \
        (exit 0).
        """
    static let options: [OptionSpec] = [
        .value("--submission", "DIR", "the student's folder (default: this kit's Exercises)"),
        .value("--results", "FILE", "where to write Gradescope's results.json", default: "results.json"),
        .value("--time-limit", "SECONDS", "the limit of each call into the student's code", default: "10"),
        .value("--chapter", "N,...", "grade only these chapters, comma-separated (default: all)"),
        .value("--deadline", "SECONDS", "start no item after this many seconds; the rest are reported as not run"),
    ]

    static func run(_ arguments: Arguments) throws(InputError) {
        let kit = try Kit.root()
        let folder = arguments.string("--submission").map { URL(fileURLWithPath: $0) } ?? kit.appendingPathComponent("Exercises")
        let results = URL(fileURLWithPath: arguments.string("--results") ?? "results.json")
        var policy = SandboxPolicy(seconds: try arguments.positiveDouble("--time-limit", default: 10))
        policy.hidden = [folder.standardizedFileURL.path, results.deletingLastPathComponent().standardizedFileURL.path]
        var grader = Grader(kit: kit, scratch: Kit.scratch(kit), policy: policy, launcher: try Kit.launcher())
        grader.only = try Kit.chapters(arguments)
        grader.deadline = try arguments.string("--deadline").map { _ throws(InputError) in try arguments.positiveDouble("--deadline", default: 0) }
        let report: GradeReport
        do {
            report = try grader.grade(folder)
        } catch {
            throw InputError(parameter: "grade", error.description)
        }
        try Kit.write(report.gradescopeJSON(), to: results, parameter: "--results")
        Output.write(report.summary() + "results: \(results.path)\n")
    }
}

/// `emkit grade-all FOLDER --csv FILE`: one row per student, written as each student finishes.
enum GradeAllCommand: EmkitCommand {
    static let name = "grade-all"
    static let abstract = "Grade a folder of submissions: a CSV row and a results.json per student."
    static let discussion = """
        Each student's row (score, maximum, whether it compiled, notes, and each item's points) is \
        added to the CSV as soon as that student is graded, and their results.json written into the \
        results folder. Each job builds in a folder of its own, shared by its students, so each \
        student after a job's first takes seconds, not minutes; the CSV is sorted by student at the \
        end, so it is the same for any number of jobs.
        """
    static let positionals = [PositionalSpec(name: "FOLDER", help: "one sub-folder per student, named after the student",
                                             expected: "expects one folder of submissions (emkit grade-all FOLDER --csv FILE)")]
    static let options: [OptionSpec] = [
        .value("--csv", "FILE", "the grade sheet to write", required: true),
        .value("--results-dir", "DIR", "where each student's results.json goes (default: results/ next to the CSV)"),
        .value("--time-limit", "SECONDS", "the limit of each call into a student's code", default: "10"),
        .flag("--resume", "skip the students who already have a row in the CSV"),
        .value("--jobs", "N", "students graded at once (default: the number of cores)"),
        .value("--chapter", "N,...", "grade only these chapters, comma-separated (default: all)"),
        .value("--deadline", "SECONDS", "for one student: items not started by then are reported as not run", default: "600"),
    ]

    static func run(_ arguments: Arguments) throws(InputError) {
        guard let folderPath = arguments.positionals.first else {
            throw InputError(parameter: "grade-all", "expects one folder of submissions (emkit grade-all FOLDER --csv FILE)")
        }
        let csvURL = URL(fileURLWithPath: try arguments.requiredString("--csv")).standardizedFileURL
        let resultsDir = URL(fileURLWithPath: arguments.string("--results-dir") ?? csvURL.deletingLastPathComponent().appendingPathComponent("results").path).standardizedFileURL
        let kit = try Kit.root()
        let folder = URL(fileURLWithPath: folderPath).standardizedFileURL
        var policy = SandboxPolicy(seconds: try arguments.positiveDouble("--time-limit", default: 10))
        policy.hidden = [folder.path, resultsDir.path, csvURL.deletingLastPathComponent().path]
        let sandbox = policy
        let jobs = try arguments.integer("--jobs", in: 1...64, default: max(1, ProcessInfo.processInfo.activeProcessorCount))
        let launcher = try Kit.launcher()
        let only = try Kit.chapters(arguments)
        let deadline = try arguments.positiveDouble("--deadline", default: 600)

        guard GradingCopy.kind(of: folder) == .typeDirectory,
              let names = try? FileManager.default.contentsOfDirectory(atPath: folder.path) else {
            throw InputError(location: folderPath, "is not a folder of submissions")
        }
        let students = names.filter { !$0.hasPrefix(".") }.sorted()
        guard !students.isEmpty else { throw InputError(location: folderPath, "holds no sub-folder to grade") }

        let items = Catalog.chapters.filter { only?.contains($0.number) ?? true }.flatMap(\.items)
        let header = ["student", "score", "max_score", "compiled", "seconds", "notes"] + items.map(\.id)
        let sheet = try GradeSheet(url: csvURL, header: header, resume: arguments.has("--resume"))
        let queue = StudentQueue(students.filter { name in
            if sheet.done.contains(name) { Output.write("\(name): already graded (--resume)\n") }
            return !sheet.done.contains(name)
        })
        let failures = Counter()
        let sheetFailure = ErrorBox()
        DispatchQueue.concurrentPerform(iterations: min(jobs, max(queue.count, 1))) { job in
            // Each job builds in a folder of its own; its students share that build.
            var grader = Grader(kit: kit, scratch: Kit.scratch(kit).appendingPathComponent(jobs == 1 ? "" : "job-\(job)"),
                                policy: sandbox, launcher: launcher)
            grader.only = only
            grader.deadline = deadline
            while let name = queue.next() {
                let row = gradeOne(name, in: folder, grader: grader, items: items, resultsDir: resultsDir, failures: failures)
                do { try sheet.append(row) } catch { sheetFailure.set(error) }
            }
        }
        if let error = sheetFailure.error { throw error }
        try sheet.sort(by: students)
        Output.write("\(students.count) submissions: \(csvURL.path), results in \(resultsDir.path)\n")
        if failures.value > 0 { throw InputError(parameter: "grade-all", "\(failures.value) submission(s) could not be graded (see their rows)") }
    }

    /// Grades one student and returns their CSV row; results.json is written here, by the
    /// grader, after every process of the student has ended.
    static func gradeOne(_ name: String, in folder: URL, grader: Grader, items: [GradedItem], resultsDir: URL, failures: Counter) -> [String] {
        let student = folder.appendingPathComponent(name)
        guard GradingCopy.kind(of: student) == .typeDirectory else {
            let why = GradingCopy.kind(of: student) == .typeSymbolicLink ? "a symbolic link, not a folder" : "not a folder"
            failures.add()
            Output.write("\(name): not graded: \(why)\n")
            return [name, "", "", "", "", "not graded: \(why)"] + items.map { _ in "" }
        }
        do {
            let report = try grader.grade(student)
            try Kit.write(report.gradescopeJSON(), to: resultsDir.appendingPathComponent("\(name).json"), parameter: "--results-dir")
            let scores = Dictionary(report.results.map { ($0.id, $0.score) }, uniquingKeysWith: { a, _ in a })
            Output.write(String(format: "%@: %g of %g (%.0f s)\n", name, report.score, report.maxScore, report.seconds))
            return [name, number(report.score), number(report.maxScore), report.compiled ? "yes" : "no",
                    String(format: "%.0f", report.seconds), report.notes.joined(separator: " | ")]
                + items.map { scores[$0.id].map(number) ?? "" }
        } catch {
            failures.add()
            Output.write("\(name): not graded: \(error)\n")
            return [name, "", "", "", "", "not graded: \(error)"] + items.map { _ in "" }
        }
    }

    static func number(_ x: Double) -> String { String(format: "%g", x) }
}

/// Hands out students to the jobs, one at a time.
final class StudentQueue: @unchecked Sendable {
    private var names: [String]
    private let lock = NSLock()
    init(_ names: [String]) { self.names = names.reversed() }
    var count: Int { lock.lock(); defer { lock.unlock() }; return names.count }
    func next() -> String? { lock.lock(); defer { lock.unlock() }; return names.popLast() }
}

final class Counter: @unchecked Sendable {
    private var count = 0
    private let lock = NSLock()
    func add() { lock.lock(); count += 1; lock.unlock() }
    var value: Int { lock.lock(); defer { lock.unlock() }; return count }
}

final class ErrorBox: @unchecked Sendable {
    private var first: InputError?
    private let lock = NSLock()
    func set(_ error: Error) { lock.lock(); if first == nil { first = error as? InputError ?? InputError(parameter: "--csv", "\(error)") }; lock.unlock() }
    var error: InputError? { lock.lock(); defer { lock.unlock() }; return first }
}

/// The kit being worked on: the current folder, which must hold EMKit's Package.swift.
enum Kit {
    static func root() throws(InputError) -> URL {
        let here = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
        let manifest = here.appendingPathComponent("Package.swift")
        guard let text = try? String(contentsOf: manifest, encoding: .utf8), text.contains("name: \"EMKit\"") else {
            throw InputError(parameter: "emkit", "run this from the kit's folder (the one with EMKit's Package.swift)")
        }
        return here
    }

    static func scratch(_ kit: URL) -> URL {
        if let custom = ProcessInfo.processInfo.environment["EMKIT_GRADE_SCRATCH"] { return URL(fileURLWithPath: custom) }
        return kit.appendingPathComponent(".build/emkit-grade")
    }

    /// `--chapter 1,3`: the chapters to grade (nil when the option is absent: all).
    static func chapters(_ arguments: Arguments) throws(InputError) -> Set<Int>? {
        guard let text = arguments.string("--chapter") else { return nil }
        var chosen: Set<Int> = []
        for word in text.split(separator: ",") {
            guard let number = Int(word.trimmingCharacters(in: .whitespaces)), Catalog.chapter(number) != nil else {
                throw InputError(parameter: "--chapter", "expected chapter numbers between 1 and \(Catalog.chapters.count), comma-separated (got \"\(text)\")")
            }
            chosen.insert(number)
        }
        guard !chosen.isEmpty else { throw InputError(parameter: "--chapter", "names no chapter") }
        return chosen
    }

    /// This program, which sets up each call's sandbox (`emkit __sandbox`).
    static func launcher() throws(InputError) -> URL {
        let path = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
        let url = URL(fileURLWithPath: path)
        guard FileManager.default.isExecutableFile(atPath: url.path) else {
            throw InputError(parameter: "emkit", "cannot find this program's own file to start sandboxed calls with")
        }
        return url
    }

    static func write(_ data: Data, to url: URL, parameter: String) throws(InputError) {
        do {
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try data.write(to: url)
        } catch {
            throw InputError(parameter: parameter, "cannot write \(url.path): \(error.localizedDescription)")
        }
    }
}
