import EMKit
import SubmissionCalls

/// The first notebook's figures: its data, the Gaussians at initialisation, after 12
/// iterations and at convergence, and the log-likelihood trace, drawn from the submission's
/// `runEM` on the notebook's own data and starting parameters.
enum Chapter01Figures {
    static let notebook = "EM-for-gmm"
    static let colors = Palette.notebookComponents

    static let all: [FigureRecipe] = [
        FigureRecipe(
            fileName: "01-data.svg", title: "The notebook's data",
            caption: "The 100 points drawn with np.random.seed(4) from three Gaussians (weights 1/4, 1/2, 1/4). No EM yet.",
            notebookCell: "\(notebook), In [4]: plt.plot(d[:,0], d[:,1], 'ko')"
        ) { _ in
            Plot(title: "The notebook's data", xLabel: "x₁", yLabel: "x₂",
                 layers: [ScatterLayer(Chapter01Notebook.data(), color: Palette.black, label: "data")], equalAspect: true)
        },
        FigureRecipe(
            fileName: "01-initial-clusters.svg", title: "Initial clusters",
            caption: "Where EM starts: three data points as means, the covariance of all the data for every component, so the ellipses are wide and overlap.",
            notebookCell: "\(notebook), In [17]: plot_contours(data, initial_means, initial_covs, 'Initial clusters')"
        ) { _ in
            let data = Chapter01Notebook.data()
            return clusters(title: "Initial clusters", data: data, model: Chapter01Notebook.initialParameters(for: data))
        },
        FigureRecipe(
            fileName: "01-clusters-12-iterations.svg", title: "Clusters after 12 iterations",
            caption: "Your runEM stopped after 12 iterations (maxiter=12): the components have moved towards the three groups but have not settled.",
            notebookCell: "\(notebook), In [19]: EM(…, maxiter=12); plot_contours(…, 'Clusters after 12 iterations')"
        ) { session in
            fromRun(session, Chapter01Quiz.twelveIterations, title: "Clusters after 12 iterations") { result in
                clusters(title: "Clusters after 12 iterations", data: Chapter01Quiz.data, result: result)
            }
        },
        FigureRecipe(
            fileName: "01-final-clusters.svg", title: "Final clusters",
            caption: "Your runEM at convergence (23 iterations for a correct EM): one ellipse family per group of points.",
            notebookCell: "\(notebook), In [18]: results = EM(…); plot_contours(…, 'Final clusters')"
        ) { session in
            fromRun(session, Chapter01Quiz.fullRun, title: "Final clusters") { result in
                clusters(title: "Final clusters", data: Chapter01Quiz.data, result: result)
            }
        },
        FigureRecipe(
            fileName: "01-loglikelihood.svg", title: "Log-likelihood per iteration",
            caption: "The log-likelihood your runEM records at the start and after each iteration. EM never lets it go down: the quiz asks which way it goes.",
            notebookCell: "\(notebook), In [23]: plt.plot(range(len(loglikelihoods)), loglikelihoods, linewidth=4)"
        ) { session in
            fromRun(session, Chapter01Quiz.fullRun, title: "Log-likelihood per iteration") { result in
                trace(title: "Log-likelihood per iteration", result.loglik, from: 0)
            }
        },
        FigureRecipe(
            fileName: "01-loglikelihood-from-3.svg", title: "Log-likelihood from iteration 3",
            caption: "The same trace without its first three values, so the small gains near convergence are visible.",
            notebookCell: "\(notebook), In [27]: plt.plot(range(3, len(ll)), ll[3:], linewidth=4)"
        ) { session in
            fromRun(session, Chapter01Quiz.fullRun, title: "Log-likelihood from iteration 3") { result in
                trace(title: "Log-likelihood from iteration 3", Array(result.loglik.dropFirst(3)), from: 3)
            }
        },
    ]

    /// Runs the submission's `runEM` and draws its result, or a placeholder saying why not.
    static func fromRun(_ session: SubmissionSession, _ request: RunEMRequest, title: String,
                        draw: (NotebookEMResult) -> Plot) -> Plot {
        do {
            let result = try session.runEM(request).result
            if let reason = SubmissionRun.unfinishedReason(result) { return .placeholder(title: title, reason: reason) }
            return draw(result)
        } catch {
            return .placeholder(title: title, reason: SubmissionRun.failureReason(error))
        }
    }

    static func clusters(title: String, data: Matrix, result: NotebookEMResult) -> Plot {
        clusters(title: title, data: data, model: GaussianMixture(weights: result.weights, means: result.means, covariances: result.covs))
    }

    /// `plot_contours`: the data in black, each component's ellipses at 1, 2 and 3 sd, in
    /// `colors` (the notebook's green, red, indigo unless another chapter names its own).
    static func clusters(title: String, data: Matrix, model: GaussianMixture, colors: [FigureColor] = colors) -> Plot {
        var plot = Plot(title: title, xLabel: "x₁", yLabel: "x₂", equalAspect: true)
        plot.add(ScatterLayer(data, color: Palette.black, label: "data"))
        plot.add(EllipseLayer.components(of: model, colors: colors).map { layer -> any PlotLayer in
            var named = layer
            named.label = (layer.label ?? "") + " (1, 2, 3 sd)"
            return named
        })
        return plot
    }

    /// The log-likelihood against the iteration number, starting at `from`.
    static func trace(title: String, _ values: [Double], from start: Int) -> Plot {
        // Headroom above the data: the trace ends on a plateau at its top, which would otherwise
        // run along the frame.
        Plot(title: title, xLabel: "Iteration", yLabel: "Log-likelihood",
             layers: [LineLayer(values, startingAt: start, width: 3, label: "log-likelihood")]).withLegendRoom(0.1)
    }
}
