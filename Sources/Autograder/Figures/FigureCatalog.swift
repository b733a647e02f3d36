import EMKit

/// Every figure `emkit plot` draws, chapter by chapter.
///
/// To add a chapter's figures:
/// 1. Write `Sources/Autograder/Figures/ChapterNNFigures.swift` with
///    `enum ChapterNNFigures { static let all: [FigureRecipe] }`: one `FigureRecipe` a figure,
///    file names starting with the chapter number (`03-nll-per-iteration.svg`). Build each
///    `Plot` from the core's layers (`ScatterLayer` — `.membership`, `.labelled` —, `LineLayer`,
///    `ReferenceLineLayer`, `EllipseLayer`, `HeatmapLayer` with `DensityGrid`, `BarLayer`), and return `Plot.placeholder` (or let a NaN series do
///    it) when the student's code is unfinished; `SubmissionRun.unfinishedReason` words it.
/// 2. Add one line to `chapters` below: `FigureChapter(number: NN, title: "…", recipes: ChapterNNFigures.all)`.
///
/// `emkit plot`, `emkit plot --chapter NN`, the index page and the figure tests pick it up.
public enum FigureCatalog {
    public static let chapters: [FigureChapter] = [
        FigureChapter(number: 1, title: "The EM loop", recipes: Chapter01Figures.all),
        FigureChapter(number: 4, title: "Covariance variants and the library view", recipes: Chapter04Figures.all),
    ]

    /// The chapter numbered `number`, if it has figures.
    public static func chapter(_ number: Int) -> FigureChapter? {
        chapters.first { $0.number == number }
    }
}

/// What the figures say about a submission's `runEM` run.
public enum SubmissionRun {
    /// Why figures of `result` cannot be drawn yet, or nil when every quantity is a number.
    ///
    /// Checks the quantities in the order EM computes them, so the message names the earliest
    /// unfinished part: "runEM is not finished yet: its responsibilities are NaN (part 1)".
    public static func unfinishedReason(_ result: NotebookEMResult) -> String? {
        let quantities: [(EMQuantity, [Double])] = [
            (.responsibilities, Array(result.resp.joined())),
            (.weights, result.weights),
            (.means, Array(result.means.joined())),
            (.covariances, Array(result.covs.joined().joined())),
            (.logLikelihood, result.loglik),
        ]
        for (quantity, values) in quantities {
            if let bad = values.first(where: { !$0.isFinite }) {
                let what = bad.isNaN ? "NaN" : "infinite"
                let verb = quantity == .logLikelihood ? "is" : "are"
                return "runEM is not finished yet: its \(quantity.name) \(verb) \(what) (\(quantity.parts)). "
                    + "Fill in that part of Exercises/01-EMLoop/EM.swift, then run emkit plot again."
            }
        }
        if result.loglik.isEmpty { return "runEM returned no log-likelihood values." }
        return nil
    }

    /// The reason a call into the submission failed, worded for a figure.
    public static func failureReason(_ failure: CallFailure) -> String {
        "runEM could not finish: \(failure)."
    }
}
