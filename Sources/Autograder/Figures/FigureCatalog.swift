import EMKit
import SubmissionCalls

/// Every figure `emkit plot` draws, chapter by chapter: each chapter's `figures`
/// (`Sources/Chapters/NN-Name/Grading/ChapterNNFigures.swift`).
///
/// A chapter's figures are `FigureRecipe`s, file names starting with the chapter number
/// (`03-nll-per-iteration.svg`). Build each `Plot` from the core's layers (`ScatterLayer` —
/// `.membership`, `.labelled` —, `LineLayer`, `ReferenceLineLayer`, `EllipseLayer`, `HeatmapLayer`
/// with `DensityGrid`, `BarLayer`), and return `Plot.placeholder` (or let a NaN series do it) when
/// the student's code is unfinished; `SubmissionRun.unfinishedReason` words it.
/// `Plot.attempt` with `session.answer(request)` turns a failed call or an unusable
/// answer into that placeholder (see `Chapter03Figures`).
public enum FigureCatalog {
    public static let chapters: [FigureChapter] = Catalog.chapters.filter { !$0.figures.isEmpty }
        .map { FigureChapter(number: $0.number, title: $0.title, recipes: $0.figures) }

    /// The chapter numbered `number`, if it has figures.
    public static func chapter(_ number: Int) -> FigureChapter? {
        chapters.first { $0.number == number }
    }
}

/// What the figures say about a submission's EM run (`runEM`, or another chapter's EM function).
public enum SubmissionRun {
    /// Why figures of `result` cannot be drawn yet, or nil when every quantity is a number.
    ///
    /// Checks the quantities in the order EM computes them, so the message names the earliest
    /// unfinished part: "runEM is not finished yet: its responsibilities are NaN (part 1)".
    public static func unfinishedReason(_ result: NotebookEMResult) -> String? {
        unfinishedReason(result, of: .runEM)
    }

    /// The same for the EM function of another chapter, with that chapter's parts and file.
    static func unfinishedReason(_ result: NotebookEMResult, of exercise: EMExercise) -> String? {
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
                return "\(exercise.function) is not finished yet: its \(quantity.name) \(verb) \(what) (\(exercise.part(quantity))). "
                    + "Fill in that part of \(exercise.file), then run emkit plot again "
                    + "(emkit check --chapter \(exercise.chapter.number) names the first part that fails)."
            }
        }
        if result.loglik.isEmpty { return "\(exercise.function) returned no log-likelihood values." }
        return nil
    }

    /// The reason a call into the submission failed, worded for a figure.
    public static func failureReason(_ failure: CallFailure) -> String {
        failureReason(failure, function: "runEM")
    }

    /// The same for a call of `function`.
    static func failureReason(_ failure: CallFailure, function: String) -> String {
        "\(function) could not finish: \(failure)."
    }
}
