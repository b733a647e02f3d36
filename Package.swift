// swift-tools-version: 6.1
//
// EMKit: the EM algorithm for Gaussian mixtures, taught as graded exercises.
//
// Without traits, the student's `Exercises/` are built, run and graded.
// With the trait `Solutions` (`swift test --traits Solutions`,
// `swift run --traits Solutions emkit quiz`), the reference `Solutions/` take their place.
//
// The trust boundary is drawn by the targets: a submission (Exercises or Solutions) is linked
// into one program only, the call host `emkit-call`, together with the shipped core and the
// call vocabulary. The reference EM (`Reference`) and the grader (`Autograder`) never import it,
// and the call host cannot import them. The grader talks to the call host in bytes, through a
// sandboxed child process.
import Foundation
import PackageDescription

/// The module that holds the code being graded: the reference solutions when the
/// `Solutions` trait is on, otherwise the student's exercises.
let submission: [Target.Dependency] = [
    "Exercises",
    .target(name: "Solutions", condition: .when(traits: ["Solutions"])),
]

/// Names used by a file must be imported by that file (SE-0444): a module's extensions reach
/// only the files that import it.
let strictImports: [SwiftSetting] = [.enableUpcomingFeature("MemberImportVisibility")]

/// The code that does the numbers (core, chapters, call host, reference, grader) is optimised in
/// debug builds too: the chapters' experiments run at the notebooks' own sizes, and a student's
/// `swift test` and `emkit check` are debug builds. `-g` (debug info) stays, as SwiftPM passes
/// it; `-assert-config Debug` keeps every runtime check with its message and location
/// ("Fatal error: Index out of range"), which `-O` alone would turn into a bare trap. A crash's
/// backtrace reaches the student's frame and line: frame pointers stay (`-Xcc
/// -fno-omit-frame-pointer`, which Swift's code generation follows too) and each failing check
/// keeps its own call site (`-Xllvm -enable-tail-merge=false`; merged, they have line 0). `Sources/Autograder/Grading/GradingCopy.swift` and
/// `Sources/emkit/Release/Edition.swift` write the same setting into the manifests they
/// generate. INSTRUCTORS.md, "Speed and time limits".
let optimized: [SwiftSetting] = [.unsafeFlags(["-O", "-assert-config", "Debug", "-Xcc", "-fno-omit-frame-pointer", "-Xllvm", "-enable-tail-merge=false"], .when(configuration: .debug))]

/// The chapters, in order: one folder each under `Sources/Chapters/`, `Exercises/` and `Solutions/`.
/// Adding a chapter adds its folder name here and its type to `ChapterRegistry.all`
/// (`Sources/SubmissionCalls/ChapterRegistry.swift`); `MaintainerTests` fail when the two, the
/// folders, the hints and the exercise files disagree. INSTRUCTORS.md, "Adding a chapter".
let chapters = ["01-EMLoop", "02-ModularEM", "03-SamplingAndSelection", "04-CovarianceVariants", "05-RealData"]

/// A chapter folder holds one subfolder per role, each compiled into the target that plays it:
/// `Notebook` (the notebook's data, shipped in the core), `Calls` (the requests and replies the
/// grader and the call host share), `Host` (the call host's side: calling the submission),
/// `Grading` (items, answer key, quiz, figures, hidden checks) and `Tests`.
/// Paths are relative to `Sources/`. A role folder a chapter lacks is skipped (SwiftPM caches this
/// manifest by its contents, so a new role folder is not seen until this file changes: after adding
/// one, build once with `--manifest-cache none`, or change this file).
func chapterFolders(_ role: String) -> [String] {
    let sources = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Sources").path
    return chapters.map { "Chapters/\($0)/\(role)" }.filter { FileManager.default.fileExists(atPath: sources + "/" + $0) }
}

/// Everything under `root` (relative to this file) that is neither one of `keep` nor inside one.
/// Several targets share `Sources/` (each takes its own folders and its role of every chapter),
/// so each excludes the rest; otherwise SwiftPM reports the other targets' files as "unhandled",
/// hundreds of lines on a fresh clone's first build.
func unclaimed(under root: String, keeping keep: [String]) -> [String] {
    let base = URL(fileURLWithPath: #filePath).deletingLastPathComponent().path + "/" + root
    var found: [String] = []
    func walk(_ relative: String) {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: relative.isEmpty ? base : base + "/" + relative)) ?? []
        for name in names.sorted() where !name.hasPrefix(".") {
            let entry = relative.isEmpty ? name : relative + "/" + name
            if keep.contains(entry) { continue }
            if keep.contains(where: { $0.hasPrefix(entry + "/") }) { walk(entry) } else { found.append(entry) }
        }
    }
    walk("")
    return found
}

