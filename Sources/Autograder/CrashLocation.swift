import Foundation

/// Where in the student's code a call crashed: the innermost frame of the crashed thread that
/// lies in a chapter file, as `Exercises/01-EMLoop/EM.swift:57`.
///
/// The call host runs with the Swift runtime's backtracer on (`SandboxPolicy.backtrace`), which
/// writes the crashed thread's return addresses and the images they fall in to stderr. Inside the
/// sandbox it cannot read the call host (its folder is hidden), so it does not symbolicate; the
/// grader, which can, hands the call host's addresses to `llvm-symbolizer` (shipped with every
/// Swift toolchain) and picks the first source location in `Exercises/` or `Solutions/`.
/// Nothing here is needed for grading: when a step fails, the crash message simply has no place.
enum CrashLocation {
    /// One frame of the backtrace: its address, and whether it is a return address (the call
    /// instruction is just before it).
    struct Frame: Equatable {
        var address: UInt64
        var isReturnAddress: Bool
    }

    /// The place, from a backtrace that is already symbolicated, or by symbolicating the call
    /// host's frames; nil when neither names a chapter file.
    static func find(in log: String, host: URL) -> String? {
        if let place = chapterLocation(in: log) { return place }
        let offsets = hostOffsets(in: log, hostName: host.lastPathComponent)
        guard !offsets.isEmpty, let symbolizer = symbolizer() else { return nil }
        return chapterLocation(inSymbolizerOutput: run(symbolizer, host: host, offsets: offsets))
    }

    /// The first `… at /path/Exercises/NN-Name/File.swift:LINE[:COLUMN]` in `text`, from the kit's
    /// chapter folder on (the backtracer's frame lines end so when it symbolicates).
    static func chapterLocation(in text: String) -> String? {
        for line in text.split(separator: "\n") {
            guard let at = line.range(of: " at /", options: .backwards) else { continue }
            if let place = chapterPath(line[line.index(before: at.upperBound)...]) { return place }
        }
        return nil
    }

    /// `llvm-symbolizer --functions=none` prints one `FILE:LINE:COLUMN` a line, the innermost
    /// (inlined) frame first. The optimiser may fold several failing checks of a function into
    /// one, whose line is 0: then the chapter file alone, when no frame has a line.
    static func chapterLocation(inSymbolizerOutput text: String) -> String? {
        let lines = text.split(separator: "\n").filter { $0.hasPrefix("/") }
        if let place = lines.lazy.compactMap({ chapterPath($0) }).first { return place }
        return lines.lazy.compactMap { chapterPath($0, allowingLineZero: true) }.first
    }

    /// `Exercises/NN-Name/File.swift:LINE` from an absolute `…/Exercises/…/File.swift:LINE[:COLUMN]`
    /// (or `Solutions/`); nil for other files, and for line 0 (no line known) unless
    /// `allowingLineZero`, which gives the file alone.
    static func chapterPath(_ path: Substring, allowingLineZero: Bool = false) -> String? {
        for root in ["/Exercises/", "/Solutions/"] {
            guard let start = path.range(of: root, options: .backwards) else { continue }
            let parts = path[path.index(after: start.lowerBound)...].split(separator: ":", omittingEmptySubsequences: false)
            guard parts.count >= 2, parts[0].hasSuffix(".swift"), let number = Int(parts[1]) else { continue }
            if number > 0 { return "\(parts[0]):\(number)" }
            if allowingLineZero { return "\(parts[0])" }
        }
        return nil
    }

    /// The crashed thread's frames that fall in the image named `hostName`, as offsets from the
    /// image's start (return addresses moved back onto their call instruction), innermost first.
    static func hostOffsets(in log: String, hostName: String) -> [UInt64] {
        var frames: [Frame] = []
        var image: ClosedRange<UInt64>?
        var inImages = false
        for line in log.split(separator: "\n") {
            let words = line.split(whereSeparator: { $0 == " " || $0 == "\t" })
            if line.hasPrefix("Images") { inImages = true; continue }
            if inImages {
                // 0x000055b170e31000–0x000055b170f12ea0 BUILD-ID emkit-call /path/to/emkit-call
                guard words.count >= 3, words[2] == hostName || words.last?.hasSuffix("/" + hostName) == true else { continue }
                let bounds = words[0].split(separator: "–")
                if bounds.count == 2, let low = hex(bounds[0]), let high = hex(bounds[1]), low <= high { image = low...high }
            } else if words.count >= 2, Int(words[0]) != nil {
                // 2 [ra] 0x000055b170e9bd34 …
                let isReturn = words[1] == "[ra]"
                if let word = words.dropFirst().first(where: { $0.hasPrefix("0x") }), let address = hex(word) {
                    frames.append(Frame(address: address, isReturnAddress: isReturn))
                }
            }
        }
        guard let image else { return [] }
        return frames.filter { image.contains($0.address) }.map { $0.address - image.lowerBound - ($0.isReturnAddress ? 1 : 0) }
    }

    static func hex(_ word: Substring) -> UInt64? {
        guard word.hasPrefix("0x") else { return nil }
        return UInt64(word.dropFirst(2), radix: 16)
    }

    /// `llvm-symbolizer` from the toolchain this program runs with, or on the PATH.
    static func symbolizer() -> URL? {
        var folders = SandboxLauncher.loadedLibraryFolders()
            .filter { $0.hasSuffix("/lib/swift/linux") }
            .map { URL(fileURLWithPath: $0).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
                .appendingPathComponent("bin").path }
        folders += (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":").map(String.init)
        return folders.lazy.map { URL(fileURLWithPath: $0).appendingPathComponent("llvm-symbolizer") }
            .first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }

    /// The symbolizer's output for `offsets` in `host`; empty after 5 s or on any failure.
    static func run(_ symbolizer: URL, host: URL, offsets: [UInt64]) -> String {
        let lookup = ChildProcess(executable: symbolizer, arguments: ["--obj=\(host.path)", "--relative-address", "--functions=none"]
                                    + offsets.prefix(32).map { "0x" + String($0, radix: 16) })
        guard let captured = try? lookup.capture(timeLimit: 5), !captured.timedOut else { return "" }
        return captured.output
    }
}
