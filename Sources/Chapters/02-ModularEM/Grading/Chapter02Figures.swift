import EMKit
import SubmissionCalls

/// The modular-EM notebook's figures (`plot_results`): for its two-cluster and three-cluster
/// data, the Gaussians at the start and at the end of the submission's `emAlgorithm`, and
/// the log-likelihood trace of that run.
enum Chapter02Figures {
    static let notebook = "P1 and P2 Expectation Maximization Implementation"
    static let colors = Palette.modularComponents

    /// One of the notebook's two runs, with the words its figures use.
    struct Run: Sendable {
        var name: String          // "Two clusters"
        var slug: String          // "two-clusters"
        var cell: String          // where `plot_results` draws it
        var request: EMAlgorithmRequest
    }

    static let two = Run(name: "Two clusters", slug: "two-clusters",
                         cell: "\(notebook), §8.3 after In [13]: plot_results(initial, results)",
                         request: Chapter02Quiz.twoClustersRun)
    static let three = Run(name: "Three clusters", slug: "three-clusters",
                           cell: "\(notebook), In [19]: plot_results(initial, results)",
                           request: Chapter02Quiz.threeClustersRun)

    static let all: [FigureRecipe] = [two, three].flatMap { run -> [FigureRecipe] in
        let k = run.request.initial.means.count
        return [
            FigureRecipe(
                fileName: "02-\(run.slug)-initial.svg", title: "\(run.name): initial estimates",
                caption: "Where emAlgorithm starts on the \(run.request.data.count) points: \(k) of them as means (np.random.seed(10)), "
                    + "the covariance of all the data for every component, so the ellipses are wide.",
                notebookCell: "\(run.cell), 'Initial Estimates'"
            ) { _ in
                Chapter01Figures.clusters(title: "\(run.name): initial estimates", data: run.request.data,
                                          model: run.request.initial, colors: colors)
            },
            FigureRecipe(
                fileName: "02-\(run.slug)-final.svg", title: "\(run.name): final results",
                caption: "Your emAlgorithm at convergence from that start: one ellipse family (1, 2, 3 sd) on each group of points, "
                    + "narrower than at the start.",
                notebookCell: "\(run.cell), 'Final Results'"
            ) { session in
                fromRun(session, run, title: "\(run.name): final results") { result in
                    Chapter01Figures.clusters(title: "\(run.name): final results", data: run.request.data,
                                              model: GaussianMixture(weights: result.weights, means: result.means, covariances: result.covs),
                                              colors: colors)
                }
            },
            FigureRecipe(
                fileName: "02-\(run.slug)-loglikelihood.svg", title: "\(run.name): trace of log-likelihood",
                caption: "The log-likelihood your emAlgorithm records at the start and after each iteration: "
                    + "it rises fast, then flattens until a gain is below thresh.",
                notebookCell: "\(run.cell), plt.title('Trace of Log Likelihood')"
            ) { session in
                fromRun(session, run, title: "\(run.name): trace of log-likelihood") { result in
                    Chapter01Figures.trace(title: "\(run.name): trace of log-likelihood", result.loglik, from: 0)
                }
            },
        ]
    }

    /// Runs the submission's `emAlgorithm` and draws its result, or a placeholder saying why not.
    static func fromRun(_ session: SubmissionSession, _ run: Run, title: String, draw: (NotebookEMResult) -> Plot) -> Plot {
        Plot.attempt(title: title) { () throws(CallFailure) in
            let result = try session.answer(run.request).result
            if let reason = SubmissionRun.unfinishedReason(result, of: .emAlgorithm) { throw CallFailure.unusable(reason) }
            return draw(result)
        }
    }
}
