// edition: omit (instructor tooling)
import Autograder

/// The files `emkit release` writes fresh for the student edition.
enum Edition {
    /// Package.swift of the edition: no Solutions, no maintainer tests, and `STUDENT_EDITION`
    /// defined so the code that needs the reference compiles out.
    static func manifest(excluding hints: [String]) -> String {
        let exclude = hints.map { "\"\($0)\"" }.joined(separator: ", ")
        return """
            // swift-tools-version: 6.1
            //
            // EMKit, student edition: the EM algorithm for Gaussian mixtures, as graded exercises.
            // Fill in Exercises/, then run `swift test` or `swift run emkit check`.
            import Foundation
            import PackageDescription

            \(GradingCopy.chapterList)
            let edition: [SwiftSetting] = [.define("STUDENT_EDITION")]
            // Your code, the core and the checks are optimised in debug builds too, so the
            // chapters' experiments run at the notebooks' sizes within the time limits; debug
            // info and runtime checks with their messages ("Index out of range") stay.
            let optimized: [SwiftSetting] = [.unsafeFlags(["-O", "-assert-config", "Debug", "-Xcc", "-fno-omit-frame-pointer", "-Xllvm", "-enable-tail-merge=false"], .when(configuration: .debug))]

            let package = Package(
                name: "EMKit",
                products: [
                    .executable(name: "emkit", targets: ["emkit"]),
                    .executable(name: "emkit-call", targets: ["emkit-call"]),
                ],
                targets: [
                    // MARK: Core
                    .target(name: "EMKit", path: "Sources", exclude: unclaimed(under: "Sources", keeping: sources("EMKit", roles: ["Notebook"])) + ["EMKit/Datasets/SOURCES.md"],
                            sources: sources("EMKit", roles: ["Notebook"]), swiftSettings: edition + optimized),
                    .target(name: "SubmissionCalls", dependencies: ["EMKit"], path: "Sources",
                            exclude: unclaimed(under: "Sources", keeping: sources("SubmissionCalls", roles: ["Calls"])),
                            sources: sources("SubmissionCalls", roles: ["Calls"]), swiftSettings: edition + optimized),

                    // MARK: Your exercises, and the program that runs them when they are checked
                    .target(name: "Exercises", dependencies: ["EMKit"], path: "Exercises", exclude: [\(exclude)], swiftSettings: optimized + [.define("REFERENCE_COPY")]),
                    .executableTarget(name: "emkit-call", dependencies: ["EMKit", "SubmissionCalls", "Exercises"], path: "Sources",
                                      exclude: unclaimed(under: "Sources", keeping: sources("CallHost", roles: ["Host"])),
                                      sources: sources("CallHost", roles: ["Host"]), swiftSettings: edition + optimized),

                    // MARK: Checks and the command-line tool
                    .target(name: "Autograder", dependencies: ["EMKit", "SubmissionCalls"], path: "Sources",
                            exclude: unclaimed(under: "Sources", keeping: sources("Autograder", roles: ["Grading"])),
                            sources: sources("Autograder", roles: ["Grading"]), swiftSettings: edition + optimized),
                    .executableTarget(name: "emkit", dependencies: ["EMKit", "Autograder", "emkit-call"], path: "Sources/emkit", swiftSettings: edition),

                    // MARK: Tests
                    .testTarget(
                        name: "AutograderTests",
                        dependencies: ["EMKit", "Autograder", "SubmissionCalls", "emkit"],
                        path: "Tests/AutograderTests",
                        swiftSettings: edition
                    ),
                ]
            )

            """
    }

    /// The recorded answer key as Swift source.
    static func recordedKey(_ json: String) -> String {
        """
        /// The answer key of this student edition, recorded by `emkit release` from the kit's
        /// reference. Quiz answers and final states appear only as digests of rounded values.
        enum RecordedAnswerKey {
            static let json: String? = ####\"\"\"
        \(json)
        \"\"\"####
        }

        """
    }

    static var readme: String {
        let first = Catalog.chapters.first.flatMap { c in c.parts.first.map(c.exercisePath) } ?? "Exercises/"
        return """
        # EMKit — student edition

        The EM algorithm for Gaussian mixtures, learnt by writing it: each chapter mirrors one of
        the course notebooks, and the kit checks your code as you go.

        ## Start
        ```
        swift test                    # every check, ✓ or ✗ with what to look at
        swift run emkit check         # the chapter you are on as a progress list, your points, the next step
        swift run emkit watch         # the same again whenever you save a file (q and Enter to stop)
        ```
        1. Open `\(first)`; fill in the places marked `YOUR CODE HERE`.
        2. Run `swift run emkit check --chapter 1` (or `swift test`) and read the first ✗.
        3. Stuck? `swift run emkit hint 01` (or `--part N`).
        4. Check your quiz answers: `swift run emkit quiz` (chapter 01) or `emkit quiz --chapter N`.
        5. See your EM at work: `swift run emkit plot` writes the notebooks' figures to `figures/`
           (open `figures/index.html`).

        Your code runs in a separate process, so a crash or an endless loop only fails the checks
        that ran it. Some checks on fresh data run only when your instructor grades; `emkit check`
        shows the visible ones. The quiz compares your answers with a key that holds only digests
        of the rounded values, so it can tell you whether you are right, not what is right.

        ## Handing in
        Hand in your `Exercises/` folder as your instructor asks.
        """
    }
}
