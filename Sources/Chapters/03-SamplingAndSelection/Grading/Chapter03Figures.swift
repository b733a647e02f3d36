import EMKit
import SubmissionCalls

/// The sampling-and-selection notebook's figures: the submission's samples under the true
/// Gaussians, its K = 3 fit (final Gaussians, NLL and mixing weights per iteration), and its
/// sweep over K (mean NLL, BIC and AIC against K).
enum Chapter03Figures {
    static let notebook = "CS224 Extra Credit EM Algorithm"
    static let truth = Chapter03Notebook.trueModel
    /// `plt.scatter(c=labels)`: viridis over the three components.
    static let labelColors = Palette.labelColors(count: truth.componentCount)
    static let sampleRequest = SampleMixtureRequest(count: Chapter03Notebook.sampleCount, seed: Chapter03Notebook.seed, model: truth)

    static let all: [FigureRecipe] = [
        FigureRecipe(
            fileName: "03-samples.svg", title: "Generated data with the true Gaussians",
            caption: "900 points from your sampleMixture (seed 2023), coloured by the component each was drawn from, "
                + "under the true Gaussians' 1, 2 and 3 sd ellipses: the points should fill them, about 30 % / 50 % / 20 %.",
            notebookCell: "\(notebook), In [4]: plot_samples_with_gaussians(samples, labels, means, covariances, …)"
        ) { session in
            Plot.attempt(title: "Generated data with the true Gaussians") { () throws(CallFailure) in
                let drawn = try samples(session)
                return overGaussians(title: "Generated data with the true Gaussians", points: drawn.samples, labels: drawn.labels,
                                     model: truth, modelLabel: "true Gaussians, 1–3 sd", pointLabel: "component")
            }
        },
        FigureRecipe(
            fileName: "03-final-fit.svg", title: "Final distributions after EM",
            caption: "The kit's 900 samples (coloured by true component) under the Gaussians your fitWithTraces ends with from the "
                + "notebook's random start, K = 3. Component numbers are EM's own: they need not match the true ones.",
            notebookCell: "\(notebook), In [8]: plot_samples_with_gaussians(…, title='final distributions after EM')"
        ) { session in
            Plot.attempt(title: "Final distributions after EM") { () throws(CallFailure) in
                let fit = try fitted(session)
                let sample = Chapter03Cases.notebook
                return overGaussians(title: "Final distributions after EM", points: sample.points, labels: sample.components,
                                     model: fit.model, modelLabel: "fitted Gaussians, 1–3 sd", pointLabel: "true component")
            }
        },
        FigureRecipe(
            fileName: "03-nll-per-iteration.svg", title: "Mean NLL per iteration",
            caption: "The mean negative log-likelihood after each iteration of your fitWithTraces (K = 3): "
                + "it only goes down, fast at first, until two iterations differ by at most 1e-6.",
            notebookCell: "\(notebook), In [7]: plt.title('neg log likelihoods'); plt.plot(…, neg_log_likelihood_list)"
        ) { session in
            Plot.attempt(title: "Mean NLL per iteration") { () throws(CallFailure) in
                let fit = try fitted(session)
                var plot = Plot(title: "Mean NLL per iteration", xLabel: "Iteration", yLabel: "Mean negative log-likelihood",
                                layers: [LineLayer(fit.meanNLL, startingAt: 1, label: "mean NLL")])
                plot.wholeNumberXTicks = true
                return plot
            }
        },
        FigureRecipe(
            fileName: "03-mixing-weights.svg", title: "Convergence of mixing probabilities",
            caption: "Each weight of your fitWithTraces after every iteration (red, blue, green as in the notebook) "
                + "against the true 0.3, 0.5 and 0.2 (dashed): they end near the true values, in EM's own order.",
            notebookCell: "\(notebook), In [9]: plt.plot(…, em_responsibilities_list[:,0], 'r') …; plt.title('convergence of mixing probabilities')"
        ) { session in
            Plot.attempt(title: "Convergence of mixing probabilities") { () throws(CallFailure) in
                let fit = try fitted(session)
                return weights(fit.weightTrace)
            }
        },
        FigureRecipe(
            fileName: "03-nll-against-k.svg", title: "Mean NLL against K",
            caption: "The final mean NLL of your sweepComponents for K = 1 … \(Chapter03Cases.sweep.maxComponents) (a random start each, seed 2024, "
                + "at most \(Chapter03Cases.sweep.maxIterations) iterations, tolerance 1e-8, as the notebook runs it): a sharp drop up to the true K = 3, "
                + "then it keeps falling slowly, since more components fit the sample better; a K that ends in a poorer local optimum sits a little above its neighbours.",
            notebookCell: "\(notebook), In [23]: for i in range(1, 15): … neg_best_log_likelihood_list.append(…)"
        ) { session in
            Plot.attempt(title: "Mean NLL against K") { () throws(CallFailure) in
                let rows = try sweep(session, needsCriteria: false)
                var plot = Plot(title: "Mean NLL against K", xLabel: "Number of components K", yLabel: "Final mean NLL",
                                layers: [LineLayer(xs: rows.map { Double($0.components) }, ys: rows.map(\.meanNLL), label: "mean NLL",
                                                   showsMarkers: true)])
                plot.wholeNumberXTicks = true
                return plot
            }
        },
        FigureRecipe(
            fileName: "03-criteria-against-k.svg", title: "BIC and AIC against K",
            caption: "Your bic and aic of each K in the sweep: unlike the NLL they charge for the parameters, "
                + "so they stop falling; the large dot marks the K with the smallest value.",
            notebookCell: "\(notebook), after In [23]: 'the ideal number of components should be around 3'"
        ) { session in
            Plot.attempt(title: "BIC and AIC against K") { () throws(CallFailure) in
                criteria(try sweep(session, needsCriteria: true))
            }
        },
    ]

