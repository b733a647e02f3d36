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
        .target(name: "EMKit", path: "Sources/EMKit", exclude: ["Datasets/SOURCES.md"], swiftSettings: optimized),
        .target(name: "SubmissionCalls", dependencies: ["EMKit"], path: "Sources/SubmissionCalls",
                swiftSettings: strictImports + optimized),

        // MARK: Chapters: the student's skeletons and the reference, same public API
        .target(name: "Exercises", dependencies: ["EMKit"], path: "Exercises",
                exclude: ["01-EMLoop/HINTS.md", "02-ModularEM/HINTS.md", "03-SamplingAndSelection/HINTS.md", "04-CovarianceVariants/HINTS.md", "05-RealData/HINTS.md"],
                swiftSettings: optimized),
        .target(name: "Solutions", dependencies: ["EMKit"], path: "Solutions", swiftSettings: optimized),

        // MARK: The call host: the only program a submission is linked into
        .executableTarget(name: "emkit-call", dependencies: ["EMKit", "SubmissionCalls"] + submission,
                          path: "Sources/CallHost", swiftSettings: strictImports + optimized),

        // MARK: The reference EM, the grader and the command-line tool: never linked with a submission
        .target(name: "Reference", dependencies: ["EMKit"], path: "Sources/Reference", swiftSettings: optimized),
        .target(name: "Autograder", dependencies: ["EMKit", "Reference", "SubmissionCalls"], path: "Sources/Autograder",
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
            path: "Tests/AutograderTests"
        ),
    ]
)
