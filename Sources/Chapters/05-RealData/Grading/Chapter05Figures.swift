import EMKit
import Foundation
import SubmissionCalls

/// The real-data figures: the first notebook's image section (`EM` on real measurements, the
/// log-likelihood trace, its Convergence, Uncertainty and Interpretability questions) drawn
/// from the submission's chapter 05 functions on Old Faithful and the penguins.
enum Chapter05Figures {
    static let notebook = "EM-for-gmm, image section"
    static let runs = Chapter05Runs.self
    static let colors = Palette.notebookComponents
    /// The two penguin measurements the figures plot: bill length against bill depth, where
    /// the three species sit apart.
    static let penguinAxes = (x: 0, y: 1)
    static let penguinLabels = (x: "Bill length (mm)", y: "Bill depth (mm)")
    static let faithfulLabels = (x: "Eruption duration (min)", y: "Waiting time to the next eruption (min)")

    static let all: [FigureRecipe] = [
        FigureRecipe(
            fileName: "05-faithful-clusters.svg", title: "Old Faithful: two clusters",
            caption: "The 272 eruptions coloured by the cluster your clusterAssignments gives them after your fitRealData (K = 2, seed 1), "
                + "with each fitted Gaussian's 1, 2 and 3 sd ellipses: short eruptions with short waits, long with long.",
            notebookCell: "\(notebook), In [25]: out = EM(img_data, init_means, init_covariances, init_weights), here on Old Faithful"
        ) { session in
            attempt("Old Faithful: two clusters", session) { s throws(CallFailure) in
                let result = try Chapter05Answers.faithful(s)
                let clusters = try s.assignments(result.resp, clusters: runs.faithfulComponents)
                var plot = byCluster(title: "Old Faithful: two clusters", points: runs.faithful, clusters: clusters,
                                     count: runs.faithfulComponents, labels: faithfulLabels)
                let model = GaussianMixture(weights: result.weights, means: result.means, covariances: result.covs)
                plot.add(EllipseLayer.components(of: model, colors: colors).map { layer -> any PlotLayer in
                    var unnamed = layer
                    unnamed.label = nil
                    return unnamed
                })
                return plot
            }
        },
        FigureRecipe(
            fileName: "05-faithful-loglikelihood.svg", title: "Old Faithful: log-likelihood per iteration",
            caption: "The log-likelihood of your fitRealData run on Old Faithful at the start and after each iteration: "
                + "the Convergence question. It rises and flattens; EM stops when a gain is below 1e-4.",
            notebookCell: "\(notebook), In [26]: plt.plot(range(len(ll)), ll, linewidth=4), here on Old Faithful"
        ) { session in
            attempt("Old Faithful: log-likelihood per iteration", session) { s throws(CallFailure) in
                Chapter01Figures.trace(title: "Old Faithful: log-likelihood per iteration", try Chapter05Answers.faithful(s).loglik, from: 0)
            }
        },
        FigureRecipe(
            fileName: "05-penguins-clusters.svg", title: "Penguins: three clusters",
            caption: "The penguins' bill length against bill depth, coloured by cluster: your fitRealData on all four standardised "
                + "measurements (K = 3, seed 1), then your clusterAssignments. Compare with the species below: "
                + "this start ends in a local optimum.",
            notebookCell: "\(notebook), before In [26]: the Interpretability question (do the clusters match known categories?)"
        ) { session in
            penguinClusters(session, title: "Penguins: three clusters", seed: runs.notebookSeed)
        },
        FigureRecipe(
            fileName: "05-penguins-clusters-restart.svg", title: "Penguins: three clusters from seed 2",
            caption: "The same run restarted from seed 2: a higher log-likelihood, and clusters much closer to the three species.",
            notebookCell: "\(notebook), note after In [8]: 'EM is prone to converging to a local optimum … run EM multiple times'"
        ) { session in
            penguinClusters(session, title: "Penguins: three clusters from seed 2", seed: runs.restartSeed)
        },
        FigureRecipe(
            fileName: "05-penguins-species.svg", title: "Penguins: the three species",
            caption: "The same two measurements coloured by species, as recorded at Palmer Station (no EM here): "
                + "the categories the clusters are compared with.",
            notebookCell: "\(notebook), before In [26]: the Interpretability question (the known image categories)"
        ) { _ in
            species()
        },
        FigureRecipe(
            fileName: "05-penguins-loglikelihood.svg", title: "Penguins: log-likelihood per iteration",
            caption: "The log-likelihood of your fitRealData run on the standardised penguins, at the start and after each iteration.",
            notebookCell: "\(notebook), In [26]: plt.plot(range(len(ll)), ll, linewidth=4), here on the penguins"
        ) { session in
            attempt("Penguins: log-likelihood per iteration", session) { s throws(CallFailure) in
                Chapter01Figures.trace(title: "Penguins: log-likelihood per iteration", try Chapter05Answers.penguins(s).loglik, from: 0)
            }
        },
        FigureRecipe(
            fileName: "05-penguins-uncertainty.svg", title: "Penguins: how sure is EM?",
            caption: "Each penguin coloured by the entropy of its responsibilities at the end of your seed-1 run (your "
                + "responsibilityEntropy): grey is sure, red is torn between clusters (log 3 ≈ 1.1 cannot tell them apart at all). "
                + "The black dots are the 5 your mostUncertainPoints picks.",
            notebookCell: "\(notebook), before In [26]: the Uncertainty question (how did uncertainty evolve?)"
        ) { session in
            attempt("Penguins: how sure is EM?", session) { s throws(CallFailure) in
                let entropy = try s.entropy(try Chapter05Answers.penguins(s).resp)
                let uncertain = try s.mostUncertain(entropy, count: runs.uncertainCount)
                guard uncertain.allSatisfy(penguinPoints.indices.contains) else {
                    throw .unusable("mostUncertainPoints (part 5) returned \(uncertain), not all rows of the \(penguinPoints.count) penguins")
                }
                return uncertainty(entropy: entropy, uncertain: uncertain)
            }
        },
        FigureRecipe(
            fileName: "05-penguins-mean-entropy.svg", title: "Penguins: mean entropy per iteration",
            caption: "The mean entropy of the responsibilities before EM (every point 1/3), after 1 and 20 iterations and at the end "
                + "of your run: EM grows sure of most points quickly.",
            notebookCell: "\(notebook), before In [26]: the Uncertainty question (how did cluster assignment and uncertainty evolve?)"
        ) { session in
            attempt("Penguins: mean entropy per iteration", session) { s throws(CallFailure) in
                let stages = try Chapter05Answers.entropyStages(s)
                let end = try Chapter05Answers.penguins(s).loglik.count - 1
                let xs = [0, 1, min(20, end), end].map(Double.init)
                var plot = Plot(title: "Penguins: mean entropy per iteration", xLabel: "Iteration", yLabel: "Mean entropy (nats)")
                plot.wholeNumberXTicks = true
                plot.add(LineLayer(xs: xs, ys: stages, color: Palette.cycle[0], label: "mean entropy", showsMarkers: true))
                plot.add(ReferenceLineLayer(y: log(Double(runs.penguinComponents)), color: Palette.grey, label: "log 3: cannot tell the clusters apart"))
                return plot
            }
        },
    ]