    // MARK: Calls, with the skeleton's answers turned into reasons

    /// The submission's 900 samples, checked for shape and for the skeleton's all-zero answer.
    static func samples(_ session: SubmissionSession) throws(CallFailure) -> SampleResponse {
        try checked(try session.answer(sampleRequest))
    }

    static func checked(_ drawn: SampleResponse) throws(CallFailure) -> SampleResponse {
        let n = sampleRequest.count, k = truth.componentCount
        guard drawn.samples.count == n, drawn.samples.allSatisfy({ $0.count == 2 }), drawn.labels.count == n else {
            throw CallFailure.unusable("sampleMixture (part 1) returned \(drawn.samples.count) points and \(drawn.labels.count) labels "
                + "where \(n) 2-D points are expected.")
        }
        guard LinearAlgebra.isFinite(drawn.samples) else { throw CallFailure.unusable("sampleMixture (part 1) returned NaN or infinite points.") }
        guard drawn.labels.allSatisfy({ (0..<k).contains($0) }) else {
            throw CallFailure.unusable("sampleMixture (part 1) returned labels outside 0..<\(k): each label is the component a point came from.")
        }
        guard drawn.samples.contains(where: { $0 != drawn.samples[0] }) else {
            throw CallFailure.unusable("sampleMixture is not finished yet (part 1): every point it returns is the same. "
                + "Fill in Exercises/03-SamplingAndSelection/Sampling.swift, then run emkit plot again.")
        }
        return drawn
    }

    /// The submission's K = 3 fit, with a finite NLL and weight trace of one length.
    static func fitted(_ session: SubmissionSession) throws(CallFailure) -> FitTracesResponse {
        try checked(try session.answer(Chapter03Cases.fit))
    }

    static func checked(_ fit: FitTracesResponse) throws(CallFailure) -> FitTracesResponse {
        let unfinished = "fitWithTraces is not finished yet (part 2): "
        let file = " Fill in Exercises/03-SamplingAndSelection/ModelSelection.swift (it builds on chapter 02), then run emkit plot again."
        guard !fit.meanNLL.isEmpty else { throw CallFailure.unusable(unfinished + "its mean NLL trace is empty." + file) }
        guard fit.meanNLL.allSatisfy(\.isFinite) else { throw CallFailure.unusable(unfinished + "its mean NLL trace holds NaN." + file) }
        let k = fit.model.componentCount
        guard fit.weightTrace.count == fit.meanNLL.count, fit.weightTrace.allSatisfy({ $0.count == k && $0.allSatisfy(\.isFinite) }) else {
            throw CallFailure.unusable(unfinished + "its weight trace should hold \(k) finite weights after each of its "
                + "\(fit.meanNLL.count) iterations." + file)
        }
        return fit
    }

