import EMKit
import SubmissionCalls

/// The covariance-variants lecture's figures, drawn from the submission's chapter 04 code: the
/// two moons fitted with 2 and with 16 components, new points drawn from the 16-component fit,
/// the membership plots of the six panels, and spherical against diagonal against full
/// covariances on the anisotropic blobs.
///
/// Every fit is the student's whole pipeline: scikit-learn's k-means start (part 12, from parts
/// 4 and 11) or the lecture's random seeds with part 5, EM (part 9), memberships and labels
/// (parts 7 and 8).
enum Chapter04Figures {
    static let lecture = "Lecture 13, Code Implementation of GMMs"

    /// What the student's pipeline gives for one run of `Chapter04Cases.runs`.
    struct Fitted {
        var data: Matrix
        var model: GaussianMixture
        var memberships: Matrix
        var labels: [Int]
    }

    static func finite(_ model: GaussianMixture) -> Bool {
        !model.weights.isEmpty && (model.weights + model.means.joined() + model.covariances.joined().joined()).allSatisfy(\.isFinite)
    }

    /// Runs the student's seeding, start, fit and queries for the run called `name`; the
    /// reason for a placeholder when a part is unfinished or fails.
    static func fitted(_ session: SubmissionSession, _ name: String) -> Result<Fitted, CallFailure> {
        guard let run = Chapter04Cases.run(named: name) else { return .failure(CallFailure.unusable("the kit has no run \(name)")) }
        do {
            let start: GaussianMixture
            if run.kmeans {
                start = try session.call(Chapter04Cases.kmeansStart(run))
                guard finite(start), start.weights.count == run.components else {
                    return .failure(CallFailure.unusable("kMeansStart is not finished yet: its start holds NaN or the wrong number of components (parts 4, 11 and 12)"))
                }
            } else {
                var random = NumpyRandom(seed: run.seed)
                let seeds = Chapter04Notebook.randomSeedIndices(points: run.data.count, count: run.components, random: &random)
                start = try session.call(StartFromSeedsRequest(data: run.data, seeds: seeds, covariance: run.covariance,
                                                               regularization: Chapter04Cases.regularization))
                guard finite(start) else {
                    return .failure(CallFailure.unusable("startFromSeeds is not finished yet: its start holds NaN (parts 3 and 5)"))
                }
            }
            let fit = try session.call(VariantFitRequest(data: run.data, initial: start, covariance: run.covariance))
            guard finite(fit.model), !fit.meanLogLikelihoods.isEmpty else {
                return .failure(CallFailure.unusable("fitCovarianceVariant is not finished yet: its model holds NaN (part 9)"))
            }
            // The fit's stopping rule reads part 6's log-densities: NaN there means EM ran to
            // maxIterations on a meaningless test, so the picture would look finished but is not.
            guard fit.meanLogLikelihoods.allSatisfy(\.isFinite) else {
                return .failure(CallFailure.unusable("mixtureLogDensities is not finished yet: the fit's mean log-likelihoods are NaN (part 6, used by part 9)"))
            }
            let memberships = try session.call(MembershipsRequest(points: run.data, model: fit.model))
            guard memberships.count == run.data.count, memberships.allSatisfy({ $0.count == run.components && $0.allSatisfy(\.isFinite) }) else {
                return .failure(CallFailure.unusable("membershipProbabilities is not finished yet (part 7)"))
            }
            let labels = try session.call(PredictRequest(points: run.data, model: fit.model))
            guard labels.count == run.data.count, labels.allSatisfy((0..<run.components).contains) else {
                return .failure(CallFailure.unusable("predictComponents is not finished yet (part 8)"))
            }
            return .success(Fitted(data: run.data, model: fit.model, memberships: memberships, labels: labels))
        } catch {
            return .failure(CallFailure.unusable("the chapter 04 code could not finish: \(error)"))
        }
    }

    /// Draws `draw` from the fit of `name`, or a placeholder saying why not.
    static func fromFit(_ session: SubmissionSession, _ name: String, title: String, draw: (Fitted) -> Plot) -> Plot {
        switch fitted(session, name) {
        case .success(let fit): return draw(fit)
        case .failure(let why): return Plot.attempt(title: title) { () throws(CallFailure) -> Plot in throw why }
        }
    }

    /// The lecture's `draw_ellipse`: every component at 1, 2 and 3 sd, filled with an opacity
    /// that grows with its weight (0.2 for the heaviest).
    static func ellipses(_ model: GaussianMixture, colors: [FigureColor]) -> [any PlotLayer] {
        let heaviest = model.weights.max() ?? 1
        return EllipseLayer.components(of: model, colors: colors).enumerated().map { k, layer -> any PlotLayer in
            var filled = layer
            filled.fillOpacity = 0.2 * model.weights[k] / heaviest
            filled.label = nil
            return filled
        }
    }

    /// `plot_gmm`: the points, coloured by predicted component or black, and the ellipses.
    static func gmmPlot(title: String, _ fit: Fitted, colourByLabel: Bool) -> Plot {
        var plot = Plot(title: title, xLabel: "x₁", yLabel: "x₂", equalAspect: true)
        let colors = Palette.labelColors(count: fit.model.componentCount)
        plot.add(colourByLabel ? ScatterLayer.labelled(fit.data, labels: fit.labels, colors: colors, label: "predicted component")
                               : ScatterLayer(fit.data, color: Palette.cycle[0], label: "data"))
        plot.add(ellipses(fit.model, colors: colourByLabel ? colors : [Palette.grey]))
        return plot
    }