    /// The penguins coloured by the clusters of the submission's run from `seed`.
    static func penguinClusters(_ session: SubmissionSession, title: String, seed: UInt32) -> Plot {
        attempt(title, session) { s throws(CallFailure) in
            let clusters = try s.assignments(try Chapter05Answers.penguins(s, seed: seed).resp, clusters: runs.penguinComponents)
            return byCluster(title: title, points: penguinPlane(penguinPoints), clusters: clusters,
                             count: runs.penguinComponents, labels: penguinLabels)
        }
    }

    /// The penguins' raw measurements, one row each.
    static var penguinPoints: Matrix { runs.penguins.points }

    /// The two plotted measurements of `rows`.
    static func penguinPlane(_ rows: Matrix) -> Matrix {
        rows.map { [$0[penguinAxes.x], $0[penguinAxes.y]] }
    }

    /// Runs `draw` on the submission's chapter 05 functions, or a placeholder saying which part stopped it.
    static func attempt(_ title: String, _ session: SubmissionSession,
                        _ draw: (Chapter05Student) throws(CallFailure) -> Plot) -> Plot {
        Plot.attempt(title: title) { () throws(CallFailure) in
            do throws(CallFailure) {
                return try draw(Chapter05Student(session: session))
            } catch {
                switch error {
                case .crashed, .timedOut, .hostError:
                    throw CallFailure.unusable("Your chapter 05 code could not finish: \(error).")
                case .unusable(let why):
                    throw CallFailure.unusable("Not drawn yet: \(why). Fill in Exercises/05-RealData (emkit check --chapter 5 names the "
                        + "first part that fails), then run emkit plot again.")
                }
            }
        }
    }

