import EMKit
import Foundation

/// Why the submission gave no usable value: the one failure type of a student's code. Every one
/// of them scores the item zero; `unusable` reads as a failed check, the others as a crash or a
/// time-out.
public enum CallFailure: Error, Equatable, Sendable, CustomStringConvertible {
    /// The call stopped abnormally: a Swift runtime trap (index out of range, `fatalError`,
    /// force-unwrapped nil, integer overflow, division by zero), another signal, a limit hit,
    /// or an exit without a reply.
    case crashed(String)
    /// The call ran longer than the time limit and was stopped.
    case timedOut(seconds: Double)
    /// The kit itself could not run the call (the call host is missing, the sandbox could not
    /// be set up, the reply could not be read).
    case hostError(String)
    /// The function returned, but what it returned cannot be used (wrong size, NaN where a
    /// number must be, the skeleton's placeholder); the text says which part to look at.
    case unusable(String)

    public var description: String {
        switch self {
        case .crashed(let why): return "crashed: \(why)"
        case .timedOut(let seconds): return "timed out after \(seconds.formatted()) s (is there a loop that never ends?)"
        case .hostError(let why): return "could not run the submission: \(why)"
        case .unusable(let why): return why
        }
    }
}

/// Runs submission functions in the call host (`emkit-call`), one sandboxed process per call.
///
/// The grader and the submission never share a program: the grader writes the request to a
/// file, starts `emkit __sandbox` (its own code) which sets the sandbox up and executes the call
/// host, and afterwards reads the reply file, refusing one larger than the policy's output limit.
/// Whatever the call prints goes to a log of which only the tail is kept, for the feedback.
public struct IsolatedRunner: Sendable {
    /// The call host, linked with the submission.
    public var host: URL
    /// The program that sets the sandbox up (`emkit`, run as `emkit __sandbox`).
    public var launcher: URL
    public var policy: SandboxPolicy

    /// Wall-clock limit for one call.
    public var timeLimit: Double { policy.seconds }

    public init(host: URL, launcher: URL, policy: SandboxPolicy) {
        self.host = host
        self.launcher = launcher
        self.policy = policy
    }

    /// A runner for this build: the `emkit-call` and `emkit` built next to the running program
    /// (the `emkit` tool itself or the test runner).
    public static func locate(timeLimit: Double = 10) -> IsolatedRunner? {
        var folders: [URL] = []
        if let me = Bundle.main.executableURL { folders.append(me.deletingLastPathComponent()) }
        folders.append(Bundle.main.bundleURL)
        folders.append(Bundle.main.bundleURL.deletingLastPathComponent())
        for folder in folders {
            let host = folder.appendingPathComponent("emkit-call"), launcher = folder.appendingPathComponent("emkit")
            if FileManager.default.isExecutableFile(atPath: host.path), FileManager.default.isExecutableFile(atPath: launcher.path) {
                return IsolatedRunner(host: host, launcher: launcher, policy: SandboxPolicy(seconds: timeLimit))
            }
        }
        return nil
    }

    /// How much of the call's output is kept for the feedback.
    static let logTail = 16384

