// Adversarial submission for the grader's tests: does not compile (a type error below). It
// must score zero, with the compiler's message in the output.
import EMKit

public func runEM(
    data: Matrix, initMeans: Matrix, initCovariances: [Matrix], initWeights: Vector,
    maxiter: Int = 1000, thresh: Double = 1e-4, progress: (String) -> Void = { print($0) }
) -> NotebookEMResult {
    let iterations: Int = "twenty-three"
    return NotebookEMResult(weights: initWeights, means: initMeans, covs: initCovariances, loglik: [Double(iterations)], resp: [])
}
