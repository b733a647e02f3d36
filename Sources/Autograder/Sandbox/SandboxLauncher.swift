import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// `emkit __sandbox [LIMITS] -- HOST FUNCTION`: the launcher between the grader and a call host.
///
/// It runs the grader's own code only, so the sandbox is in place before a single instruction
/// of the submission is loaded: it opens the call host, starts a new session, enters new
/// namespaces where it may, forks the process that will become the call host, hides folders,
/// sets resource limits, drops to a user id of the call's own when it runs as root, closes every
/// descriptor above 2 and executes the call host from the descriptor it opened. The launcher
/// itself waits, kills the call at the deadline, kills whatever the call left behind, and exits
/// with the call's status (`SandboxPolicy.timedOutStatus` after a deadline, the call's own
/// signal re-raised after a crash).
///
/// Standard input, output and error are the request, the reply and the log that the grader
/// opened; they pass through unchanged. Everything here runs before any other thread exists.
public enum SandboxLauncher {
    public static func run(_ words: [String]) -> Never {
        guard var options = Options(words) else { fail("usage: emkit __sandbox [--seconds S] [--memory B] [--output B] [--processes N] [--work DIR] [--hide DIR]... [--no-namespaces] -- HOST FUNCTION") }
        let host = open(options.host, O_RDONLY | O_CLOEXEC)
        guard host >= 0 else { fail("cannot open the call host \(options.host): \(String(cString: strerror(errno)))") }
        _ = setsid()
        noCoreDumps()

        let root = geteuid() == 0
        // Folders of the shared libraries this program runs with (the Swift runtime): they must
        // stay visible for the call host, which uses the same ones.
        let libraries = loadedLibraryFolders()
        options.hidden = (options.hidden + userDataRoots).filter { hidden in
            !libraries.contains { $0 == hidden || $0.hasPrefix(hidden + "/") }
        }
        let callUser = options.firstUserID + UInt32(getpid())
        let namespaced = options.namespaces && enterNamespaces(root: root)

        let child = fork()
        if child < 0 { fail("cannot fork: \(String(cString: strerror(errno)))") }
        if child == 0 {
            becomeCall(options, host: host, root: root, user: callUser, namespaced: namespaced)
        }
        close(host)
        let status = supervise(child, seconds: options.seconds)
        // Nothing the call started may outlive it.
        kill(-child, SIGKILL)
        if root {
            killEveryProcess(of: callUser)
            // Without namespaces the shared scratch folders are the machine's own: take back
            // whatever the call left there.
            if !namespaced { removeFiles(of: callUser, in: sharedScratchFolders) }
        }
        finish(status)
    }

    // MARK: The launcher's side

    /// Waits for the call until the deadline; `nil` when it had to be killed.
    static func supervise(_ child: pid_t, seconds: Double) -> Int32? {
        let deadline = monotonicNow() + seconds
        var status: Int32 = 0
        while true {
            let done = waitpid(child, &status, WNOHANG)
            if done == child { return status }
            if done < 0 && errno != EINTR { return status }
            if monotonicNow() >= deadline {
                kill(-child, SIGKILL)
                kill(child, SIGKILL)
                _ = waitpid(child, &status, 0)
                return nil
            }
            usleep(1_000)
        }
    }

    /// Exits as the call did.
    static func finish(_ status: Int32?) -> Never {
        guard let status else { exit(SandboxPolicy.timedOutStatus) }
        let signal = status & 0x7f
        if signal == 0 { exit((status >> 8) & 0xff) }
        // Die of the same signal, so the grader sees the crash as it was.
        Glibc.signal(signal, SIG_DFL)
        var set = sigset_t()
        sigemptyset(&set)
        sigaddset(&set, signal)
        sigprocmask(SIG_UNBLOCK, &set, nil)
        raise(signal)
        exit(128 + signal)
    }

    /// Kills every process of `user`, from a child that takes that user id (so it can signal
    /// them and nothing else).
    static func killEveryProcess(of user: UInt32) {
        let sweeper = fork()
        if sweeper == 0 {
            if setgid(user) == 0 && setuid(user) == 0 { kill(-1, SIGKILL) }
            _exit(0)
        }
        if sweeper > 0 {
            var status: Int32 = 0
            _ = waitpid(sweeper, &status, 0)
        }
    }

    // MARK: The call's side (after fork, before exec)

