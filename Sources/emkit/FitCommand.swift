// edition: omit (the reference EM is not in the student edition)
import EMKit
import Reference
import Foundation

/// `emkit fit DATA.csv --components K [--init …] …`: the kit's reference EM.
enum FitCommand: EmkitCommand {
    static let name = "fit"
    static let abstract = "Fit a K-component Gaussian mixture to a data file by EM (the kit's reference EM)."
    static let discussion = """
        --init notebook does what the first notebook does: np.random.seed(S), K points chosen without \
        replacement as the means, np.cov of the data for every covariance, weights 1/K; full \
        covariances, no regularisation; it stops when the total log-likelihood gains less than T or \
        after N iterations.

        --init random and --init kmeans++ run scikit-learn's GaussianMixture EM: random draws uniform \
        responsibilities from numpy's generator seeded with S, as sklearn's init_params='random' with \
        random_state=S; kmeans++ seeds with k-means++ and assigns each point to its nearest seed. Each \
        restart continues the stream and the best final lower bound wins. It stops when the mean \
        log-likelihood per point changes by less than T or after N iterations.
        """
    static let positionals = [PositionalSpec(name: "DATA.csv", help: "the points, one a line, coordinates comma-separated",
                                             expected: "expects one data file (emkit fit DATA.csv --components K)")]
    static let options: [OptionSpec] = [
        .value("--components", "K", "the number of components", required: true),
        .value("--init", "notebook|random|kmeans++", "the start and the engine", default: "notebook"),
        .value("--seed", "S", "numpy's seed for the start", default: "4"),
        .value("--restarts", "R", "starts to try; random and kmeans++ only", default: "1"),
        .value("--covariance", "full|diagonal|spherical|tied", "the covariance type; random and kmeans++ only", default: "full"),
        .value("--regularization", "X", "added to every covariance diagonal, sklearn's reg_covar; random and kmeans++ only", default: "1e-6"),
        .value("--max-iterations", "N", "the most EM iterations (default: 1000 with --init notebook, else 100)"),
        .value("--tolerance", "T", "the convergence threshold (default: 1e-4 with --init notebook, else 1e-3)"),
        .flag("--json", "print weights, means, covariances, loglikelihoods, iterations, converged, bic, aic and covariance_type as JSON"),
    ]

    static func run(_ arguments: Arguments) throws(InputError) {
        guard let path = arguments.positionals.first else {
            throw InputError(parameter: "fit", "expects one data file (emkit fit DATA.csv --components K)")
        }
        let initText = arguments.string("--init") ?? "notebook"
        guard let initialization = MixtureInitialization(rawValue: initText) else {
            throw InputError(parameter: "--init", "expected notebook, random or kmeans++, got \(InputError.quoted(initText))")
        }
        let covarianceText = arguments.string("--covariance") ?? "full"
        guard let covarianceType = CovarianceType(argument: covarianceText) else {
            throw InputError(parameter: "--covariance", "expected full, diagonal, spherical or tied, got \(InputError.quoted(covarianceText))")
        }
        let components = try arguments.integer("--components", in: 1...10_000)
        let seed = try arguments.seed(default: 4)
        let notebook = initialization == .notebook
        let maxIterations = try arguments.integer("--max-iterations", in: 1...1_000_000, default: notebook ? 1000 : 100)
        let tolerance = try arguments.positiveDouble("--tolerance", default: notebook ? 1e-4 : 1e-3)
        let restarts = try arguments.integer("--restarts", in: 1...1000, default: 1)
        let regularization = try arguments.nonNegativeDouble("--regularization", default: 1e-6)
        if notebook {
            let reason = "the notebook EM fits full covariances from one start without regularisation; use --init random or kmeans++"
            if covarianceType != .full { throw InputError(parameter: "--covariance", reason) }
            if arguments.isGiven("--regularization") { throw InputError(parameter: "--regularization", reason) }
            if restarts != 1 { throw InputError(parameter: "--restarts", reason) }
            try fitNotebook(path: path, components: components, seed: seed, maxIterations: maxIterations, tolerance: tolerance, json: arguments.has("--json"))
            return
        }
        let data = try readDataMatrix(path: path)
        let options = MixtureFitOptions(
            covarianceType: covarianceType, initialization: initialization, restarts: restarts, seed: seed,
            maxIterations: maxIterations, tolerance: tolerance, regularization: regularization)
        try options.validate(components: components, points: data.rows)
        try checkFitSize(points: data.rows, dimension: data.columns, components: components, path: path, notebook: false)
        let fit: MixtureFit
        do {
            fit = try fitMixture(data, components: components, options: options)
        } catch {
            // The engine says what to raise; the command line says which option raises it.
            let advice = error.message.contains("a larger regularization") ? " (--regularization)" : ""
            throw InputError(location: path, "EM cannot go on: \(error.message)\(advice)")
        }
        let summary = Summary(
            model: fit.model, logLikelihoods: fit.logLikelihoods, iterations: fit.iterations, converged: fit.converged,
            bic: fit.bic, aic: fit.aic, covarianceType: covarianceType)
        try summary.checkFinite(path: path)
        Output.write(arguments.has("--json") ? summary.json + "\n" : summary.text)
    }

