import EMKit
import SubmissionCalls

/// The fixed inputs of chapter 04's visible items and quiz; `Scripts/make_chapter04_fixtures.py`
/// runs the same cases with numpy and scikit-learn.
public enum Chapter04Cases {
    /// scikit-learn's `reg_covar`, `tol` and `max_iter` defaults.
    static let regularization = 1e-6
    static let tolerance = 1e-3
    static let maxIterations = 100
    /// The regularisation of part 3's own checks: large enough that leaving it out, adding it
    /// off the diagonal or hard-coding 1e-6 changes the covariances visibly (1e-6 vanishes in
    /// variances of order 1, and would only show up later, at part 5).
    static let mStepRegularization = 0.5

    /// Inputs for the variances and the M-step: random data, responsibilities and means.
    static let modular = [ModularInputs(seed: 41, points: 12, dimension: 3, clusters: 3),
                          ModularInputs(seed: 42, points: 15, dimension: 2, clusters: 4)]

    static func sphericalRequest(_ m: ModularInputs) -> SphericalVariancesRequest {
        SphericalVariancesRequest(data: m.data, resp: m.resp, counts: m.counts, means: m.means)
    }

    static func diagonalRequest(_ m: ModularInputs) -> DiagonalVariancesRequest {
        DiagonalVariancesRequest(data: m.data, resp: m.resp, counts: m.counts, means: m.means)
    }

    static func mStepRequest(_ m: ModularInputs, _ shape: CovarianceShape) -> MixtureMStepRequest {
        MixtureMStepRequest(data: m.data, resp: m.resp, covariance: shape, regularization: mStepRegularization)
    }

    /// The two moons and the six panels of the lecture, by name.
    static let moons = Chapter04Notebook.moons().points
    static let panels: [String: Matrix] = Dictionary(uniqueKeysWithValues: Chapter04Notebook.panels().map { ($0.name, $0.data.points) })

    /// One fit of the lecture: data, K, covariance shape, and how it starts: scikit-learn's
    /// default k-means start with `random_state = seed` (`kmeans`), or the lecture's random seeds
    /// (`np.random.randint` after `np.random.seed(seed)`), each point to its nearest.
    struct Run: Sendable {
        var name: String
        var data: Matrix
        var components: Int
        var covariance: CovarianceShape
        var kmeans: Bool
        var seed: UInt32
    }

    static func run(_ name: String, _ data: String, _ k: Int, _ shape: CovarianceShape, kmeans: Bool = true, seed: UInt32 = 1) -> Run {
        Run(name: name, data: data == "moons200" ? moons : panels[data] ?? [], components: k, covariance: shape,
            kmeans: kmeans, seed: seed)
    }

    /// Every fit of the fixture, in its order. The first two are the lecture's own calls,
    /// `GaussianMixture(n_components=2, covariance_type='full', random_state=0)` and
    /// `GaussianMixture(n_components=16, random_state=0)` on `make_moons(200, noise=.05, random_state=0)`.
    static let runs: [Run] = [
        run("moons-k2", "moons200", 2, .full, seed: 0),
        run("moons-k16", "moons200", 16, .full, seed: 0),
        run("blobs-diag-random", "blobs", 3, .diagonal, kmeans: false),
        run("blobs-spherical", "blobs", 3, .spherical),
        run("varied-full", "varied", 3, .full),
        run("moons-panel-full", "moons", 2, .full),
        run("circles-full", "circles", 2, .full),
        run("aniso-diag-random", "anisotropic", 3, .diagonal, kmeans: false),
        run("aniso-diag", "anisotropic", 3, .diagonal),
        run("aniso-full", "anisotropic", 3, .full),
        run("aniso-spherical", "anisotropic", 3, .spherical),
        run("unbalanced-full-random", "unbalanced", 3, .full, kmeans: false),
    ]

