import Foundation
import Testing

/// Runs the built `emkit` program and captures what it prints.
struct EmkitRun {
    var status: Int32
    var stdout: String
    var stderr: String
    var crashed: Bool
}

enum Emkit {
    static let executable: URL? = {
        let here = Bundle.main.executableURL?.deletingLastPathComponent()
        let candidates = [here, Bundle.main.bundleURL, Bundle.main.bundleURL.deletingLastPathComponent()].compactMap { $0?.appendingPathComponent("emkit") }
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }()

    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("EMKitTests/Fixtures")

    static func run(_ arguments: [String], sourceLocation: SourceLocation = #_sourceLocation) throws -> EmkitRun {
        let program = try #require(executable, "emkit was not built next to the tests", sourceLocation: sourceLocation)
        let process = Process()
        process.executableURL = program
        process.arguments = arguments
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return EmkitRun(status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self),
                        stderr: String(decoding: stderr, as: UTF8.self), crashed: process.terminationReason == .uncaughtSignal)
    }

    /// Writes `text` to a fresh temporary file and returns its path.
    static func temporaryFile(_ text: String, name: String) throws -> String {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("emkit-test-\(UUID().uuidString)-\(name)")
        try Data(text.utf8).write(to: url)
        return url.path
    }
}
