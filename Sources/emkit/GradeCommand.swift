// edition: omit (instructor tooling)
import Autograder
import EMKit
import Foundation

/// `emkit grade`: grade one student's exercises.
enum GradeCommand {
    static let usage = """
        emkit grade [--submission DIR] [--results FILE] [--time-limit SECONDS]
          Grade a student's copy of Exercises/ (default: this kit's own) for an instructor. The
          student's chapters are built into a call host of their own (the kit's core and their
          code, nothing else) in .build/emkit-grade; every graded item runs in this program, the
          hidden checks with fresh seeds, and each call into the student's code runs sandboxed
          with the time limit (default 10 s). Writes Gradescope's results.json to FILE (default
          results.json) and prints a summary. A student's failures are a successful run (exit 0).
        """

    static func run(_ words: [String]) throws(InputError) {
        let arguments = try Arguments(words, options: ["--submission", "--results", "--time-limit"], flags: [])
        try arguments.noPositionals("grade")
        let kit = try Kit.root()
        let folder = arguments.string("--submission").map { URL(fileURLWithPath: $0) } ?? kit.appendingPathComponent("Exercises")
        let results = URL(fileURLWithPath: arguments.string("--results") ?? "results.json")
        var policy = SandboxPolicy(seconds: try arguments.positiveDouble("--time-limit", default: 10))
        policy.hidden = [folder.standardizedFileURL.path, results.deletingLastPathComponent().standardizedFileURL.path]
        let grader = Grader(kit: kit, scratch: Kit.scratch(kit), policy: policy, launcher: try Kit.launcher())
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
enum GradeAllCommand {
    static let usage = """
        emkit grade-all FOLDER --csv FILE [--results-dir DIR] [--time-limit SECONDS] [--resume]
          Grade every sub-folder of FOLDER as one student's submission (named after the folder).
          Each student's row (score, maximum, whether it compiled, notes, and each item's points)
          is added to the CSV as soon as that student is graded, and their results.json written
          into DIR (default: results/ next to the CSV). With --resume, students who already have a
          row are not graded again. The build is shared, so each student after the first takes
          seconds, not minutes.
        """

    static func run(_ words: [String]) throws(InputError) {
        let arguments = try Arguments(words, options: ["--csv", "--results-dir", "--time-limit"], flags: ["--resume"])
        guard arguments.positionals.count == 1, let folderPath = arguments.positionals.first else {
            throw InputError(parameter: "grade-all", "expects one folder of submissions (emkit grade-all FOLDER --csv FILE)")
        }
        let csvURL = URL(fileURLWithPath: try arguments.requiredString("--csv")).standardizedFileURL
        let resultsDir = URL(fileURLWithPath: arguments.string("--results-dir") ?? csvURL.deletingLastPathComponent().appendingPathComponent("results").path).standardizedFileURL
        let kit = try Kit.root()
        let folder = URL(fileURLWithPath: folderPath).standardizedFileURL
        var policy = SandboxPolicy(seconds: try arguments.positiveDouble("--time-limit", default: 10))
        policy.hidden = [folder.path, resultsDir.path, csvURL.deletingLastPathComponent().path]
        let grader = Grader(kit: kit, scratch: Kit.scratch(kit), policy: policy, launcher: try Kit.launcher())

        guard GradingCopy.kind(of: folder) == .typeDirectory,
              let names = try? FileManager.default.contentsOfDirectory(atPath: folder.path) else {
            throw InputError(location: folderPath, "is not a folder of submissions")
        }
        let students = names.filter { !$0.hasPrefix(".") }.sorted()
        guard !students.isEmpty else { throw InputError(location: folderPath, "holds no sub-folder to grade") }

        let items = Catalog.allItems
        let header = ["student", "score", "max_score", "compiled", "seconds", "notes"] + items.map(\.id)
        let sheet = try GradeSheet(url: csvURL, header: header, resume: arguments.has("--resume"))
        var failures = 0
        for name in students {
            if sheet.done.contains(name) {
                Output.write("\(name): already graded (--resume)\n")
                continue
            }
            let student = folder.appendingPathComponent(name)
            guard GradingCopy.kind(of: student) == .typeDirectory else {
                let why = GradingCopy.kind(of: student) == .typeSymbolicLink ? "a symbolic link, not a folder" : "not a folder"
                try sheet.append([name, "", "", "", "", "not graded: \(why)"] + items.map { _ in "" })
                Output.write("\(name): not graded: \(why)\n")
                failures += 1
                continue
            }
            do {
                let report = try grader.grade(student)
                // Written by the grader only, after every process of this student has ended.
                try Kit.write(report.gradescopeJSON(), to: resultsDir.appendingPathComponent("\(name).json"), parameter: "--results-dir")
                let scores = Dictionary(report.results.map { ($0.id, $0.score) }, uniquingKeysWith: { a, _ in a })
                try sheet.append([name, number(report.score), number(report.maxScore), report.compiled ? "yes" : "no",
                                  String(format: "%.0f", report.seconds), report.notes.joined(separator: " | ")]
                                 + items.map { scores[$0.id].map(number) ?? "" })
                Output.write(String(format: "%@: %g of %g (%.0f s)\n", name, report.score, report.maxScore, report.seconds))
            } catch {
                failures += 1
                try sheet.append([name, "", "", "", "", "not graded: \(error)"] + items.map { _ in "" })
                Output.write("\(name): not graded: \(error)\n")
            }
        }
        Output.write("\(students.count) submissions: \(csvURL.path), results in \(resultsDir.path)\n")
        if failures > 0 { throw InputError(parameter: "grade-all", "\(failures) submission(s) could not be graded (see their rows)") }
    }

    static func number(_ x: Double) -> String { String(format: "%g", x) }
}

/// The class's CSV, grown one row at a time and flushed after each, so that a run that is
/// stopped loses nothing and `--resume` knows who is done.
final class GradeSheet {
    let url: URL
    private(set) var done: Set<String> = []

    init(url: URL, header: [String], resume: Bool) throws(InputError) {
        self.url = url
        let fm = FileManager.default
        if resume, let text = try? String(contentsOf: url, encoding: .utf8), !text.isEmpty {
            let rows = CSVRows.parse(text)
            guard rows.first == header else {
                throw InputError(location: url.path, "was written for other graded items; grade again without --resume")
            }
            // A row is done when it was graded (a score), not when it was refused.
            done = Set(rows.dropFirst().filter { $0.count == header.count && !$0[1].isEmpty }.map { $0[0] })
            let kept = [rows[0]] + rows.dropFirst().filter { $0.count == header.count && done.contains($0[0]) }
            try write(kept.map(Self.line).joined())
        } else {
            do {
                try fm.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            } catch {
                throw InputError(parameter: "--csv", "cannot write \(url.path): \(error.localizedDescription)")
            }
            try write(Self.line(header))
        }
    }

    func append(_ row: [String]) throws(InputError) {
        guard let handle = try? FileHandle(forWritingTo: url) else { throw InputError(parameter: "--csv", "cannot write \(url.path)") }
        defer { try? handle.close() }
        do {
            try handle.seekToEnd()
            try handle.write(contentsOf: Data(Self.line(row).utf8))
            try handle.synchronize()
        } catch {
            throw InputError(parameter: "--csv", "cannot write \(url.path): \(error.localizedDescription)")
        }
    }

    private func write(_ text: String) throws(InputError) {
        do {
            try Data(text.utf8).write(to: url, options: .atomic)
        } catch {
            throw InputError(parameter: "--csv", "cannot write \(url.path): \(error.localizedDescription)")
        }
    }

    static func line(_ fields: [String]) -> String {
        fields.map(field).joined(separator: ",") + "\n"
    }

    static func field(_ text: String) -> String {
        guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}

/// Reads back the CSV the grader wrote (quoted fields, doubled quotes, newlines inside quotes).
enum CSVRows {
    static func parse(_ text: String) -> [[String]] {
        var rows: [[String]] = []
        var row: [String] = []
        var field = ""
        var quoted = false
        var iterator = text.makeIterator()
        while let c = iterator.next() {
            if quoted {
                if c == "\"" {
                    if let next = iterator.next() {
                        if next == "\"" { field.append("\"") } else {
                            quoted = false
                            if next == "," { row.append(field); field = "" }
                            else if next == "\n" { row.append(field); rows.append(row); row = []; field = "" }
                            else { field.append(next) }
                        }
                    } else { quoted = false }
                } else { field.append(c) }
            } else if c == "\"" && field.isEmpty {
                quoted = true
            } else if c == "," {
                row.append(field); field = ""
            } else if c == "\n" {
                row.append(field); rows.append(row); row = []; field = ""
            } else {
                field.append(c)
            }
        }
        if !field.isEmpty || !row.isEmpty { row.append(field); rows.append(row) }
        return rows
    }
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
