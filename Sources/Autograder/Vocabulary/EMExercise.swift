import EMKit
import SubmissionCalls

/// An EM function of a chapter and the parts of its exercise that compute each quantity, so a
/// message can name the earliest wrong part ("your means do not (parts 3–4)"). Each chapter that
/// has one declares it in its own folder (`EMExercise.runEM`, `EMExercise.emAlgorithm`).
struct EMExercise: Sendable {
    var chapter: any ChapterDeclaration.Type
    var function: String
    var parts: [EMQuantity: [Int]]

    /// "part 1", "parts 3–4": the parts that compute `quantity`.
    func part(_ quantity: EMQuantity) -> String { Self.naming(parts[quantity] ?? []) }

    /// "Exercises/01-EMLoop/EM.swift": the file the function is in (from the chapter's parts).
    var file: String {
        chapter.parts.first { $0.function == function }.map { chapter.exercisePath(of: $0) } ?? "Exercises/\(chapter.folder)"
    }

    /// "part 3" for [3], "parts 3–4" for [3, 4].
    static func naming(_ numbers: [Int]) -> String {
        guard let first = numbers.first, let last = numbers.last else { return "its parts" }
        return first == last ? "part \(first)" : "parts \(first)–\(last)"
    }
}