    /// The submission's sweep over K, with finite NLLs (and criteria, when the figure needs them).
    static func sweep(_ session: SubmissionSession, needsCriteria: Bool) throws(CallFailure) -> [SweepRow] {
        try checked(try session.answer(Chapter03Cases.sweep), needsCriteria: needsCriteria)
    }

    static func checked(_ rows: [SweepRow], needsCriteria: Bool) throws(CallFailure) -> [SweepRow] {
        let file = " Fill in Exercises/03-SamplingAndSelection/ModelSelection.swift, then run emkit plot again."
        guard !rows.isEmpty else { throw CallFailure.unusable("sweepComponents is not finished yet (part 5): it returns no rows." + file) }
        guard rows.allSatisfy({ $0.meanNLL.isFinite }) else {
            throw CallFailure.unusable("sweepComponents returns a NaN mean NLL: parts 2 and 5 make it." + file)
        }
        if needsCriteria && !rows.allSatisfy({ $0.bic.isFinite && $0.aic.isFinite }) {
            throw CallFailure.unusable("bic and aic are not finished yet (part 4): the sweep's criteria are NaN." + file)
        }
        return rows
    }

    // MARK: Drawings

    /// Points coloured by label (one legend entry a label) under a model's ellipses in black.
    static func overGaussians(title: String, points: Matrix, labels: [Int], model: GaussianMixture,
                              modelLabel: String, pointLabel: String) -> Plot {
        var plot = Plot(title: title, xLabel: "x₁", yLabel: "x₂", equalAspect: true)
        for k in 0..<(labels.max() ?? -1) + 1 {
            let mine = zip(points, labels).filter { $0.1 == k }.map(\.0)
            plot.add(ScatterLayer(mine, color: Palette.color(k, of: labelColors), radius: 2.5,
                                  label: "\(pointLabel) \(k + 1) (\(mine.count))"))
        }
        for (k, layer) in EllipseLayer.components(of: model, colors: [Palette.black]).enumerated() {
            var named = layer
            named.label = k == 0 ? modelLabel : nil
            plot.add(named)
        }
        return plot.withLegendRoom(0.15)
    }

    /// The weight traces in the notebook's red, blue, green, with the true weights dashed.
    static func weights(_ trace: [Vector]) -> Plot {
        var plot = Plot(title: "Convergence of mixing probabilities", xLabel: "Iteration", yLabel: "Mixing probability")
        let k = trace.first?.count ?? 0
        for j in 0..<k {
            plot.add(LineLayer(trace.map { $0[j] }, startingAt: 1, color: Palette.color(j, of: Palette.mixingWeights),
                               label: "weight \(j + 1)"))
        }
        let values = truth.weights.map { show($0) }.joined(separator: ", ")
        for (i, w) in truth.weights.enumerated() {
            plot.add(ReferenceLineLayer(y: w, color: Palette.black, label: i == 0 ? "true weights \(values)" : nil))
        }
        plot.wholeNumberXTicks = true
        return plot.withLegendRoom(0.35)
    }

    /// BIC and AIC against K, each with its smallest value circled.
    static func criteria(_ rows: [SweepRow]) -> Plot {
        var plot = Plot(title: "BIC and AIC against K", xLabel: "Number of components K", yLabel: "Criterion (lower is better)")
        let ks = rows.map { Double($0.components) }
        for (name, path, color) in [("BIC", \SweepRow.bic, Palette.cycle[0]), ("AIC", \SweepRow.aic, Palette.cycle[1])] {
            let values = rows.map { $0[keyPath: path] }
            plot.add(LineLayer(xs: ks, ys: values, color: color, label: name, showsMarkers: true))
            if let best = rows.min(by: { $0[keyPath: path] < $1[keyPath: path] }) {
                plot.add(ScatterLayer(points: [(Double(best.components), best[keyPath: path])], colors: [color], radius: 7,
                                      label: "smallest \(name): K = \(best.components)", outlined: true))
            }
        }
        plot.wholeNumberXTicks = true
        return plot
    }
}
