// edition: omit (the reference mixture engine; it would answer the exercises)
import EMKit
/// How `fitMixture` starts EM (scikit-learn's `init_params`, with the notebook's start added).
public enum MixtureInitialization: String, Sendable, CaseIterable {
    /// The first notebook's start: `np.random.seed(S)`, K points chosen without replacement as
    /// the means, `np.cov` of the data (plus the regularisation) for every covariance,
    /// weights 1/K (`notebookInitialization`). Restart r reseeds with S + r.
    case notebook
    /// scikit-learn's `init_params='random'` with `random_state=S`: responsibilities drawn
    /// uniformly from numpy's generator (`rng.uniform(size=(N, K))`, row by row), each row
    /// normalised to sum 1, then one M-step. Same draws as scikit-learn, so the same start.
    case random
    /// k-means++ seeding (D² sampling with 2 + ⌊ln K⌋ local trials, as scikit-learn's
    /// `kmeans_plusplus`, numpy's generator seeded with S), then every point assigned to its
    /// nearest seed and one M-step on that hard assignment. Not bit-identical to scikit-learn,
    /// which gives each component only its seed point (covariance = regularisation alone).
    case kmeansPlusPlus = "kmeans++"
}

/// The settings of a mixture fit; the defaults are scikit-learn's `GaussianMixture` defaults.
public struct MixtureFitOptions: Sendable, Equatable {
    /// The shape of the covariances (default `.full`).
    public var covarianceType: CovarianceType
    /// How each restart starts (default `.random`).
    public var initialization: MixtureInitialization
    /// How many starts to run; the fit with the highest final lower bound is kept (`n_init`).
    public var restarts: Int
    /// Seeds numpy's generator for the initialisation (`random_state`); restarts continue the
    /// same stream, as scikit-learn's do.
    public var seed: UInt32
    /// The most EM iterations per start (`max_iter`, default 100).
    public var maxIterations: Int
    /// Stop when the mean per-point log-likelihood changes by less than this (`tol`, 1e-3).
    public var tolerance: Double
    /// Added to every covariance diagonal in each M-step (`reg_covar`, default 1e-6), so a
    /// component on duplicate points or a zero-variance column stays positive definite.
    public var regularization: Double

    public init(
        covarianceType: CovarianceType = .full, initialization: MixtureInitialization = .random,
        restarts: Int = 1, seed: UInt32 = 0, maxIterations: Int = 100, tolerance: Double = 1e-3,
        regularization: Double = 1e-6
    ) {
        self.covarianceType = covarianceType
        self.initialization = initialization
        self.restarts = restarts
        self.seed = seed
        self.maxIterations = maxIterations
        self.tolerance = tolerance
        self.regularization = regularization
    }

    /// Checks the options against the data size.
    ///
    /// - Throws: `InputError` naming the parameter (`--components`, `--restarts`, …).
    public func validate(components: Int, points: Int, dimension: Int = 1) throws(InputError) {
        guard dimension >= 1 else { throw InputError(parameter: "data", "the points have no coordinates") }
        guard components >= 1 else { throw InputError(parameter: "components", "must be at least 1 (got \(components))") }
        guard components <= points else {
            throw InputError(parameter: "components", "cannot be larger than the number of points (\(components) > \(points))")
        }
        guard restarts >= 1 else { throw InputError(parameter: "restarts", "must be at least 1 (got \(restarts))") }
        guard maxIterations >= 0 else { throw InputError(parameter: "maxIterations", "must not be negative (got \(maxIterations))") }
        guard tolerance >= 0, tolerance.isFinite else { throw InputError(parameter: "tolerance", "must be a finite number ≥ 0 (got \(tolerance))") }
        guard regularization >= 0, regularization.isFinite else {
            throw InputError(parameter: "regularization", "must be a finite number ≥ 0 (got \(regularization))")
        }
    }
}
