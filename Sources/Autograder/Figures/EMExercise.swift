import EMKit
import SubmissionCalls

/// An EM function whose result a chapter's figures draw, as a placeholder names it: the
/// function, the file it is in, and the part of the exercise that computes each quantity.
struct EMExercise: Sendable {
    var function: String
    var file: String
    var chapter: Int
    var parts: [EMQuantity: String]

    /// The part that computes `quantity`, e.g. "part 1".
    func part(_ quantity: EMQuantity) -> String { parts[quantity] ?? "part \(chapter)" }

    /// Chapter 01's `runEM`: one loop, seven parts.
    static let runEM = EMExercise(
        function: "runEM", file: "Exercises/01-EMLoop/EM.swift", chapter: 1,
        parts: Dictionary(uniqueKeysWithValues: EMQuantity.allCases.map { ($0, $0.parts) }))

    /// Chapter 02's `emAlgorithm`: one function a quantity, the loop that calls them in part 6.
    static let emAlgorithm = EMExercise(
        function: "emAlgorithm", file: "Exercises/02-ModularEM/ModularEM.swift", chapter: 2,
        parts: [.responsibilities: "part 1", .weights: "parts 2–3", .means: "part 4", .covariances: "part 5",
                .logLikelihood: "part 6"])
}
