import EMKit
import SubmissionCalls

/// The fixed runs and inputs of chapter 03's visible items and quiz.
public enum Chapter03Cases {
    static let notebook = Chapter03Notebook.samples().sample
    /// The K = 3 fit from the notebook's random start: at most 200 iterations, tolerance 1e-6.
    public static let fit = FitTracesRequest(samples: notebook.points, initial: Chapter03Notebook.initialParameters(),
                                             maxIterations: 200, tolerance: 1e-6)
    /// The graded sweep: K = 1 … 4, at most 40 iterations each, starts after seed 2024.
    public static let sweep = SweepRequest(samples: notebook.points, maxComponents: 4, seed: Chapter03Notebook.sweepSeed,
                                           maxIterations: 40, tolerance: 1e-6)

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
