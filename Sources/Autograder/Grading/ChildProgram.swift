// edition: omit (instructor tooling)
import EMKit
import Foundation

/// Runs one of the grader's own programs (the compiler) to completion, capturing its output in
/// files (so a chatty build cannot fill a pipe) and stopping it after `timeLimit` seconds.
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

    func run(timeLimit: Double) throws(GradingError) -> Outcome {
        let fm = FileManager.default
        let scratch = fm.temporaryDirectory.appendingPathComponent("emkit-child-\(UUID().uuidString)")
        defer { try? fm.removeItem(at: scratch) }
        let outURL = scratch.appendingPathComponent("out"), errURL = scratch.appendingPathComponent("err")
        do {
            try fm.createDirectory(at: scratch, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
            try Data().write(to: outURL)
            try Data().write(to: errURL)
        } catch {
            throw GradingError("cannot create a scratch folder: \(error.localizedDescription)")
        }
        guard let out = try? FileHandle(forWritingTo: outURL), let err = try? FileHandle(forWritingTo: errURL) else {
            throw GradingError("cannot capture \(executable.lastPathComponent)'s output")
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
            throw GradingError("cannot start \(executable.path): \(error.localizedDescription)")
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

/// The grader's own failure (not the student's): a folder it cannot write, a program it cannot
/// start. It stops grading that student with this message.
public struct GradingError: Error, CustomStringConvertible, Sendable {
    public var description: String
    public init(_ description: String) { self.description = description }
}
