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
        // The compiler's own children (swift-frontend, the linker) go too, not only the driver.
        if timedOut { Self.killTree(process.processIdentifier) }
        process.waitUntilExit()
        return Outcome(
            status: process.terminationStatus,
            output: (try? String(contentsOf: outURL, encoding: .utf8)) ?? "",
            error: (try? String(contentsOf: errURL, encoding: .utf8)) ?? "",
            timedOut: timedOut)
    }
}

extension ChildProgram {
    /// Kills `root` and every process descended from it, found through /proc, children first
    /// collected before any is killed (so none is re-parented out of reach).
    static func killTree(_ root: pid_t) {
        var children: [pid_t: [pid_t]] = [:]
        for entry in (try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? [] {
            guard let pid = pid_t(entry), let stat = try? String(contentsOfFile: "/proc/\(entry)/stat", encoding: .utf8),
                  let close = stat.lastIndex(of: ")") else { continue }
            let fields = stat[stat.index(after: close)...].split(separator: " ")
            if fields.count > 1, let parent = pid_t(fields[1]) { children[parent, default: []].append(pid) }
        }
        var tree: [pid_t] = [root]
        var index = 0
        while index < tree.count { tree += children[tree[index]] ?? []; index += 1 }
        for pid in tree { kill(pid, SIGSTOP) }
        for pid in tree { kill(pid, SIGKILL) }
    }
}

/// The grader's own failure (not the student's): a folder it cannot write, a program it cannot
/// start. It stops grading that student with this message.
public struct GradingError: Error, CustomStringConvertible, Sendable {
    public var description: String
    public init(_ description: String) { self.description = description }
}
