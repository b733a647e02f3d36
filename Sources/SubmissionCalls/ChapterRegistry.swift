import EMKit

/// A chapter of the kit, declared once in its folder `Sources/Chapters/NN-Name/Calls/ChapterNN.swift`:
/// its number, title, folder, the parts a student fills in and the calls the grader may make.
///
/// The other roles of the chapter add to the same type in their own folders: the grader's side
/// (`Grading/`) makes it a `GradedChapter` (items, answer key, quiz, figures), and the call host's
/// side (`Host/`) gives each of its calls a `perform()`. Everything the kit knows about a chapter is
/// found from `ChapterRegistry.all`; nothing else lists chapters.
public protocol ChapterDeclaration: Sendable {
    /// 1, 2, …: the order of the course.
    static var number: Int { get }
    /// As the kit's lists show it, e.g. "The EM loop".
    static var title: String { get }
    /// The chapter's folder under `Sources/Chapters/`, `Exercises/` and `Solutions/`, e.g. "01-EMLoop".
    static var folder: String { get }
    /// The places marked `YOUR CODE HERE (part N)` in the chapter's exercise files, in order.
    static var parts: [ExercisePart] { get }
    /// Every function of the chapter the grader may call, as request types.
    static var calls: [any SubmissionCall.Type] { get }
}

/// One part of a chapter's exercise: what a student fills in, where.
public struct ExercisePart: Sendable, Equatable {
    public var number: Int
    /// The function the part lives in, e.g. "computeMeans".
    public var function: String
    /// The file under the chapter's folder, e.g. "ModularEM.swift".
    public var file: String
    /// What the part computes, in a few words ("the mean of cluster k").
    public var topic: String

    public init(_ number: Int, _ function: String, in file: String, _ topic: String) {
        self.number = number
        self.function = function
        self.file = file
        self.topic = topic
    }
}

extension ChapterDeclaration {
    /// The part numbered `number`, if the chapter has it.
    public static func part(_ number: Int) -> ExercisePart? { parts.first { $0.number == number } }

    /// "Exercises/02-ModularEM/ModularEM.swift" for a part's file.
    public static func exercisePath(of part: ExercisePart) -> String { "Exercises/\(folder)/\(part.file)" }
}

/// Every chapter, in order. Adding a chapter adds one line here and its folder name to
/// `Package.swift`'s `chapters` (INSTRUCTORS.md, "Adding a chapter").
public enum ChapterRegistry {
    public static let all: [any ChapterDeclaration.Type] = [
        Chapter01.self,
        Chapter02.self,
        Chapter03.self,
        Chapter04.self,
        Chapter05.self,
    ]

    /// The chapter numbered `number`.
    public static func chapter(_ number: Int) -> (any ChapterDeclaration.Type)? { all.first { $0.number == number } }

    /// Every call the grader may make, from every chapter.
    public static var calls: [any SubmissionCall.Type] { all.flatMap { $0.calls } }
}
