// edition: omit (instructor tooling)
import Autograder
import EMKit
import Foundation

/// `emkit gradescope [--chapter N,...] --out autograder.zip`: the Gradescope autograder package.
enum GradescopeCommand: EmkitCommand {
    static let name = "gradescope"
    static let abstract = "Write Gradescope's autograder package (setup.sh, run_autograder, the kit) as a zip."
    static let discussion = """
        setup.sh installs the pinned Swift unless present and builds the grader and a first call \
        host; run_autograder grades one upload: loose chapter files, a zip of Exercises/, or a whole \
        kit. The package holds the kit without its solutions and tests.
        """
    static let options: [OptionSpec] = [
        .value("--out", "FILE", "the zip to write", required: true),
        .value("--chapter", "N,...", "an assignment of these chapters only, comma-separated (default: all)"),
        .value("--time-limit", "SECONDS", "the limit of each call into a student's code", default: "10"),
        .value("--deadline", "SECONDS", "when grading stops starting items, within Gradescope's limit", default: "480"),
    ]

    static func run(_ arguments: Arguments) throws(InputError) {
        let kit = try Kit.root()
        let out = URL(fileURLWithPath: try arguments.requiredString("--out"))
        let chapters = try Kit.chapters(arguments).map { $0.sorted() } ?? Catalog.chapters.map(\.number)
        let timeLimit = try arguments.positiveDouble("--time-limit", default: 10)
        let deadline = try arguments.positiveDouble("--deadline", default: 480)

        var zip = ZipArchive()
        var hints: [String] = []
        let shipped = ["Sources", "Exercises"]
        for top in shipped {
            for path in GradingCopy.regularFiles(under: kit.appendingPathComponent(top)).sorted() {
                // A chapter's own tests and their numpy fixtures stay with the maintainers.
                if top == "Sources", path.hasPrefix("Chapters/"), path.split(separator: "/").dropFirst(2).first == "Tests" { continue }
                guard let data = FileManager.default.contents(atPath: kit.appendingPathComponent(top).appendingPathComponent(path).path) else {
                    throw InputError(location: "\(top)/\(path)", "cannot read the kit's file")
                }
                if top == "Exercises" && !path.hasSuffix(".swift") { hints.append(path) }
                zip.add("kit/\(top)/\(path)", data)
            }
        }
        let exclude = hints.map { "\"\($0)\"" }.joined(separator: ", ")
        zip.add("kit/Package.swift", Data(GradescopePackage.manifest.replacingOccurrences(of: "[HINTS]", with: "[\(exclude)]").utf8))
        let setup = GradescopePackage.setup
            .replacingOccurrences(of: "__SWIFT_VERSION__", with: GradescopePackage.swiftVersion)
            .replacingOccurrences(of: "__SWIFT_SIGNING_KEY__", with: GradescopePackage.swiftSigningKey)
        zip.add("setup.sh", Data(setup.utf8), executable: true)
        zip.add("run_autograder", Data(GradescopePackage.runAutograder.utf8), executable: true)
        zip.add("emkit-gradescope.env", Data(GradescopePackage.settings(chapters: chapters, timeLimit: timeLimit, deadline: deadline).utf8))
        try Kit.write(zip.data, to: out, parameter: "--out")
        let names = Catalog.chapters.filter { chapters.contains($0.number) }.map { String(format: "%02d %@", $0.number, $0.title) }
        Output.write("Gradescope autograder written to \(out.path): chapters \(names.joined(separator: ", ")).\n"
                     + "Upload it as the assignment's autograder (Ubuntu 22.04 base image); students upload their chapter files.\n")
    }
}
