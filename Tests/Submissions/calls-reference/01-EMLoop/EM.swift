// Adversarial submission for the grader's tests: hands the work to the kit's reference EM
// instead of writing it. The grader must notice, score chapter 01 zero, and say why.
import EMKit

public func runEM(
    data: Matrix, initMeans: Matrix, initCovariances: [Matrix], initWeights: Vector,
    maxiter: Int = 1000, thresh: Double = 1e-4, progress: (String) -> Void = { print($0) }
) -> NotebookEMResult {
    let start = GaussianMixture(weights: initWeights, means: initMeans, covariances: initCovariances)
    var last = 0
    guard let fit = try? fitNotebookEM(data: data, initial: start, maxIterations: maxiter, tolerance: thresh,
                                       observe: { step in last = step.number - 1; if last % 5 == 0 { progress("Iteration \(last)") } }) else {
        return NotebookEMResult(weights: initWeights, means: initMeans, covs: initCovariances, loglik: [], resp: [])
    }
    if last % 5 != 0 { progress("Iteration \(last)") }
    return NotebookEMResult(weights: fit.model.weights, means: fit.model.means, covs: fit.model.covariances,
                            loglik: fit.logLikelihoods, resp: fit.responsibilities)
}
