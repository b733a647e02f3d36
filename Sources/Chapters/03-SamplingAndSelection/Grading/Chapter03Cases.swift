import EMKit
import SubmissionCalls

/// The fixed runs and inputs of chapter 03's visible items and quiz.
public enum Chapter03Cases {
    static let notebook = Chapter03Notebook.samples().sample
    /// The K = 3 fit from the notebook's random start, as the notebook runs it: at most 400
    /// iterations, tolerance 1e-9.
    public static let fit = FitTracesRequest(samples: notebook.points, initial: Chapter03Notebook.initialParameters(),
                                             maxIterations: 400, tolerance: 1e-9)
    /// The notebook's sweep, at its sizes: K = 1 … 14, at most 800 iterations each, tolerance
    /// 1e-8, the starts drawn in turn after seed 2024.
    public static let sweep = SweepRequest(samples: notebook.points, maxComponents: 14, seed: Chapter03Notebook.sweepSeed,
                                           maxIterations: 800, tolerance: 1e-8)

    /// The sizes of both experiments, for `emkit quiz --json` (`settings`).
    static var settings: [QuizExperiment] {
        [QuizExperiment("fit", [("points", .integer(fit.samples.count)), ("components", .integer(fit.initial.weights.count)),
                                ("max_iterations", .integer(fit.maxIterations)), ("tolerance", .number(fit.tolerance)),
                                ("stop", .text("|previous − mean NLL| ≤ tolerance, previous starting at 0")),
                                ("start", .text("the notebook's random start: weights 1/K, means np.random.normal(size=(K, 2)), identity covariances, drawn after the samples (np.random.seed(\(Chapter03Notebook.seed)))"))]),
         QuizExperiment("sweep", [("points", .integer(sweep.samples.count)), ("k_min", .integer(1)), ("k_max", .integer(sweep.maxComponents)),
                                  ("max_iterations", .integer(sweep.maxIterations)), ("tolerance", .number(sweep.tolerance)),
                                  ("stop", .text("|previous − mean NLL| ≤ tolerance, previous starting at 0")),
                                  ("start", .text("the notebook's random start for every K, drawn in turn from one stream (np.random.seed(\(sweep.seed)))"))])]
    }

    /// Matching cases: true means and a shuffled, jittered copy (seeded), K = 3 and 4.
    static let permutations: [PermutationRequest] = [(UInt32(31), 3), (32, 4), (33, 4)].map { seed, k in
        var random = NumpyRandom(seed: seed)
        let truth = (0..<k).map { _ in (0..<2).map { _ in 8 * random.uniform() - 4 } }
        let order = random.permutation(k)
        let estimated = order.map { truth[$0].map { $0 + 0.8 * random.uniform() - 0.4 } }
        return PermutationRequest(estimatedMeans: estimated, trueMeans: truth)
    }

    /// Criteria cases: (mean NLL, N, K, d).
    static let criteria: [CriteriaRequest] = [(3.69, 900, 3, 2), (4.2, 250, 5, 3), (1.5, 1000, 1, 1)].map { nll, n, k, d in
        CriteriaRequest(meanNLL: nll, points: n, components: k, dimension: d,
                        parameters: (k - 1) + k * d + k * d * (d + 1) / 2)
    }
}
