import EMKit
import SubmissionCalls

/// The grader's side of a chapter, added to the chapter's declaration (`ChapterNN`) by an
/// extension in its `Grading/` folder: the graded items, the answer key, the quiz and the figures.
public protocol GradedChapter: ChapterDeclaration {
    /// Every graded item, visible and hidden (the student edition leaves the hidden ones out).
    static var items: [GradedItem] { get }
    /// What `emkit quiz --chapter N` answers from the student's code.
    static var quiz: ChapterQuiz? { get }
    /// The reference values the chapter's visible items compare with.
    static var key: (any ChapterKey.Type)? { get }
    /// The figures `emkit plot --chapter N` draws.
    static var figures: [FigureRecipe] { get }
}

/// One chapter as the grader uses it: its declaration and its grading, in one value.
public struct Chapter: Sendable {
    public var number: Int
    public var title: String
    /// The chapter's folder under `Sources/Chapters/`, `Exercises/` and `Solutions/`, e.g. "01-EMLoop".
    public var folder: String
    public var parts: [ExercisePart]
    public var items: [GradedItem]
    public var quiz: ChapterQuiz?
    public var key: (any ChapterKey.Type)?
    public var figures: [FigureRecipe]

    /// A chapter made by hand (tests); the kit's come from the registry.
    public init(number: Int, title: String, folder: String, parts: [ExercisePart] = [], items: [GradedItem],
                quiz: ChapterQuiz? = nil, key: (any ChapterKey.Type)? = nil, figures: [FigureRecipe] = []) {
        self.number = number
        self.title = title
        self.folder = folder
        self.parts = parts
        self.items = items
        self.quiz = quiz
        self.key = key
        self.figures = figures
    }

    init(_ chapter: any GradedChapter.Type) {
        number = chapter.number
        title = chapter.title
        folder = chapter.folder
        parts = chapter.parts
        items = chapter.items
        quiz = chapter.quiz
        key = chapter.key
        figures = chapter.figures
    }

    /// The part numbered `number`.
    public func part(_ number: Int) -> ExercisePart? { parts.first { $0.number == number } }

    /// "Exercises/02-ModularEM/ModularEM.swift": where a part is, for messages.
    public func exercisePath(of part: ExercisePart) -> String { "Exercises/\(folder)/\(part.file)" }

    /// The items that grade part `number`.
    public func items(ofPart number: Int) -> [GradedItem] { items.filter { $0.parts.contains(number) } }
}

/// Every chapter of the kit, from `ChapterRegistry` (the one list of chapters).
public enum Catalog {
    public static let chapters: [Chapter] = ChapterRegistry.all.compactMap { $0 as? any GradedChapter.Type }.map(Chapter.init)

    /// Chapters the registry lists but no `Grading/` folder makes gradable (empty when the kit is whole).
    public static var ungraded: [Int] { ChapterRegistry.all.filter { !($0 is any GradedChapter.Type) }.map { $0.number } }

    public static var allItems: [GradedItem] { chapters.flatMap(\.items) }

    public static func chapter(_ number: Int) -> Chapter? { chapters.first { $0.number == number } }
}
