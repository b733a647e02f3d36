// edition: omit (instructor tooling)
import Autograder
import EMKit
import Foundation

/// `emkit release --out DIR`: the student edition of the kit.
enum ReleaseCommand: EmkitCommand {
    static let name = "release"
    static let abstract = "Write the student edition of this kit: no solutions, no answers."
    static let discussion = """
        The edition is the kit without Solutions/, the maintainers' scripts and tests, the \
        adversarial submissions, and every source file marked `// edition: omit` (the reference EM \
        and the hidden checks). Visible checks and quizzes compare with an answer key recorded now, \
        in which quiz answers and final states are kept only as digests of their rounded values; so \
        swift test, emkit check and emkit quiz work in the edition without the answers.
        """
    static let options: [OptionSpec] = [.value("--out", "DIR", "the folder to write, new or empty", required: true)]

    /// Paths (prefixes) of the kit that never go to students.
    static let withheld = ["Solutions/", "Scripts/", ".ci/", ".git/", ".github/", "Tests/Submissions/", "Tests/EMKitTests/",
                           "Tests/CLITests/", "BENCHMARKS.md", "INSTRUCTORS.md", "Package.swift", "README.md"]

    static func run(_ arguments: Arguments) throws(InputError) {
        let out = URL(fileURLWithPath: try arguments.requiredString("--out"))
        let kit = try Kit.root()
        if let existing = try? FileManager.default.contentsOfDirectory(atPath: out.path), !existing.isEmpty {
            throw InputError(parameter: "--out", "\(out.path) is not empty; give a new folder")
        }
        guard out.standardizedFileURL.path != kit.standardizedFileURL.path,
              !out.standardizedFileURL.path.hasPrefix(kit.standardizedFileURL.path + "/") || out.path.contains("/.build/") else {
            throw InputError(parameter: "--out", "must be outside the kit (or under its .build/)")
        }
        let key: String
        do {
            key = try AnswerKey.record()
        } catch let error as InputError {
            throw error
        } catch {
            throw InputError(parameter: "release", "cannot record the answer key: \(error)")
        }

        var files: [String: Data] = [:]
        var left: [String] = []
        let skipped: Set<String> = [".build", ".git", ".swiftpm", "figures", "Package.resolved"]
        let kitFiles = GradingCopy.regularFiles(under: kit).filter { path in
            let top = String(path.split(separator: "/").first ?? "")
            return !skipped.contains(top) && !top.hasPrefix(".build")
        }
        for path in kitFiles.sorted() {
            if withheld.contains(where: { path == $0 || path.hasPrefix($0) }) { continue }
            // A chapter's own tests and their numpy fixtures are the maintainers'.
            if path.hasPrefix("Sources/Chapters/"), path.split(separator: "/").dropFirst(3).first == "Tests" { continue }
            guard let data = FileManager.default.contents(atPath: kit.appendingPathComponent(path).path) else {
                throw InputError(location: path, "cannot read the kit's file")
            }
            if path.hasSuffix(".swift"), String(decoding: data.prefix(40), as: UTF8.self).hasPrefix("// edition: omit") {
                left.append(path)
                continue
            }
            files[path] = data
        }
        let hints = files.keys.filter { $0.hasPrefix("Exercises/") && !$0.hasSuffix(".swift") }.map { String($0.dropFirst("Exercises/".count)) }.sorted()
        files["Package.swift"] = Data(Edition.manifest(excluding: hints).utf8)
        files["README.md"] = Data(Edition.readme.utf8)
        files["Sources/Autograder/AnswerKey/RecordedAnswerKey.swift"] = Data(Edition.recordedKey(key).utf8)
        do {
            try GradingCopy(kit: kit, copy: out, build: out).sync(files, keep: [".build", ".swiftpm"])
        } catch {
            throw InputError(parameter: "--out", error.description)
        }
        Output.write("Student edition written to \(out.path): \(files.count) files; left out Solutions/, maintainers' files and \(left.count) reference file(s):\n"
                     + left.map { "  " + $0 }.joined(separator: "\n") + "\n")
    }
}
