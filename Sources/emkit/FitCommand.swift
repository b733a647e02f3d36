// edition: omit (the reference EM is not in the student edition)
import EMKit

/// `emkit fit DATA.csv --components K --init notebook --seed S …`: the kit's reference EM.
enum FitCommand {
    static let usage = """
        emkit fit DATA.csv --components K [--init notebook] [--seed S] [--max-iterations N]
                  [--tolerance T] [--covariance full] [--json]
          Fit a K-component Gaussian mixture with the reference EM. --init notebook does what the
          first notebook does: np.random.seed(S) (default 4), K points chosen without replacement
          as the means, np.cov of the data for every covariance, weights 1/K; no regularisation;
          stops when the log-likelihood gains less than T (default 1e-4) or after N iterations
          (default 1000). --json prints weights, means, covariances, loglikelihoods, iterations,
          converged.
        """

    static func run(_ words: [String]) throws(InputError) {
        let arguments = try Arguments(words, options: ["--components", "--init", "--seed", "--max-iterations", "--tolerance", "--covariance"], flags: ["--json"])
        guard arguments.positionals.count == 1, let path = arguments.positionals.first else {
            throw InputError(parameter: "fit", "expects one data file (emkit fit DATA.csv --components K)")
        }
        let initMode = arguments.string("--init") ?? "notebook"
        guard initMode == "notebook" else {
            throw InputError(parameter: "--init", "\"\(initMode)\" is not available yet; use --init notebook")
        }
        let covarianceType = arguments.string("--covariance") ?? "full"
        guard covarianceType == "full" else {
            throw InputError(parameter: "--covariance", "\"\(covarianceType)\" is not available yet; the notebook EM fits full covariances")
        }
        let components = try arguments.integer("--components", in: 1...10_000)
        let seed = try arguments.seed(default: 4)
        let maxIterations = try arguments.integer("--max-iterations", in: 1...1_000_000, default: 1000)
        let tolerance = try arguments.positiveDouble("--tolerance", default: 1e-4)
        let data = try readNumericCSV(path: path).rows
        let initial = try notebookInitialization(data: data, components: components, seed: seed)
        let fit: EMFit
        do {
            fit = try fitNotebookEM(data: data, initial: initial, maxIterations: maxIterations, tolerance: tolerance)
        } catch {
            throw InputError(location: path, "EM cannot go on: \(error.message)")
        }
        Output.write(arguments.has("--json") ? json(fit) + "\n" : text(fit))
    }

    static func json(_ fit: EMFit) -> String {
        JSONText.object([
            ("weights", JSONText.array(fit.model.weights)),
            ("means", JSONText.matrix(fit.model.means)),
            ("covariances", JSONText.matrices(fit.model.covariances)),
            ("loglikelihoods", JSONText.array(fit.logLikelihoods)),
            ("iterations", "\(fit.iterations)"),
            ("converged", "\(fit.converged)"),
        ])
    }

    static func text(_ fit: EMFit) -> String {
        var lines = [fit.converged
            ? "converged after \(fit.iterations) iterations; log-likelihood \(fit.logLikelihoods.last ?? .nan)"
            : "stopped after \(fit.iterations) iterations without converging; log-likelihood \(fit.logLikelihoods.last ?? .nan)"]
        for k in 0..<fit.model.componentCount {
            lines.append("component \(k): weight \(fit.model.weights[k])")
            lines.append("  mean        \(fit.model.means[k])")
            lines.append("  covariance  \(fit.model.covariances[k])")
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