    static func becomeCall(_ options: Options, host: Int32, root: Bool, user: UInt32, namespaced: Bool) -> Never {
        _ = Linux.prctl(Linux.PR_SET_PDEATHSIG, UInt(SIGKILL))
        // A process group of its own, so that the launcher's kill(-call) reaches everything the
        // call starts (where there is no PID namespace to end them all).
        _ = setpgid(0, 0)
        var work = options.work
        if namespaced {
            work = hideAndPrivatize(options.hidden) ?? options.work
        }
        if root && chown(work, user, user) != 0 { fail("cannot hand the working folder to the call: \(String(cString: strerror(errno)))") }
        guard chdir(work) == 0 else { fail("cannot enter the working folder \(work)") }

        limit(RLIMIT_AS, options.memory)
        limit(RLIMIT_FSIZE, options.output)
        limit(RLIMIT_CPU, Int(options.seconds.rounded(.up)) + 1)
        limit(RLIMIT_NOFILE, 256)
        if root { limit(__rlimit_resource(rawValue: 6), options.processes) }  // RLIMIT_NPROC

        if root {
            guard Linux.setgroups(0, nil) == 0, setgid(user) == 0, setuid(user) == 0, getuid() == user, geteuid() == user else {
                fail("cannot drop to the call's own user id \(user)")
            }
            // Dropping privileges clears the parent-death signal; set it again.
            _ = Linux.prctl(Linux.PR_SET_PDEATHSIG, UInt(SIGKILL))
        }
        _ = Linux.prctl(Linux.PR_SET_NO_NEW_PRIVS, 1)
        if getppid() == 1 && !namespaced { _exit(SandboxPolicy.setupFailedStatus) }  // the launcher is gone

        // Only 0, 1, 2 and the call host (as 3, closed by exec) stay open.
        guard dup2(host, 3) == 3 else { fail("cannot keep the call host open") }
        _ = fcntl(3, F_SETFD, FD_CLOEXEC)
        closeDescriptors(from: 4)

        let argv = ["emkit-call", options.function]
        let environment = ["PATH=/usr/bin:/bin", "HOME=\(work)", "TMPDIR=\(work)", "LANG=C.UTF-8", "SWIFT_BACKTRACE=\(SandboxPolicy.backtrace)"]
        withCStrings(argv) { args in
            withCStrings(environment) { env in
                _ = fexecve(3, args, env)
            }
        }
        fail("cannot start the call host: \(String(cString: strerror(errno)))")
    }

    /// New namespaces for the call: mount, PID, network, IPC and host name (and a user namespace
    /// when not root). False when the machine does not allow them.
    static func enterNamespaces(root: Bool) -> Bool {
        let uid = getuid(), gid = getgid()
        var flags = Linux.CLONE_NEWNS | Linux.CLONE_NEWPID | Linux.CLONE_NEWNET | Linux.CLONE_NEWIPC | Linux.CLONE_NEWUTS
        if !root { flags |= Linux.CLONE_NEWUSER }
        guard Linux.unshare(flags) == 0 else { return false }
        if !root {
            // Keep the same ids inside; the call gets no privilege the user did not have.
            guard write("deny", to: "/proc/self/setgroups"), write("\(uid) \(uid) 1", to: "/proc/self/uid_map"),
                  write("\(gid) \(gid) 1", to: "/proc/self/gid_map") else { return false }
        }
        return true
    }

    /// In the call's own mount namespace: every hidden folder becomes an empty read-only folder,
    /// `/tmp` (and `/var/tmp`, `/dev/shm`) a small private one, and `/proc` shows the call's own
    /// processes. Returns the working folder, `/tmp/work`; nil when the mounts are refused.
    static func hideAndPrivatize(_ hidden: [String]) -> String? {
        guard Linux.mount("none", "/", nil, Linux.MS_REC | Linux.MS_PRIVATE, nil) == 0 else { return nil }
        // Every file system the call can see becomes read-only (in its namespace only)...
        for point in mountPoints() where !point.hasPrefix("/proc") {
            var info = statvfs()
            guard statvfs(point, &info) == 0 else { continue }
            let kept = UInt(info.f_flag) & (Linux.MS_NOSUID | Linux.MS_NODEV | Linux.MS_NOEXEC | 1024 | 2048)
            _ = Linux.mount("none", point, nil, Linux.MS_REMOUNT | Linux.MS_BIND | Linux.MS_RDONLY | kept, nil)
        }
        for path in hidden where isDirectory(path) {
            _ = Linux.mount("tmpfs", path, "tmpfs", Linux.MS_RDONLY | Linux.MS_NOSUID | Linux.MS_NODEV | Linux.MS_NOEXEC, "size=4k,mode=0555")
        }
        // ...but its own small scratch folders, which vanish with it.
        for path in sharedScratchFolders where path != "/tmp" && isDirectory(path) {
            _ = Linux.mount("tmpfs", path, "tmpfs", Linux.MS_NOSUID | Linux.MS_NODEV | Linux.MS_NOEXEC, "size=1m,mode=1777")
        }
        guard Linux.mount("tmpfs", "/tmp", "tmpfs", Linux.MS_NOSUID | Linux.MS_NODEV, "size=64m,mode=1777") == 0 else { return nil }
        _ = Linux.mount("proc", "/proc", "proc", Linux.MS_NOSUID | Linux.MS_NODEV | Linux.MS_NOEXEC, nil)
        guard mkdir("/tmp/work", 0o700) == 0 else { return nil }
        return "/tmp/work"
    }