    /// Refuses, before anything of that size is allocated, a fit whose covariances (K · d²
    /// numbers) or responsibilities (N · K) exceed `InputLimits`, and a notebook fit with no
    /// more points than columns (np.cov of N ≤ d points is singular).
    static func checkFitSize(points n: Int, dimension d: Int, components k: Int, path: String, notebook: Bool) throws(InputError) {
        let place = "\(n.thousandsGrouped) points × \(d.thousandsGrouped) columns in \(InputError.shortened(path, limit: 200))"
        let (covariances, o1) = k.multipliedReportingOverflow(by: d * d)
        guard !o1, covariances <= InputLimits.maxCovarianceValues else {
            throw InputError(parameter: "--components", "K · d² = \(k.thousandsGrouped) · \(d.thousandsGrouped)² covariance numbers is more than the \(InputLimits.maxCovarianceValues.thousandsGrouped) the kit holds (\(place))")
        }
        let (responsibilities, o2) = k.multipliedReportingOverflow(by: n)
        guard !o2, responsibilities <= InputLimits.maxResponsibilities else {
            throw InputError(parameter: "--components", "N · K = \(n.thousandsGrouped) · \(k.thousandsGrouped) responsibilities is more than the \(InputLimits.maxResponsibilities.thousandsGrouped) the kit holds (\(place))")
        }
        if notebook, n <= d {
            throw InputError(location: path, "has \(n.thousandsGrouped) points of \(d.thousandsGrouped) columns: the notebook EM needs more points than columns, as the covariance of N ≤ d points is singular (--init random or kmeans++ regularise it)")
        }
    }

    /// `--init notebook`: the notebook's EM, exactly as before.
    static func fitNotebook(path: String, components: Int, seed: UInt32, maxIterations: Int, tolerance: Double, json: Bool) throws(InputError) {
        let table = try readDataMatrix(path: path)
        try checkFitSize(points: table.rows, dimension: table.columns, components: components, path: path, notebook: true)
        let data = table.matrix
        let initial = try notebookInitialization(data: data, components: components, seed: seed)
        let fit: EMFit
        do {
            fit = try fitNotebookEM(data: data, initial: initial, maxIterations: maxIterations, tolerance: tolerance)
        } catch {
            throw InputError(location: path, "EM cannot go on: \(error.message)")
        }
        let ll = fit.logLikelihoods.last ?? -.infinity
        let p = Double(CovarianceType.full.parameterCount(components: components, dimension: initial.dimension))
        let summary = Summary(
            model: fit.model, logLikelihoods: fit.logLikelihoods, iterations: fit.iterations, converged: fit.converged,
            bic: -2 * ll + p * log(Double(data.count)), aic: -2 * ll + 2 * p, covarianceType: .full)
        try summary.checkFinite(path: path)
        Output.write(json ? summary.json + "\n" : summary.text(withCriteria: false))
    }
}

/// What `emkit fit` prints, for either engine.
struct Summary {
    var model: GaussianMixture
    var logLikelihoods: [Double]
    var iterations: Int
    var converged: Bool
    var bic: Double
    var aic: Double
    var covarianceType: CovarianceType

    var json: String {
        JSONText.object([
            ("weights", JSONText.array(model.weights)),
            ("means", JSONText.matrix(model.means)),
            ("covariances", JSONText.matrices(model.covariances)),
            ("loglikelihoods", JSONText.array(logLikelihoods)),
            ("iterations", "\(iterations)"),
            ("converged", "\(converged)"),
            ("bic", JSONText.number(bic)),
            ("aic", JSONText.number(aic)),
            ("covariance_type", JSONText.string(covarianceType.rawValue)),
        ])
    }

    /// Every number `emkit fit` prints is finite, or it prints none and fails: data whose
    /// spread is too wide for double precision can overflow a covariance or a log-likelihood.
    func checkFinite(path: String) throws(InputError) {
        let parts: [(String, [Double])] = [
            ("weights", model.weights), ("means", model.means.flatMap { $0 }),
            ("covariances", model.covariances.flatMap { $0.flatMap { $0 } }),
            ("log-likelihoods", logLikelihoods), ("BIC", [bic]), ("AIC", [aic]),
        ]
        for (name, numbers) in parts where !numbers.allSatisfy(\.isFinite) {
            throw InputError(location: path, "the fit overflowed: its \(name) are not all finite numbers (the data's scale is too wide for double precision)")
        }
    }

    var text: String { text(withCriteria: true) }

    func text(withCriteria: Bool) -> String {
        let ll = logLikelihoods.last ?? .nan
        var lines = [converged
            ? "converged after \(iterations) iterations; log-likelihood \(ll)"
            : "stopped after \(iterations) iterations without converging; log-likelihood \(ll)"]
        if withCriteria { lines.append("covariance \(covarianceType.rawValue); BIC \(bic); AIC \(aic)") }
        for k in 0..<model.componentCount {
            lines.append("component \(k): weight \(model.weights[k])")
            lines.append("  mean        \(model.means[k])")
            lines.append("  covariance  \(model.covariances[k])")
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