    /// The fits the items and the quiz run with the student's code.
    static let graded = ["moons-k2", "moons-k16", "aniso-spherical", "aniso-diag", "aniso-full", "unbalanced-full-random"]

    static func run(named name: String) -> Run? { runs.first { $0.name == name } }

    /// k-means++ seeding cases (part 4), and Lloyd's iterations from their seeds (part 11):
    /// 16 seeds in the moons, 3 in the anisotropic blobs.
    static let seeding = [KMeansPlusPlusRequest(data: moons, count: 16, seed: 7),
                          KMeansPlusPlusRequest(data: panels["anisotropic"] ?? [], count: 3, seed: 8)]

    /// The starts from seeds part 5 is checked on, one per shape: the lecture's random seeds
    /// (`randint` after seed 1) in the moons (16), and in the anisotropic blobs (3).
    static let seedStarts: [StartFromSeedsRequest] = [("moons200", 16, CovarianceShape.full), ("anisotropic", 3, .diagonal), ("anisotropic", 3, .spherical)].map { name, k, shape in
        let data = name == "moons200" ? moons : panels[name] ?? []
        var random = NumpyRandom(seed: 1)
        let seeds = Chapter04Notebook.randomSeedIndices(points: data.count, count: k, random: &random)
        return StartFromSeedsRequest(data: data, seeds: seeds, covariance: shape, regularization: regularization)
    }

    /// The k-means starts part 12 is checked on: the lecture's two moons calls and the anisotropic blobs.
    static let kmeansStartRuns = ["moons-k2", "moons-k16", "aniso-diag", "aniso-spherical"]

    /// `KMeansStartRequest` for a run that starts from k-means.
    static func kmeansStart(_ run: Run) -> KMeansStartRequest {
        KMeansStartRequest(data: run.data, components: run.components, covariance: run.covariance, regularization: regularization, seed: run.seed)
    }

    /// The sizes of the quiz's experiments, for `emkit quiz --json` (`settings`).
    static var settings: [QuizExperiment] {
        func experiment(_ label: String, _ names: [String]) -> QuizExperiment? {
            let chosen = names.compactMap { run(named: $0) }
            guard let first = chosen.first else { return nil }
            return QuizExperiment(label, [
                ("points", .integer(first.data.count)), ("components", .integers(chosen.map(\.components))),
                ("covariance", .text(chosen.map(\.covariance.rawValue).joined(separator: ", "))),
                ("max_iterations", .integer(maxIterations)), ("tolerance", .number(tolerance)), ("regularization", .number(regularization)),
                ("stop", .text("|change of the mean log-likelihood| < tolerance (scikit-learn's)")),
                ("start", .text(first.kmeans
                    ? "scikit-learn's default: k-means++ (2 + ⌊ln K⌋ candidates per seed), Lloyd's iterations (at most 300, tol 1e-4), hard labels, one M-step; random_state = \(first.seed)"
                    : "the lecture's random seeds (np.random.randint after np.random.seed(\(first.seed))), each point to its nearest, one M-step")),
            ])
        }
        return [experiment("moons", ["moons-k2", "moons-k16"]),
                experiment("anisotropic", ["aniso-spherical", "aniso-diag", "aniso-full"]),
                experiment("unbalanced", ["unbalanced-full-random"]),
                QuizExperiment("panels", [("points", .integer(Chapter04Notebook.panelPoints)), ("data_seed", .integer(Int(Chapter04Notebook.dataSeed)))]),
                QuizExperiment("new_points", [("points", .integer(newPoints)), ("seed", .integer(Int(newPointsSeed)))])].compactMap { $0 }
    }

    /// Draws from the 16-component fit for part 10 (checked by the bands of chapter 03) and
    /// for the quiz (400 new points, as the lecture draws).
    static let sampleDraws = 16_000
    static let sampleSeeds: [UInt32] = [41, 42]
    static let newPoints = 400
    static let newPointsSeed: UInt32 = 2016
}