    // MARK: Small helpers

    /// Folders every user may write to on a usual Linux system.
    static let sharedScratchFolders = ["/tmp", "/var/tmp", "/dev/shm", "/run/lock", "/var/crash"]

    /// Mount points of this process's mount namespace, from /proc/self/mountinfo.
    static func mountPoints() -> [String] {
        guard let info = try? String(contentsOfFile: "/proc/self/mountinfo", encoding: .utf8) else { return [] }
        return info.split(separator: "\n").compactMap { line in
            let fields = line.split(separator: " ")
            guard fields.count > 4 else { return nil }
            // Spaces and the like are written as octal escapes (\040).
            var point = ""
            var chars = Array(fields[4])
            var i = 0
            while i < chars.count {
                if chars[i] == "\\", i + 3 < chars.count, let code = UInt8(String(chars[(i + 1)...(i + 3)]), radix: 8) {
                    point.append(Character(UnicodeScalar(code))); i += 4
                } else { point.append(chars[i]); i += 1 }
            }
            chars = []
            return point
        }
    }

    /// Removes what `user` owns in `folders` (a few levels deep, links not followed).
    static func removeFiles(of user: UInt32, in folders: [String]) {
        func sweep(_ folder: String, depth: Int) {
            guard depth < 4, let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return }
            for name in names {
                let path = folder + "/" + name
                var info = stat()
                guard lstat(path, &info) == 0 else { continue }
                if info.st_uid == user {
                    try? FileManager.default.removeItem(atPath: path)
                } else if (info.st_mode & S_IFMT) == S_IFDIR {
                    sweep(path, depth: depth + 1)
                }
            }
        }
        for folder in folders { sweep(folder, depth: 0) }
    }

    /// Where people and services keep their files: hidden from every call (in its own mount
    /// namespace), unless the Swift runtime lives there.
    static let userDataRoots = ["/home", "/root", "/work", "/srv", "/mnt", "/media", "/autograder", "/var/lib", "/var/mail", "/var/spool"]

    /// The folders of the shared libraries mapped into this process.
    static func loadedLibraryFolders() -> [String] {
        guard let maps = try? String(contentsOfFile: "/proc/self/maps", encoding: .utf8) else { return [] }
        var folders: Set<String> = []
        for line in maps.split(separator: "\n") {
            guard let slash = line.firstIndex(of: "/") else { continue }
            let path = String(line[slash...])
            if path.contains(".so") { folders.insert((path as NSString).deletingLastPathComponent) }
        }
        return folders.sorted()
    }

    struct Options {
        var seconds = 10.0
        var memory = 4 << 30
        var output = 64 << 20
        var processes = 64
        var work = "/"
        var hidden: [String] = []
        var namespaces = true
        var firstUserID = SandboxPolicy.defaultFirstUserID
        var host = ""
        var function = ""

        init?(_ words: [String]) {
            var index = 0
            func value() -> String? {
                index += 1
                return index < words.count ? words[index] : nil
            }
            while index < words.count {
                switch words[index] {
                case "--seconds": guard let v = value().flatMap(Double.init), v > 0 else { return nil }; seconds = v
                case "--memory": guard let v = value().flatMap(Int.init), v > 0 else { return nil }; memory = v
                case "--output": guard let v = value().flatMap(Int.init), v > 0 else { return nil }; output = v
                case "--processes": guard let v = value().flatMap(Int.init), v > 0 else { return nil }; processes = v
                case "--work": guard let v = value() else { return nil }; work = v
                case "--hide": guard let v = value() else { return nil }; hidden.append(v)
                case "--no-namespaces": namespaces = false
                case "--first-uid":
                    guard let v = value().flatMap(UInt32.init), SandboxPolicy.userIDRange.contains(v) else { return nil }
                    firstUserID = v
                case "--":
                    guard words.count - index == 3 else { return nil }
                    host = words[index + 1]
                    function = words[index + 2]
                    return
                default: return nil
                }
                index += 1
            }
            return nil
        }
    }

    static func fail(_ message: String) -> Never {
        let line = "emkit __sandbox: \(message)\n"
        _ = line.withCString { Glibc.write(2, $0, strlen($0)) }
        _exit(SandboxPolicy.setupFailedStatus)
    }

    static func limit(_ resource: __rlimit_resource, _ value: Int) {
        var bound = rlimit(rlim_cur: rlim_t(value), rlim_max: rlim_t(value))
        guard setrlimit(Int32(resource.rawValue), &bound) == 0 else { fail("cannot set a resource limit (\(resource.rawValue))") }
    }

    static func noCoreDumps() {
        var none = rlimit(rlim_cur: 0, rlim_max: 0)
        _ = setrlimit(Int32(RLIMIT_CORE.rawValue), &none)
    }

    static func closeDescriptors(from first: Int32) {
        if Linux.closeRange(UInt32(first), UInt32.max) == 0 { return }
        var bound = rlimit()
        getrlimit(Int32(RLIMIT_NOFILE.rawValue), &bound)
        let last = Int32(min(bound.rlim_cur, 65_536))
        var fd = first
        while fd < last { close(fd); fd += 1 }
    }

    static func isDirectory(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR
    }

    static func write(_ text: String, to path: String) -> Bool {
        let fd = open(path, O_WRONLY)
        guard fd >= 0 else { return false }
        defer { close(fd) }
        return text.withCString { Glibc.write(fd, $0, strlen($0)) } == text.utf8.count
    }

    static func monotonicNow() -> Double {
        var now = timespec()
        clock_gettime(CLOCK_MONOTONIC, &now)
        return Double(now.tv_sec) + Double(now.tv_nsec) / 1e9
    }

    static func withCStrings<R>(_ strings: [String], _ body: (UnsafePointer<UnsafeMutablePointer<CChar>?>) -> R) -> R {
        var pointers: [UnsafeMutablePointer<CChar>?] = strings.map { strdup($0) }
        pointers.append(nil)
        defer { for pointer in pointers { free(pointer) } }
        return pointers.withUnsafeBufferPointer { body($0.baseAddress!) }
    }
}

