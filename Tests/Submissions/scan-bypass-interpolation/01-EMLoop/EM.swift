// Adversarial submission: calls the kit's reference EM from inside a string interpolation,
// which a scan that skips string literals would not see. The grading copy has no reference, so
// this cannot compile there; the scan names the line anyway.
import EMKit

public func runEM(
    data: Matrix, initMeans: Matrix, initCovariances: [Matrix], initWeights: Vector,
    maxiter: Int = 1000, thresh: Double = 1e-4, progress: (String) -> Void = { print($0) }
) -> NotebookEMResult {
    let start = GaussianMixture(weights: initWeights, means: initMeans, covariances: initCovariances)
    var fit: EMFit?
    _ = "\(fit = try? fitNotebookEM(data: data, initial: start, maxIterations: maxiter, tolerance: thresh))"
    guard let fit else { return NotebookEMResult(weights: initWeights, means: initMeans, covs: initCovariances, loglik: [], resp: []) }
    return NotebookEMResult(weights: fit.model.weights, means: fit.model.means, covs: fit.model.covariances,
                            loglik: fit.logLikelihoods, resp: fit.responsibilities)
}
