// Adversarial submission: a raw string with a quote inside, then a call to the reference EM on
// the same line; a scan that does not know raw strings reads the rest of the line as a string.
import EMKit

public func runEM(
    data: Matrix, initMeans: Matrix, initCovariances: [Matrix], initWeights: Vector,
    maxiter: Int = 1000, thresh: Double = 1e-4, progress: (String) -> Void = { print($0) }
) -> NotebookEMResult {
    let start = GaussianMixture(weights: initWeights, means: initMeans, covariances: initCovariances)
    let note = #"say "hi"#; let fit = try? fitNotebookEM(data: data, initial: start, maxIterations: maxiter, tolerance: thresh)
    _ = note
    guard let fit else { return NotebookEMResult(weights: initWeights, means: initMeans, covs: initCovariances, loglik: [], resp: []) }
    return NotebookEMResult(weights: fit.model.weights, means: fit.model.means, covs: fit.model.covariances,
                            loglik: fit.logLikelihoods, resp: fit.responsibilities)
}