    /// `GMM_predict_plot`'s membership panels in one: each point mixes the component colours by
    /// its memberships, so points shared between components show in between.
    static func membershipPlot(title: String, _ fit: Fitted) -> Plot {
        var plot = Plot(title: title, xLabel: "x₁", yLabel: "x₂", equalAspect: true)
        let colors = Palette.cycle
        plot.add(ScatterLayer.membership(fit.data, responsibilities: fit.memberships, componentColors: colors, label: "memberships"))
        plot.add(EllipseLayer.components(of: fit.model, colors: colors))
        return plot
    }

    static let panels: [(run: String, file: String, name: String, cell: String)] = [
        ("blobs-diag-random", "blobs", "blobs, diagonal, random start", "In [12]: GMM_predict_plot(X1, T1, 3, 'random', 'diag')"),
        ("varied-full", "varied", "blobs of varied spread, full", "In [13]: GMM_predict_plot(X2, T2, 3)"),
        ("moons-panel-full", "moons", "moons, full, K = 2", "In [14]: GMM_predict_plot(X3, T3, 2)"),
        ("circles-full", "circles", "circles, full, K = 2", "In [15]: GMM_predict_plot(X4, T4, 2)"),
        ("aniso-diag-random", "anisotropic", "anisotropic blobs, diagonal, random start", "In [16]: GMM_predict_plot(X5, T5, 3, 'random', 'diag')"),
        ("unbalanced-full-random", "unbalanced", "unbalanced blobs, full, random start", "In [20]: GMM_predict_plot(X6, T6, 3, 'random')"),
    ]

    static let shapes: [(run: String, shape: String)] = [("aniso-spherical", "spherical"), ("aniso-diag", "diagonal"), ("aniso-full", "full")]

    static let all: [FigureRecipe] = [
        FigureRecipe(
            fileName: "04-moons-2-components.svg", title: "Two moons, 2 components",
            caption: "Your fit with K = 2 as a clustering model: each moon is bent and each Gaussian is not, so two ellipses cannot follow the moons; compare the fit's log-likelihood with K = 16's.",
            notebookCell: "\(lecture), In [5]: plot_gmm(GaussianMixture(n_components=2, covariance_type='full'), Xmoon)"
        ) { session in
            fromFit(session, "moons-k2", title: "Two moons, 2 components") { gmmPlot(title: "Two moons, 2 components", $0, colourByLabel: true) }
        },
        FigureRecipe(
            fileName: "04-moons-16-components.svg", title: "Two moons, 16 components",
            caption: "Your fit with K = 16 as a density model: the components tile the moons; read it as one density, not as 16 clusters.",
            notebookCell: "\(lecture), In [6]: plot_gmm(GaussianMixture(n_components=16), Xmoon, label=False)"
        ) { session in
            fromFit(session, "moons-k16", title: "Two moons, 16 components") { gmmPlot(title: "Two moons, 16 components", $0, colourByLabel: false) }
        },
        FigureRecipe(
            fileName: "04-moons-new-points.svg", title: "400 new points from the 16-component fit",
            caption: "The fit is a generative model: points drawn from it with your sampleFromFit (seed 2016) look like the moons.",
            notebookCell: "\(lecture), In [7]: Xnew = GMM16.sample(…); plt.scatter(Xnew[:, 0], Xnew[:, 1])"
        ) { session in
            let title = "400 new points from the 16-component fit"
            return fromFit(session, "moons-k16", title: title) { fit in
                let drawn = try? session.call(SampleFromFitRequest(count: Chapter04Cases.newPoints, seed: Chapter04Cases.newPointsSeed, model: fit.model))
                guard let drawn, drawn.samples.count == Chapter04Cases.newPoints, drawn.samples.allSatisfy({ $0.count == 2 && $0.allSatisfy(\.isFinite) }) else {
                    return .placeholder(title: title, reason: "sampleFromFit is not finished yet (part 10)")
                }
                return Plot(title: title, xLabel: "x₁", yLabel: "x₂",
                            layers: [ScatterLayer(drawn.samples, color: Palette.cycle[0], label: "new points")], equalAspect: true)
            }
        },
    ] + panels.map { panel in
        let title = "Memberships: \(panel.name)"
        return FigureRecipe(
            fileName: "04-memberships-\(panel.file).svg", title: title,
            caption: "Your memberships (predict_proba) on the lecture's \(panel.name) data: each point mixes the colours of its components by its membership probabilities.",
            notebookCell: "\(lecture), \(panel.cell)"
        ) { session in
            fromFit(session, panel.run, title: title) { membershipPlot(title: title, $0) }
        }
    } + shapes.map { entry in
        let title = "Anisotropic blobs, \(entry.shape) covariances"
        return FigureRecipe(
            fileName: "04-anisotropic-\(entry.shape).svg", title: title,
            caption: "Your K = 3 fit with \(entry.shape) covariances from scikit-learn's k-means start: only full covariances can tilt with the stretched blobs.",
            notebookCell: "\(lecture), In [16]: GMM_predict_plot(X5, T5, 3, 'random', 'diag')"
        ) { session in
            fromFit(session, entry.run, title: title) { gmmPlot(title: title, $0, colourByLabel: true) }
        }
    }
}