    /// 2-D points coloured by cluster, one legend entry a cluster with its size.
    static func byCluster(title: String, points plane: Matrix, clusters: [Int], count: Int, labels: (x: String, y: String)) -> Plot {
        var plot = Plot(title: title, xLabel: labels.x, yLabel: labels.y)
        for k in 0..<count {
            let mine = zip(plane, clusters).filter { $0.1 == k }.map(\.0)
            plot.add(ScatterLayer(mine, color: Palette.color(k, of: colors), label: "cluster \(k + 1) (\(mine.count))"))
        }
        return plot
    }

    /// The penguins coloured by species (viridis, as `scatter(c=labels)`).
    static func species() -> Plot {
        let data = runs.penguins
        let plane = penguinPlane(data.points)
        let palette = Palette.labelColors(count: data.classNames.count)
        var plot = Plot(title: "Penguins: the three species", xLabel: penguinLabels.x, yLabel: penguinLabels.y)
        for (c, name) in data.classNames.enumerated() {
            let mine = zip(plane, data.labels).filter { $0.1 == c }.map(\.0)
            plot.add(ScatterLayer(mine, color: Palette.color(c, of: palette), label: "\(name) (\(mine.count))"))
        }
        return plot
    }

    /// Entropy bands of the uncertainty figure, in nats, with their colours: sure, unsure, torn.
    static let entropyBands: [(upTo: Double, name: String, color: FigureColor)] = [
        (0.1, "entropy below 0.1: sure", FigureColor(hex: 0xc8c8c8)),
        (0.5, "0.1 to 0.5: unsure", FigureColor(hex: 0xf4a582)),
        (.infinity, "above 0.5: torn", FigureColor(hex: 0xb2182b)),
    ]

    /// The penguins coloured by entropy band, the most uncertain drawn large on top.
    static func uncertainty(entropy: Vector, uncertain: [Int]) -> Plot {
        let plane = penguinPlane(penguinPoints)
        var plot = Plot(title: "Penguins: how sure is EM?", xLabel: penguinLabels.x, yLabel: penguinLabels.y)
        var lower = -Double.infinity
        for band in entropyBands {
            let rows = entropy.indices.filter { entropy[$0] >= lower && entropy[$0] < band.upTo }
            plot.add(ScatterLayer(rows.map { plane[$0] }, color: band.color, label: "\(band.name) (\(rows.count))"))
            lower = band.upTo
        }
        plot.add(ScatterLayer(uncertain.map { plane[$0] }, color: Palette.black, radius: 5,
                              label: "the \(uncertain.count) most uncertain", outlined: true))
        return plot.withLegendRoom(0.3)
    }
}
