// Adversarial submission: declares the reference EM by its mangled linker name, without naming
// it in code. The call host is never linked with the reference, so this cannot link.
import EMKit

@_silgen_name("$s9Reference13fitNotebookEM4data7initial13maxIterations9tolerance7observe5EMKit5EMFitVSaySaySdGG_AH15GaussianMixtureVSiSdyAH11EMIterationVcSgtAH7EMErrorVYKF")
func borrowedEM(_ data: Matrix, _ initial: GaussianMixture, _ maxIterations: Int, _ tolerance: Double, _ observe: ((EMIteration) -> Void)?) throws -> EMFit

public func runEM(
    data: Matrix, initMeans: Matrix, initCovariances: [Matrix], initWeights: Vector,
    maxiter: Int = 1000, thresh: Double = 1e-4, progress: (String) -> Void = { print($0) }
) -> NotebookEMResult {
    let start = GaussianMixture(weights: initWeights, means: initMeans, covariances: initCovariances)
    guard let fit = try? borrowedEM(data, start, maxiter, thresh, nil) else {
        return NotebookEMResult(weights: initWeights, means: initMeans, covs: initCovariances, loglik: [], resp: [])
    }
    return NotebookEMResult(weights: fit.model.weights, means: fit.model.means, covs: fit.model.covariances,
                            loglik: fit.logLikelihoods, resp: fit.responsibilities)
}
