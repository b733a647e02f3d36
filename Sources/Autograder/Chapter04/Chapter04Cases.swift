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

    /// One fit of the lecture: data, K, covariance shape, and how its seeds are drawn.
    struct Run: Sendable {
        var name: String
        var data: Matrix
        var components: Int
        var covariance: CovarianceShape
        var kmeansPlusPlus: Bool
        var seed: UInt32
    }

    static func run(_ name: String, _ data: String, _ k: Int, _ shape: CovarianceShape, kmeans: Bool = true, seed: UInt32 = 1) -> Run {
        Run(name: name, data: data == "moons200" ? moons : panels[data] ?? [], components: k, covariance: shape,
            kmeansPlusPlus: kmeans, seed: seed)
    }

    /// Every fit of the fixture, in its order.
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

    /// k-means++ seeding cases: 16 seeds in the moons, 3 in the anisotropic blobs.
    static let seeding = [KMeansPlusPlusRequest(data: moons, count: 16, seed: 7),
                          KMeansPlusPlusRequest(data: panels["anisotropic"] ?? [], count: 3, seed: 8)]

    /// The starts part 5 is checked on, one per shape.
    static let startRuns = ["moons-k16", "aniso-diag", "aniso-spherical"]

    /// Draws from the 16-component fit for part 10 (checked by the bands of chapter 03) and
    /// for the quiz (400 new points, as the lecture draws).
    static let sampleDraws = 16_000
    static let sampleSeeds: [UInt32] = [41, 42]
    static let newPoints = 400
    static let newPointsSeed: UInt32 = 2016
}
