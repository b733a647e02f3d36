// swift-tools-version: 6.1
//
// EMKit: the EM algorithm for Gaussian mixtures, taught as graded exercises.
//
// Without traits, the student's `Exercises/` are built, run and graded.
// With the trait `Solutions` (`swift test --traits Solutions`,
// `swift run --traits Solutions emkit quiz`), the reference `Solutions/` take their place.
import PackageDescription

/// The module that holds the code being graded: the reference solutions when the
/// `Solutions` trait is on, otherwise the student's exercises.
let submission: [Target.Dependency] = [
    "Exercises",
    .target(name: "Solutions", condition: .when(traits: ["Solutions"])),
]

let package = Package(
    name: "EMKit",
    products: [
        .library(name: "EMKit", targets: ["EMKit"]),
        .executable(name: "emkit", targets: ["emkit"]),
    ],
    traits: [
        .trait(
            name: "Solutions",
            description: "Build, run and grade the reference solutions in Solutions/ instead of Exercises/."
        ),
    ],
    targets: [
        // MARK: Core, always built
        .target(name: "EMKit", path: "Sources/EMKit", exclude: ["Datasets/SOURCES.md"]),

        // MARK: Chapters: the student's skeletons and the reference, same public API
        .target(name: "Exercises", dependencies: ["EMKit"], path: "Exercises",
                exclude: ["01-EMLoop/HINTS.md", "02-ModularEM/HINTS.md", "03-SamplingAndSelection/HINTS.md", "04-CovarianceVariants/HINTS.md", "05-RealData/HINTS.md"]),
        .target(name: "Solutions", dependencies: ["EMKit"], path: "Solutions"),

        // MARK: Grading and the command-line tool
        .target(name: "Autograder", dependencies: ["EMKit"] + submission, path: "Sources/Autograder"),
        .executableTarget(name: "emkit", dependencies: ["EMKit", "Autograder"], path: "Sources/emkit"),

        // MARK: Tests
        .testTarget(
            name: "EMKitTests",
            dependencies: ["EMKit"],
            path: "Tests/EMKitTests",
            exclude: ["Fixtures"]
        ),
        .testTarget(name: "CLITests", dependencies: ["emkit"], path: "Tests/CLITests"),
        .testTarget(
            name: "AutograderTests",
            dependencies: ["EMKit", "Autograder", "emkit"] + submission,
            path: "Tests/AutograderTests"
        ),
    ]
)
