// edition: omit (instructor tooling)
import Autograder
import EMKit
import Foundation

/// `emkit grade`: grade one student's exercises in a scratch copy of the kit.
enum GradeCommand {
    static let usage = """
        emkit grade [--submission DIR] [--results FILE] [--time-limit SECONDS]
          Grade a student's copy of Exercises/ (default: this kit's own) for an instructor. The
          kit is copied to .build/emkit-grade with the student's chapters in place (your tree is
          never touched), built, and every graded item is run, hidden checks included with fresh
          seeds; each call into the student's code runs in its own process with the time limit
          (default 10 s). Writes Gradescope's results.json to FILE (default results.json) and
          prints a summary. A student's failures are a successful run (exit 0).
        """

    static func run(_ words: [String]) throws(InputError) {
        let arguments = try Arguments(words, options: ["--submission", "--results", "--time-limit"], flags: [])
        try arguments.noPositionals("grade")
        let kit = try Kit.root()
        let folder = arguments.string("--submission").map { URL(fileURLWithPath: $0) } ?? kit.appendingPathComponent("Exercises")
        let results = URL(fileURLWithPath: arguments.string("--results") ?? "results.json")
        let grader = Grader(kit: kit, scratch: Kit.scratch(kit), timeLimit: try arguments.positiveDouble("--time-limit", default: 10))
        let report = try grader.grade(folder)
        try Kit.write(report.gradescopeJSON(), to: results, parameter: "--results")
        Output.write(report.summary() + "results: \(results.path)\n")
    }
}

/// `emkit grade-all FOLDER --csv FILE`: one row per student.
enum GradeAllCommand {
    static let usage = """
        emkit grade-all FOLDER --csv FILE [--results-dir DIR] [--time-limit SECONDS]
          Grade every sub-folder of FOLDER as one student's submission (named after the folder).
          Writes one CSV row per student (score, maximum, whether it compiled, notes, and each
          item's points) and each student's results.json into DIR (default: results/ next to
          the CSV). The build is shared, so each student after the first takes well under a minute.
        """

    static func run(_ words: [String]) throws(InputError) {
        let arguments = try Arguments(words, options: ["--csv", "--results-dir", "--time-limit"], flags: [])
        guard arguments.positionals.count == 1, let folderPath = arguments.positionals.first else {
            throw InputError(parameter: "grade-all", "expects one folder of submissions (emkit grade-all FOLDER --csv FILE)")
        }
        let csvURL = URL(fileURLWithPath: try arguments.requiredString("--csv"))
        let resultsDir = URL(fileURLWithPath: arguments.string("--results-dir") ?? csvURL.deletingLastPathComponent().appendingPathComponent("results").path)
        let kit = try Kit.root()
        let grader = Grader(kit: kit, scratch: Kit.scratch(kit), timeLimit: try arguments.positiveDouble("--time-limit", default: 10))
        let folder = URL(fileURLWithPath: folderPath)
        let students = ((try? FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: [.isDirectoryKey])) ?? [])
            .filter { (try? $0.resourceValues(forKeys: [.isDirectoryKey]).isDirectory) == true && !$0.lastPathComponent.hasPrefix(".") }
            .sorted { $0.lastPathComponent < $1.lastPathComponent }
        guard !students.isEmpty else { throw InputError(location: folderPath, "holds no sub-folder to grade") }
        let items = Catalog.allItems
        var rows = [["student", "score", "max_score", "compiled", "seconds", "notes"] + items.map(\.id)]
        var failures = 0
        for student in students {
            let name = student.lastPathComponent
            do {
                let report = try grader.grade(student)
                try Kit.write(report.gradescopeJSON(), to: resultsDir.appendingPathComponent("\(name).json"), parameter: "--results-dir")
                let scores = Dictionary(report.results.map { ($0.id, $0.score) }, uniquingKeysWith: { a, _ in a })
                rows.append([name, number(report.score), number(report.maxScore), report.compiled ? "yes" : "no",
                             String(format: "%.0f", report.seconds), report.notes.joined(separator: " | ")]
                            + items.map { scores[$0.id].map(number) ?? "" })
                Output.write(String(format: "%@: %g of %g\n", name, report.score, report.maxScore))
            } catch {
                failures += 1
                rows.append([name, "", "", "", "", "not graded: \(error)"] + items.map { _ in "" })
                Output.write("\(name): not graded: \(error)\n")
            }
        }
        let csv = rows.map { $0.map(csvField).joined(separator: ",") }.joined(separator: "\n") + "\n"
        try Kit.write(Data(csv.utf8), to: csvURL, parameter: "--csv")
        Output.write("\(students.count) submissions graded: \(csvURL.path), results in \(resultsDir.path)\n")
        if failures > 0 { throw InputError(parameter: "grade-all", "\(failures) submission(s) could not be graded (see their rows)") }
    }

    static func number(_ x: Double) -> String { String(format: "%g", x) }

    static func csvField(_ text: String) -> String {
        guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" }) else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}

/// `emkit __grade-items --time-limit T`: every graded item, as JSON on standard output (run by
/// the grader inside the grading copy; not for people).
enum GradeItemsCommand {
    static func run(_ words: [String]) throws(InputError) {
        let arguments = try Arguments(words, options: ["--time-limit"], flags: [])
        let session = try Session.make(timeLimit: try arguments.positiveDouble("--time-limit", default: 10))
        let results = CheckCommand.grade(Catalog.allItems, session: session)
        guard let data = try? JSONEncoder().encode(results) else { throw InputError(parameter: "__grade-items", "cannot encode the results") }
        Output.write(String(decoding: data, as: UTF8.self) + "\n")
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

    static func write(_ data: Data, to url: URL, parameter: String) throws(InputError) {
        do {
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try data.write(to: url)
        } catch {
            throw InputError(parameter: parameter, "cannot write \(url.path): \(error.localizedDescription)")
        }
    }
}
