import EMKit
import Foundation

/// Why a call into the submission gave no value.
public enum CallFailure: Error, Equatable, Sendable, CustomStringConvertible {
    /// The child stopped abnormally: a Swift runtime trap (index out of range, `fatalError`,
    /// force-unwrapped nil, integer overflow, division by zero) or another signal.
    case crashed(String)
    /// The child ran longer than the time limit and was stopped.
    case timedOut(seconds: Double)
    /// The kit itself could not run the call (e.g. the helper program is missing).
    case hostError(String)

    public var description: String {
        switch self {
        case .crashed(let why): return "crashed: \(why)"
        case .timedOut(let seconds): return "timed out after \(seconds.formatted()) s (is there a loop that never ends?)"
        case .hostError(let why): return "could not run the submission: \(why)"
        }
    }
}

/// Runs submission functions in a child process, one call each, with a time limit.
///
/// Why a child process rather than Swift Testing's exit tests: the same isolation is needed by
/// `swift test`, `emkit check`, `emkit quiz` and `emkit grade`, and only a child process works
/// for all four. The child is the `emkit` program itself (`emkit __call FUNCTION IN OUT`); it
/// exchanges JSON through files, so whatever the student prints never mixes with the values.
public struct IsolatedRunner: Sendable {
    /// The `emkit` program to start.
    public var executable: URL
    /// Wall-clock limit for one call.
    public var timeLimit: Double

    public init(executable: URL, timeLimit: Double = 10) {
        self.executable = executable
        self.timeLimit = timeLimit
    }

    /// A runner that uses the running program (when it is `emkit`) or the `emkit` built next
    /// to it (when it is the test runner).
    public static func locate(timeLimit: Double = 10) -> IsolatedRunner? {
        var candidates: [URL] = []
        if let me = Bundle.main.executableURL {
            if me.lastPathComponent == "emkit" { candidates.append(me) }
            candidates.append(me.deletingLastPathComponent().appendingPathComponent("emkit"))
        }
        candidates.append(Bundle.main.bundleURL.appendingPathComponent("emkit"))
        candidates.append(Bundle.main.bundleURL.deletingLastPathComponent().appendingPathComponent("emkit"))
        let found = candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) }
        return found.map { IsolatedRunner(executable: $0, timeLimit: timeLimit) }
    }

    /// Calls `function` with the encoded `arguments` in a fresh child process and returns its
    /// encoded reply.
    public func call(_ function: String, _ arguments: Data) -> Result<Data, CallFailure> {
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("emkit-call-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: scratch) }
        do {
            try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        } catch {
            return .failure(.hostError("cannot create a scratch folder: \(error.localizedDescription)"))
        }
        let inputURL = scratch.appendingPathComponent("input.json")
        let outputURL = scratch.appendingPathComponent("output.json")
        let stdoutURL = scratch.appendingPathComponent("stdout.txt")
        let stderrURL = scratch.appendingPathComponent("stderr.txt")
        do {
            try arguments.write(to: inputURL)
            try Data().write(to: stdoutURL)
            try Data().write(to: stderrURL)
        } catch {
            return .failure(.hostError("cannot write the call's input: \(error.localizedDescription)"))
        }

        let process = Process()
        process.executableURL = executable
        process.arguments = ["__call", function, inputURL.path, outputURL.path]
        var environment = ProcessInfo.processInfo.environment
        environment["SWIFT_BACKTRACE"] = "enable=no"
        process.environment = environment
        process.standardInput = FileHandle.nullDevice
        guard let out = try? FileHandle(forWritingTo: stdoutURL), let err = try? FileHandle(forWritingTo: stderrURL) else {
            return .failure(.hostError("cannot capture the child's output"))
        }
        defer { try? out.close(); try? err.close() }
        process.standardOutput = out
        process.standardError = err
        do {
            try process.run()
        } catch {
            return .failure(.hostError("cannot start \(executable.path): \(error.localizedDescription)"))
        }

        let deadline = Date().addingTimeInterval(timeLimit)
        while process.isRunning && Date() < deadline { usleep(2_000) }
        if process.isRunning {
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            return .failure(.timedOut(seconds: timeLimit))
        }
        process.waitUntilExit()

        let stderrText = (try? String(contentsOf: stderrURL, encoding: .utf8)) ?? ""
        if process.terminationReason == .uncaughtSignal {
            return .failure(.crashed(Self.explain(signal: process.terminationStatus, stderr: stderrText)))
        }
        guard process.terminationStatus == 0 else {
            let line = stderrText.split(separator: "\n").last.map(String.init) ?? "exit status \(process.terminationStatus)"
            return .failure(.crashed(line))
        }
        guard let reply = try? Data(contentsOf: outputURL) else {
            return .failure(.crashed("the submission ended without returning a value"))
        }
        return .success(reply)
    }

    /// One line saying why the child died: the runtime's own "Fatal error" line when there is one.
    static func explain(signal: Int32, stderr: String) -> String {
        if let fatal = stderr.split(separator: "\n").first(where: { $0.contains("Fatal error") }) {
            return String(fatal).trimmingCharacters(in: .whitespaces)
        }
        switch signal {
        case SIGILL, SIGTRAP: return "a Swift runtime trap (index out of range, division by zero, overflow, nil unwrapped, or fatalError)"
        case SIGSEGV, SIGBUS: return "a memory fault (signal \(signal))"
        case SIGFPE: return "an arithmetic fault (signal \(signal))"
        case SIGKILL: return "killed (signal 9): perhaps out of memory"
        default: return "stopped by signal \(signal)"
        }
    }
}