/// Linux calls that Swift's Glibc module does not import (variadic, or behind _GNU_SOURCE),
/// looked up in the C library at run time.
enum Linux {
    static let CLONE_NEWNS: Int32 = 0x0002_0000
    static let CLONE_NEWUTS: Int32 = 0x0400_0000
    static let CLONE_NEWIPC: Int32 = 0x0800_0000
    static let CLONE_NEWUSER: Int32 = 0x1000_0000
    static let CLONE_NEWPID: Int32 = 0x2000_0000
    static let CLONE_NEWNET: Int32 = 0x4000_0000
    static let MS_RDONLY: UInt = 1, MS_NOSUID: UInt = 2, MS_NODEV: UInt = 4, MS_NOEXEC: UInt = 8
    static let MS_REMOUNT: UInt = 32, MS_BIND: UInt = 4096
    static let MS_REC: UInt = 16_384, MS_PRIVATE: UInt = 1 << 18
    static let PR_SET_PDEATHSIG: Int32 = 1, PR_SET_NO_NEW_PRIVS: Int32 = 38

    private static func symbol<T>(_ name: String, as type: T.Type) -> T? {
        guard let handle = dlopen(nil, RTLD_NOW), let pointer = dlsym(handle, name) else { return nil }
        return unsafeBitCast(pointer, to: type)
    }

    static func unshare(_ flags: Int32) -> Int32 {
        typealias F = @convention(c) (Int32) -> Int32
        return symbol("unshare", as: F.self)?(flags) ?? -1
    }

    static func mount(_ source: String, _ target: String, _ type: String?, _ flags: UInt, _ data: String?) -> Int32 {
        typealias F = @convention(c) (UnsafePointer<CChar>?, UnsafePointer<CChar>?, UnsafePointer<CChar>?, UInt, UnsafeRawPointer?) -> Int32
        guard let call = symbol("mount", as: F.self) else { return -1 }
        return source.withCString { s in
            target.withCString { t in
                withOptionalCString(type) { ty in withOptionalCString(data) { d in call(s, t, ty, flags, d.map(UnsafeRawPointer.init)) } }
            }
        }
    }

    static func prctl(_ option: Int32, _ argument: UInt) -> Int32 {
        typealias F = @convention(c) (Int32, UInt, UInt, UInt, UInt) -> Int32
        return symbol("prctl", as: F.self)?(option, argument, 0, 0, 0) ?? -1
    }

    static func setgroups(_ count: Int, _ list: UnsafePointer<gid_t>?) -> Int32 {
        typealias F = @convention(c) (Int, UnsafePointer<gid_t>?) -> Int32
        return symbol("setgroups", as: F.self)?(count, list) ?? -1
    }

    static func closeRange(_ first: UInt32, _ last: UInt32) -> Int32 {
        typealias F = @convention(c) (UInt32, UInt32, Int32) -> Int32
        return symbol("close_range", as: F.self)?(first, last, 0) ?? -1
    }

    private static func withOptionalCString<R>(_ text: String?, _ body: (UnsafePointer<CChar>?) -> R) -> R {
        guard let text else { return body(nil) }
        return text.withCString { body($0) }
    }
}