    /// Calls `function` with the encoded `arguments` in a fresh sandboxed process and returns
    /// its encoded reply.
    public func call(_ function: String, _ arguments: Data) -> Result<Data, CallFailure> {
        let fm = FileManager.default
        let scratch = fm.temporaryDirectory.appendingPathComponent("emkit-call-\(UUID().uuidString)")
        defer { try? fm.removeItem(at: scratch) }
        let work = scratch.appendingPathComponent("work")
        let requestURL = scratch.appendingPathComponent("request.json")
        let replyURL = scratch.appendingPathComponent("reply.json")
        let logURL = scratch.appendingPathComponent("log.txt")
        do {
            try fm.createDirectory(at: work, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
            try fm.setAttributes([.posixPermissions: 0o700], ofItemAtPath: scratch.path)
            try arguments.write(to: requestURL)
            try Data().write(to: replyURL)
            try Data().write(to: logURL)
        } catch {
            return .failure(.hostError("cannot prepare the call: \(error.localizedDescription)"))
        }
        // The launcher enforces the time limit itself; the limit here is the grader's backstop.
        let launch = ChildProcess(executable: launcher, arguments: ["__sandbox"] + policy.arguments(host: host.path, function: function, work: work.path),
                                  environment: ["PATH": "/usr/bin:/bin"], input: requestURL)
        let ending: ChildProcess.Ending
        do {
            ending = try launch.run(output: replyURL, error: logURL, timeLimit: policy.seconds + 5, reach: .group)
        } catch {
            return .failure(.hostError(error.description))
        }
        if ending == .killed { return .failure(.timedOut(seconds: policy.seconds)) }

        let tail = Self.tail(of: logURL, bytes: Self.logTail)
        let logSize = (try? fm.attributesOfItem(atPath: logURL.path))?[.size] as? Int ?? 0
        if logSize >= policy.output {
            return .failure(.crashed("stopped after printing \(policy.output >> 20) MB (the limit of a call's output; printing in a loop?)"))
        }
        let status: Int32
        switch ending {
        case .signalled(let signal): return .failure(.crashed(Self.explain(signal: signal, log: tail, policy: policy, host: host)))
        case .exited(let code): status = code
        case .killed: return .failure(.timedOut(seconds: policy.seconds))
        }
        switch status {
        case 0: break
        case SandboxPolicy.timedOutStatus: return .failure(.timedOut(seconds: policy.seconds))
        case SandboxPolicy.setupFailedStatus:
            return .failure(.hostError(Self.lastLine(tail) ?? "the sandbox could not be set up"))
        default:
            return .failure(.crashed(Self.lastLine(tail) ?? "exit status \(status)"))
        }
        guard let size = (try? fm.attributesOfItem(atPath: replyURL.path))?[.size] as? Int, size > 0 else {
            return .failure(.crashed("the submission ended without returning a value"))
        }
        guard size <= policy.reply, let data = fm.contents(atPath: replyURL.path) else {
            return .failure(.crashed("the reply is larger than \(policy.reply >> 20) MB"))
        }
        return .success(data)
    }

    /// The last `bytes` of a file, as text.
    static func tail(of url: URL, bytes: Int) -> String {
        guard let handle = try? FileHandle(forReadingFrom: url) else { return "" }
        defer { try? handle.close() }
        let end = (try? handle.seekToEnd()) ?? 0
        try? handle.seek(toOffset: end > UInt64(bytes) ? end - UInt64(bytes) : 0)
        let data = (try? handle.readToEnd()) ?? Data()
        return String(decoding: data, as: UTF8.self)
    }

    static func lastLine(_ text: String) -> String? {
        text.split(separator: "\n").last.map { String($0.prefix(300)).trimmingCharacters(in: .whitespaces) }
    }

    /// One line saying why the call died: the runtime's own "Fatal error" line when there is one,
    /// and where in the student's code, from the backtrace, when a frame is in a chapter file.
    static func explain(signal: Int32, log: String, policy: SandboxPolicy, host: URL? = nil) -> String {
        let symbolized = policy.symbolizeCrashes ? host.flatMap { CrashLocation.find(in: log, host: $0) } : nil
        let place = (symbolized ?? CrashLocation.chapterLocation(in: log)).map { " at \($0)" } ?? ""
        if let fatal = log.split(separator: "\n").last(where: { $0.contains("Fatal error") }) {
            return String(fatal.prefix(300)).trimmingCharacters(in: .whitespaces) + place
        }
        return signalReason(signal, policy: policy) + place
    }

    static func signalReason(_ signal: Int32, policy: SandboxPolicy) -> String {
        switch signal {
        case SIGILL, SIGTRAP: return "a Swift runtime trap (index out of range, division by zero, overflow, nil unwrapped, or fatalError)"
        case SIGSEGV, SIGBUS: return "a memory fault (signal \(signal)), perhaps more than \(policy.memory >> 30) GB of memory"
        case SIGFPE: return "an arithmetic fault (signal \(signal))"
        case SIGXFSZ: return "wrote more than \(policy.output >> 20) MB (printing in a loop?)"
        case SIGXCPU: return "used more than its CPU time"
        case SIGKILL: return "killed (signal 9): perhaps out of memory"
        case SIGABRT: return "aborted (signal 6), perhaps out of memory (the limit is \(policy.memory >> 30) GB)"
        default: return "stopped by signal \(signal)"
        }
    }
}

