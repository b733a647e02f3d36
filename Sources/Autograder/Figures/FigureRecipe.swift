import EMKit
import SubmissionCalls

/// How to draw one figure of a chapter: its file name, what it shows, the notebook cell it
/// mirrors, and a function that draws it, running the submission's code through a session.
public struct FigureRecipe: Sendable {
    /// The SVG file's name, e.g. `01-final-clusters.svg` (chapter number first, so files sort).
    public var fileName: String
    /// The figure's title, drawn at its top and shown on the index page.
    public var title: String
    /// One or two sentences for the index page: what to look for.
    public var caption: String
    /// The notebook cell the figure mirrors, e.g. `EM-for-gmm, In [18]: plot_contours(…, 'Final clusters')`.
    public var notebookCell: String
    /// Draws the figure. Runs the submission's code via `session` when the figure needs it, and
    /// returns a placeholder plot (never traps) when that code is unfinished or fails.
    public var draw: @Sendable (SubmissionSession) -> Plot

    public init(fileName: String, title: String, caption: String, notebookCell: String,
                draw: @escaping @Sendable (SubmissionSession) -> Plot) {
        self.fileName = fileName
        self.title = title
        self.caption = caption
        self.notebookCell = notebookCell
        self.draw = draw
    }
}

/// The figures of one chapter.
public struct FigureChapter: Sendable {
    public var number: Int
    public var title: String
    public var recipes: [FigureRecipe]

    public init(number: Int, title: String, recipes: [FigureRecipe]) {
        self.number = number
        self.title = title
        self.recipes = recipes
    }
}
