// edition: omit (instructor tooling)
import EMKit
import Foundation

/// Runs a program to completion, capturing its output in files (so a chatty build cannot
/// fill a pipe) and stopping it after `timeLimit` seconds.
struct ChildProgram {
    var executable: URL
    var arguments: [String]
    var directory: URL
    var environment: [String: String] = [:]

    struct Outcome {
        var status: Int32
        var output: String
        var error: String
        var timedOut: Bool
    }

    func run(timeLimit: Double) throws(InputError) -> Outcome {
        let fm = FileManager.default
        let scratch = fm.temporaryDirectory.appendingPathComponent("emkit-child-\(UUID().uuidString)")
        defer { try? fm.removeItem(at: scratch) }
        let outURL = scratch.appendingPathComponent("out"), errURL = scratch.appendingPathComponent("err")
        do {
            try fm.createDirectory(at: scratch, withIntermediateDirectories: true)
            try Data().write(to: outURL)
            try Data().write(to: errURL)
        } catch {
            throw InputError(parameter: "grade", "cannot create a scratch folder: \(error.localizedDescription)")
        }
        guard let out = try? FileHandle(forWritingTo: outURL), let err = try? FileHandle(forWritingTo: errURL) else {
            throw InputError(parameter: "grade", "cannot capture \(executable.lastPathComponent)'s output")
        }
        defer { try? out.close(); try? err.close() }
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.currentDirectoryURL = directory
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = out
        process.standardError = err
        do {
            try process.run()
        } catch {
            throw InputError(parameter: "grade", "cannot start \(executable.path): \(error.localizedDescription)")
        }
        let deadline = Date().addingTimeInterval(timeLimit)
        while process.isRunning && Date() < deadline { usleep(20_000) }
        let timedOut = process.isRunning
        if timedOut { kill(process.processIdentifier, SIGKILL) }
        process.waitUntilExit()
        return Outcome(
            status: process.terminationStatus,
            output: (try? String(contentsOf: outURL, encoding: .utf8)) ?? "",
            error: (try? String(contentsOf: errURL, encoding: .utf8)) ?? "",
            timedOut: timedOut)
    }
}

/// Builds `emkit` in the grading copy, with the student's exercises compiled in.
struct ScratchBuild {
    var copy: URL
    var buildFolder: URL

    /// The built program, or the compiler's error lines when the submission does not compile.
    func build() throws(InputError) -> Result<URL, CompileFailure> {
        let swift = URL(fileURLWithPath: "/usr/bin/env")
        let outcome = try ChildProgram(
            executable: swift,
            arguments: ["swift", "build", "--product", "emkit", "--scratch-path", buildFolder.path],
            directory: copy
        ).run(timeLimit: 1800)
        let program = buildFolder.appendingPathComponent("debug/emkit")
        if outcome.status == 0, !outcome.timedOut, FileManager.default.isExecutableFile(atPath: program.path) {
            return .success(program)
        }
        let text = outcome.output + "\n" + outcome.error
        let prefix = copy.standardizedFileURL.path + "/"
        var errors: [String] = []
        for line in text.split(separator: "\n").map(String.init) where line.contains("error:") {
            let cleaned = line.replacingOccurrences(of: prefix, with: "")
            if !errors.contains(cleaned) { errors.append(cleaned) }
        }
        if errors.isEmpty { errors = [outcome.timedOut ? "the build took longer than 30 minutes" : "swift build failed (exit \(outcome.status))"] }
        let student = errors.filter { $0.hasPrefix("Exercises/") }
        return .failure(CompileFailure(errors: Array((student.isEmpty ? errors : student).prefix(20))))
    }
}

/// The compiler's complaints about a submission.
public struct CompileFailure: Error, Sendable {
    public var errors: [String]
}