/// A target rooted at `Sources/` that compiles `own` and the chapters' `roles`.
func sources(_ own: String, roles: [String]) -> [String] { [own] + roles.flatMap(chapterFolders) }

let package = Package(
    name: "EMKit",
    products: [
        .library(name: "EMKit", targets: ["EMKit"]),
        .executable(name: "emkit", targets: ["emkit"]),
        .executable(name: "emkit-call", targets: ["emkit-call"]),
    ],
    traits: [
        .trait(
            name: "Solutions",
            description: "Build, run and grade the reference solutions in Solutions/ instead of Exercises/."
        ),
    ],
    targets: [
        // MARK: Core, shipped to students and linked with their code
        .target(name: "EMKit", path: "Sources",
                exclude: unclaimed(under: "Sources", keeping: sources("EMKit", roles: ["Notebook"])) + ["EMKit/Datasets/SOURCES.md"],
                sources: sources("EMKit", roles: ["Notebook"]), swiftSettings: optimized),
        .target(name: "SubmissionCalls", dependencies: ["EMKit"], path: "Sources",
                exclude: unclaimed(under: "Sources", keeping: sources("SubmissionCalls", roles: ["Calls"])),
                sources: sources("SubmissionCalls", roles: ["Calls"]), swiftSettings: strictImports + optimized),

        // MARK: Chapters: the student's skeletons and the reference, same public API
        // Every file of Solutions/ is wrapped in `#if Solutions || REFERENCE_COPY`: without the
        // trait the Solutions target compiles to nothing, so a student's `swift build` and
        // `swift test` skip the reference; a reference file copied into Exercises/ still builds.
        .target(name: "Exercises", dependencies: ["EMKit"], path: "Exercises",
                exclude: chapters.map { "\($0)/HINTS.md" },
                swiftSettings: optimized + [.define("REFERENCE_COPY")]),
        .target(name: "Solutions", dependencies: ["EMKit"], path: "Solutions", swiftSettings: optimized),

        // MARK: The call host: the only program a submission is linked into
        .executableTarget(name: "emkit-call", dependencies: ["EMKit", "SubmissionCalls"] + submission,
                          path: "Sources", exclude: unclaimed(under: "Sources", keeping: sources("CallHost", roles: ["Host"])),
                          sources: sources("CallHost", roles: ["Host"]), swiftSettings: strictImports + optimized),

        // MARK: The reference EM, the grader and the command-line tool: never linked with a submission
        .target(name: "Reference", dependencies: ["EMKit"], path: "Sources/Reference", swiftSettings: optimized),
        .target(name: "Autograder", dependencies: ["EMKit", "Reference", "SubmissionCalls"], path: "Sources",
                exclude: unclaimed(under: "Sources", keeping: sources("Autograder", roles: ["Grading"])),
                sources: sources("Autograder", roles: ["Grading"]),
                swiftSettings: optimized),
        // `emkit` depends on `emkit-call` only so that `swift run emkit check` rebuilds the call
        // host from the edited exercises; it never calls into it (SwiftPM links an executable's
        // dependencies in, but nothing in `emkit` refers to a submission's symbols).
        .executableTarget(name: "emkit", dependencies: ["EMKit", "Reference", "Autograder", "emkit-call"], path: "Sources/emkit"),

        // MARK: Tests
        .testTarget(
            name: "EMKitTests",
            dependencies: ["EMKit", "Reference"],
            path: "Tests/EMKitTests",
            exclude: ["Fixtures"]
        ),
        .testTarget(name: "CLITests", dependencies: ["emkit"], path: "Tests/CLITests"),
        .testTarget(
            name: "AutograderTests",
            dependencies: ["EMKit", "Reference", "Autograder", "SubmissionCalls", "emkit"],
            path: ".",
            exclude: unclaimed(under: ".", keeping: ["Tests/AutograderTests"] + chapterFolders("Tests").map { "Sources/" + $0 })
                + chapterFolders("Tests/Fixtures").map { "Sources/" + $0 },
            sources: ["Tests/AutograderTests"] + chapterFolders("Tests").map { "Sources/" + $0 }
        ),
    ]
)
