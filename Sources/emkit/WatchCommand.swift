import Autograder
import EMKit
import Foundation

/// `emkit watch`: re-checks the chapter in progress whenever an exercise file is saved.
enum WatchCommand: EmkitCommand {
    static let name = "watch"
    static let abstract = "Re-check the chapter in progress whenever an exercise file is saved."
    static let discussion = """
        Looks at every .swift file in Exercises/ (size and modification time) every interval. When \
        one changes, rebuilds your code (swift build --product emkit-call) and shows the compiler's \
        errors, or re-checks that file's chapter, moving on to the next chapter when it passes, and \
        prints the chapter's list, the next unfinished part and its hint command. The chapter you \
        were on and the items that passed are kept in .build/emkit-watch.json, so a restart begins \
        there. Type q and Enter, or press Ctrl-C, to stop.
        """
    static var options: [OptionSpec] {
        [
            .value("--chapter", "N", "start at chapter N, 1 to \(Catalog.chapters.count) (default: where you were last time)"),
            .value("--interval", "SECONDS", "how often to look for changes, 0.1 to 60", default: "1"),
            .flag("--warnings", "show every compiler warning, also those of unfinished parts"),
        ]
    }

    static func run(_ arguments: Arguments) throws(InputError) {
        let start = try CheckCommand.chapter(arguments)
        let interval = try arguments.positiveDouble("--interval", default: 1)
        guard (0.1...60).contains(interval) else {
            throw InputError(parameter: "--interval", "must be between 0.1 and 60 seconds (got \(interval.roundTripText))")
        }
        let build = try BuildFolder.locate()
        var watcher = Watcher(build: build, interval: interval, showAllWarnings: arguments.has("--warnings"))
        watcher.run(startingAt: start)
    }
}

/// Where this `emkit` was built, and how to rebuild the call host there.
struct BuildFolder {
    /// The kit: the folder with Package.swift and Exercises/.
    var kit: URL
    /// SwiftPM's scratch folder (`.build`).
    var scratch: URL
    /// `debug` or `release`.
    var configuration: String
    /// The call host that checks run (`<scratch>/<triple>/<configuration>/emkit-call`).
    var callHost: URL

    var exercises: URL { kit.appendingPathComponent("Exercises") }
    var progressFile: URL { scratch.appendingPathComponent("emkit-watch.json") }

    /// `swift build` arguments that rebuild the call host as `swift run emkit` built it.
    var buildArguments: [String] {
        var words = ["swift", "build", "--product", "emkit-call", "--scratch-path", scratch.path, "-c", configuration]
        if GradedCode.name == "Solutions" { words += ["--traits", "Solutions"] }
        return words
    }

    static func locate() throws(InputError) -> BuildFolder {
        let fm = FileManager.default
        var kit: URL? = nil
        var directory = URL(fileURLWithPath: fm.currentDirectoryPath)
        for _ in 0..<6 {
            var isFolder: ObjCBool = false
            if fm.fileExists(atPath: directory.appendingPathComponent("Package.swift").path),
               fm.fileExists(atPath: directory.appendingPathComponent("Exercises").path, isDirectory: &isFolder), isFolder.boolValue {
                kit = directory
                break
            }
            directory = directory.deletingLastPathComponent()
        }
        guard let kit else {
            throw InputError(parameter: "watch", "run this inside the kit's folder (the one with Package.swift and Exercises/)")
        }
        let me = (try? fm.destinationOfSymbolicLink(atPath: "/proc/self/exe")).map { URL(fileURLWithPath: $0) }
            ?? Bundle.main.executableURL?.resolvingSymlinksInPath()
        guard let products = me?.deletingLastPathComponent(), ["debug", "release"].contains(products.lastPathComponent),
              fm.isExecutableFile(atPath: products.appendingPathComponent("emkit-call").path) else {
            throw InputError(parameter: "watch", "cannot find the build folder this emkit was built in (start it with swift run emkit watch)")
        }
        return BuildFolder(kit: kit, scratch: products.deletingLastPathComponent().deletingLastPathComponent(),
                           configuration: products.lastPathComponent, callHost: products.appendingPathComponent("emkit-call"))
    }
}

/// The watch loop: poll, rebuild, re-check, print.
struct Watcher {
    var build: BuildFolder
    var interval: Double
    var showAllWarnings: Bool
    var progress = WatchProgress(chapter: 1, passed: [])
    let stop = StopFlag()
    let terminal = isatty(STDOUT_FILENO) != 0

    init(build: BuildFolder, interval: Double, showAllWarnings: Bool) {
        self.build = build
        self.interval = interval
        self.showAllWarnings = showAllWarnings
    }

