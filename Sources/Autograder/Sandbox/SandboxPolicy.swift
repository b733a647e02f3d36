import Foundation

/// The limits every call into a submission runs under.
///
/// `emkit __sandbox` applies them (see `SandboxLauncher`), `IsolatedRunner` passes them on. What
/// is enforced depends on what the machine allows, in this order of strength:
/// * **as root** (CI, Gradescope, a grading container): the call runs as a user id of its own
///   (`firstUserID` + the launcher's pid), which owns nothing and reads only what
///   every user may read; every process of that user id is killed when the call ends;
/// * **with namespaces** (root with `CAP_SYS_ADMIN`, or unprivileged user namespaces): its own
///   PID view (`/proc` shows only the call; when it ends, every process it started dies), no
///   network, a private `/tmp` that is also its working folder, and the kit, the class folder
///   and the results hidden under empty read-only folders;
/// * **always**: its own session and process group, killed whole at the deadline; descriptors
///   above 2 closed; limits on address space, file size (its output included), CPU time,
///   processes (when it has a user id of its own) and no core dumps; a minimal environment.
public struct SandboxPolicy: Sendable, Equatable {
    /// Wall-clock limit for one call, in seconds.
    public var seconds: Double
    /// Address-space limit (bytes).
    public var memory: Int = 4 << 30
    /// Largest file the call may write: its reply and its output (bytes).
    public var output: Int = 64 << 20
    /// Largest reply the grader decodes (bytes); the largest honest one is well under 1 MB.
    public var reply: Int = 16 << 20
    /// Processes and threads the call's own user id may have at once (root only).
    public var processes: Int = 64
    /// Folders the call must not see (the kit, the class folder, the results); hidden when
    /// namespaces are available, and never the call's working folder.
    public var hidden: [String] = []
    /// Whether to ask for namespaces at all (`EMKIT_SANDBOX_NAMESPACES=off` turns them off, to
    /// try the sandbox as it is on a machine without them, such as a container without
    /// `CAP_SYS_ADMIN`).
    public var namespaces: Bool
    /// The first of the user ids calls get when the grader runs as root (a call's id is this
    /// plus its launcher's pid). `EMKIT_SANDBOX_FIRST_UID` moves the range, so that a test can
    /// tell its own calls' processes from those of another grading run on the same machine.
    public var firstUserID: UInt32
    /// Whether a crash's line is looked up by running `llvm-symbolizer` on the call host, outside
    /// the sandbox. On for a student's own runs (`emkit check`, `swift test`), where the code is
    /// theirs; off when an instructor grades, because the symbolizer would then parse a binary a
    /// student built (`@section` can put any bytes into its debug sections) with the grader's
    /// rights. Graded crashes still name the file when the runtime's own message does.
    public var symbolizeCrashes = true

    public init(seconds: Double) {
        self.seconds = seconds
        let environment = ProcessInfo.processInfo.environment
        namespaces = environment["EMKIT_SANDBOX_NAMESPACES"] != "off"
        let chosen = environment["EMKIT_SANDBOX_FIRST_UID"].flatMap(UInt32.init)
        firstUserID = chosen.map(Self.userIDRange.contains) == true ? chosen ?? Self.defaultFirstUserID : Self.defaultFirstUserID
    }

    /// The default first user id of calls, and the range a first id may take (room for every
    /// pid above it, below the ids that mean "no id").
    public static let defaultFirstUserID: UInt32 = 3_000_000
    public static let userIDRange: ClosedRange<UInt32> = 100_000...(UInt32(Int32.max) - (1 << 22))

    /// Exit status of the launcher when the call ran past its time limit.
    public static let timedOutStatus: Int32 = 124
    /// Exit status of the launcher when it could not set the sandbox up (fail closed: the call
    /// never ran).
    public static let setupFailedStatus: Int32 = 125

    /// `SWIFT_BACKTRACE` for the call host: when student code traps, the Swift runtime's
    /// backtracer (`swift-backtrace`, beside the runtime in the toolchain's `libexec`) writes the
    /// crashed thread's frames, with file and line, to stderr, non-interactively and without
    /// registers or the image list; `IsolatedRunner` names the first frame in a chapter file.
    /// At most 32 frames, so the trace fits the log tail the grader reads; it takes well under a
    /// second, inside the call's time limit.
    static let backtrace = "enable=yes,interactive=no,color=no,threads=crashed,registers=none,images=mentioned,symbolicate=off,"
        + "limit=32,top=16,sanitize=no,output-to=stderr"

    /// The launcher's arguments (after `__sandbox`).
    func arguments(host: String, function: String, work: String) -> [String] {
        var words = ["--seconds", "\(seconds)", "--memory", "\(memory)", "--output", "\(output)",
                     "--processes", "\(processes)", "--work", work, "--first-uid", "\(firstUserID)"]
        for path in hidden { words += ["--hide", path] }
        if !namespaces { words.append("--no-namespaces") }
        return words + ["--", host, function]
    }
}
