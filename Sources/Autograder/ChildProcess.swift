import EMKit
import Foundation

/// The one way the kit runs another program: the compiler for the grader and for `emkit watch`,
/// and the sandbox launcher for every call into a submission.
///
/// Standard input comes from a file (or /dev/null), standard output and error go to files (so a
/// chatty child cannot fill a pipe), and a child still running at its time limit is killed: its
/// whole process tree (the compiler's `swift-frontend` and linker), or its process group (the
/// sandbox, whose call leads a group of its own).
public struct ChildProcess: Sendable {
    public var executable: URL
    public var arguments: [String]
    public var directory: URL?
    /// The child's whole environment; nil passes on this program's.
    public var environment: [String: String]?
    /// Read as standard input; nil reads nothing.
    public var input: URL?

    public init(executable: URL, arguments: [String], directory: URL? = nil, environment: [String: String]? = nil, input: URL? = nil) {
        self.executable = executable
        self.arguments = arguments
        self.directory = directory
        self.environment = environment
        self.input = input
    }

    /// A tool found on PATH (`swift`), through `/usr/bin/env`.
    public static func tool(_ arguments: [String], directory: URL?) -> ChildProcess {
        ChildProcess(executable: URL(fileURLWithPath: "/usr/bin/env"), arguments: arguments, directory: directory)
    }

    /// What is killed at the time limit or on `stop`.
    public enum Reach: Sendable { case tree, group }

    /// How the child ended.
    public enum Ending: Sendable, Equatable {
        case exited(Int32)
        case signalled(Int32)
        /// Still running at the time limit, or asked to stop: killed.
        case killed
    }

    /// Runs the child to its end, its output into `output` and `error` (which may be one file).
    /// `started` is told the child's id (to stop it from elsewhere with `stop(_:reach:)`).
    public func run(output: URL, error: URL, timeLimit: Double?, reach: Reach = .tree,
                    started: (@Sendable (pid_t) -> Void)? = nil) throws(KitError) -> Ending {
        guard let out = try? FileHandle(forWritingTo: output), let err = output == error ? out : try? FileHandle(forWritingTo: error) else {
            throw KitError("cannot write \(executable.lastPathComponent)'s output to \(output.deletingLastPathComponent().path)")
        }
        defer { try? out.close(); if output != error { try? err.close() } }
        var source: FileHandle?
        if let input {
            guard let handle = try? FileHandle(forReadingFrom: input) else { throw KitError("cannot read \(input.path)") }
            source = handle
        }
        defer { try? source?.close() }
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        if let directory { process.currentDirectoryURL = directory }
        if let environment { process.environment = environment }
        process.standardInput = source ?? FileHandle.nullDevice
        process.standardOutput = out
        process.standardError = err
        do {
            try process.run()
        } catch {
            throw KitError("cannot start \(executable.path): \(error.localizedDescription)")
        }
        started?(process.processIdentifier)
        var killed = false
        if let timeLimit {
            let deadline = Date().addingTimeInterval(timeLimit)
            while process.isRunning && Date() < deadline { usleep(2_000) }
            if process.isRunning {
                Self.stop(process.processIdentifier, reach: reach)
                killed = true
            }
        }
        process.waitUntilExit()
        if killed { return .killed }
        return process.terminationReason == .uncaughtSignal ? .signalled(process.terminationStatus) : .exited(process.terminationStatus)
    }

    /// A run whose output is wanted as text: captured in a scratch folder, removed after.
    public struct Captured: Sendable {
        public var ending: Ending
        public var output: String
        public var error: String
        public var timedOut: Bool { ending == .killed }
        /// The exit status, or -1 when the child did not exit by itself.
        public var status: Int32 { if case .exited(let status) = ending { return status } else { return -1 } }
    }

    /// Runs the child and returns what it printed; `merged` puts standard error into `output`.
    public func capture(timeLimit: Double?, merged: Bool = false, started: (@Sendable (pid_t) -> Void)? = nil) throws(KitError) -> Captured {
        let fm = FileManager.default
        let scratch = fm.temporaryDirectory.appendingPathComponent("emkit-child-\(UUID().uuidString)")
        defer { try? fm.removeItem(at: scratch) }
        let outURL = scratch.appendingPathComponent("out"), errURL = scratch.appendingPathComponent(merged ? "out" : "err")
        do {
            try fm.createDirectory(at: scratch, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
            try Data().write(to: outURL)
            try Data().write(to: errURL)
        } catch {
            throw KitError("cannot create a scratch folder in \(fm.temporaryDirectory.path): \(error.localizedDescription)")
        }
        let ending = try run(output: outURL, error: errURL, timeLimit: timeLimit, started: started)
        return Captured(ending: ending,
                        output: (try? String(contentsOf: outURL, encoding: .utf8)) ?? "",
                        error: merged ? "" : (try? String(contentsOf: errURL, encoding: .utf8)) ?? "")
    }

    /// Kills a child: its process group, or the process and every descendant, found through
    /// /proc and all stopped before any is killed (so none is re-parented out of reach).
    public static func stop(_ root: pid_t, reach: Reach) {
        switch reach {
        case .group:
            kill(-root, SIGKILL)
            kill(root, SIGKILL)
        case .tree:
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
}