    mutating func run(startingAt requested: Int?) {
        stop.listen()
        let last = WatchProgress.load(build.progressFile) { Output.error("watch: \($0)") }
        if let last { progress = last }
        var chapter = requested ?? last.map(\.chapter) ?? 1
        if Catalog.chapter(chapter) == nil { chapter = 1 }
        var snapshot = FileSnapshot.take(build.exercises)
        // A call host older than the newest exercise was built before the last edit: rebuild it.
        let hostTime = ((try? FileManager.default.attributesOfItem(atPath: build.callHost.path))?[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0
        if hostTime < snapshot.newest {
            if let notes = rebuild() { check(from: chapter, notes: notes) }
        } else {
            check(from: chapter, notes: [])
        }
        while !stop.isSet {
            sleepPolling(interval)
            if stop.isSet { break }
            let now = FileSnapshot.take(build.exercises)
            let changed = now.changes(since: snapshot)
            guard !changed.isEmpty else { continue }
            // Editors save in steps (write, rename): wait for the folder to settle.
            sleepPolling(0.2)
            snapshot = FileSnapshot.take(build.exercises)
            let edited = changed.compactMap(FileSnapshot.chapter(of:)).filter { Catalog.chapter($0) != nil }.min()
            if let notes = rebuild(changed: changed) { check(from: edited ?? progress.chapter, notes: notes) }
        }
        Output.write("Stopped watching.\n")
    }

    /// Sleeps `seconds` in short steps, returning early when asked to stop.
    func sleepPolling(_ seconds: Double) {
        let end = Date().addingTimeInterval(seconds)
        while !stop.isSet, Date() < end { usleep(50_000) }
    }

    func clear() {
        if terminal { Output.write("\u{1B}[2J\u{1B}[H") }
    }

    /// Rebuilds the call host and returns the warnings to show; on failure prints the errors
    /// and returns nil.
    func rebuild(changed: [String] = []) -> [String]? {
        clear()
        if !changed.isEmpty { Output.write("Changed: " + changed.prefix(3).joined(separator: ", ") + (changed.count > 3 ? ", …" : "") + "\n") }
        Output.write("Building your code…\n")
        let outcome = ToolRun(arguments: build.buildArguments, directory: build.kit).run(stop: stop)
        let diagnostics = BuildDiagnostics(output: outcome.output, root: build.kit.standardizedFileURL.path, showAll: showAllWarnings)
        guard outcome.status == 0 else {
            if stop.isSet { return nil }
            clear()
            Output.write("Your code does not compile yet:\n")
            var lines = diagnostics.lines()
            if diagnostics.errors.isEmpty && diagnostics.otherErrors.isEmpty {
                lines = outcome.output.split(separator: "\n").suffix(15).map(String.init) + lines
            }
            Output.write(lines.map { "  " + $0 }.joined(separator: "\n") + "\n")
            Output.write(footer)
            return nil
        }
        return diagnostics.lines()
    }

    var footer: String {
        "\nWatching Exercises/ for changes (every \(interval.roundTripText) s); q and Enter to stop.\n"
    }

    /// Checks from `chapter` on, prints the list and the next step, and remembers the progress.
    mutating func check(from chapter: Int, notes: [String]) {
        let session: SubmissionSession
        do {
            session = try Session.make()
        } catch {
            Output.error("watch: \(error)")
            return
        }
        Output.write(String(format: "Checking chapter %02d…\n", chapter))
        var report = ProgressReport.inProgress(Catalog.chapters, from: chapter) { GradedItem.gradeAll($0.items, with: session) }
        progress.record(report.results)
        report.remember(progress.passed)
        progress.chapter = report.chapterInProgress?.number ?? chapter
        clear()
        // Only the chapter being worked on in full; the others as one line each.
        let warnings = notes.isEmpty ? "" : "\nThe compiler says:\n" + notes.map { "  " + $0 + "\n" }.joined()
        Output.write(report.text + (report.nextStep.map { $0 + "\n" } ?? "All checked chapters pass.\n") + warnings + footer)
        do {
            try FileManager.default.createDirectory(at: build.scratch, withIntermediateDirectories: true)
            try progress.json.write(to: build.progressFile, options: .atomic)
        } catch {
            Output.error("watch: \(build.progressFile.path): cannot save the progress: \(error.localizedDescription)")
        }
    }
}

/// Set by `q` + Enter on standard input or by Ctrl-C.
final class StopFlag: @unchecked Sendable {
    private let lock = NSLock()
    private var set = false
    private var sources: [DispatchSourceSignal] = []
    /// The build running now (its process id), stopped with the watch.
    private var child: pid_t?

    var isSet: Bool { lock.lock(); defer { lock.unlock() }; return set }

    func raise() {
        lock.lock()
        set = true
        let running = child
        lock.unlock()
        if let running { ChildProcess.stop(running, reach: .tree) }
    }

    func track(_ process: pid_t?) { lock.lock(); child = process; lock.unlock() }

    /// Starts listening for `q` lines and for SIGINT / SIGTERM.
    func listen() {
        for signalNumber in [SIGINT, SIGTERM] {
            signal(signalNumber, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: signalNumber, queue: .global())
            source.setEventHandler { [weak self] in
                // Ctrl-C stops at once, also in the middle of a check; the build is stopped first.
                self?.raise()
                Output.write("\nStopped watching.\n")
                exit(0)
            }
            source.resume()
            sources.append(source)
        }
        Thread.detachNewThread { [weak self] in
            while let line = readLine() {
                if line.trimmingCharacters(in: .whitespaces).lowercased() == "q" {
                    self?.raise()
                    return
                }
            }
        }
    }
}

/// A tool run to completion (`swift build`) through the kit's one child-process runner, its
/// output (standard output and error together) kept in a file so a long build log cannot fill a pipe.
struct ToolRun {
    var arguments: [String]
    var directory: URL

    struct Outcome {
        var status: Int32
        var output: String
    }

    func run(stop: StopFlag) -> Outcome {
        do {
            let captured = try ChildProcess.tool(arguments, directory: directory)
                .capture(timeLimit: nil, merged: true, started: { stop.track($0) })
            stop.track(nil)
            return Outcome(status: captured.status, output: captured.output)
        } catch {
            stop.track(nil)
            return Outcome(status: -1, output: "error: \(error)")
        }
    }
}
