// Adversarial submission for the grader's tests: does no EM at all and returns the notebook's
// quiz answers, typed in, for every input, with the checkpoint's progress lines. It should
// collect only what a fixed answer can collect on the notebook's own run; every check on
// other data, hidden ones included, must fail.
import EMKit

public func runEM(
    data: Matrix, initMeans: Matrix, initCovariances: [Matrix], initWeights: Vector,
    maxiter: Int = 1000, thresh: Double = 1e-4, progress: (String) -> Void = { print($0) }
) -> NotebookEMResult {
    for i in stride(from: 0, through: 20, by: 5) { progress("Iteration \(i)") }
    progress("Iteration 22")
    let k = initWeights.count
    let weights = [0.30071023, 0.3, 0.39928977].prefix(k)
    var means = initMeans
    if means.count > 1 { means[1][0] = 4.94239235 }
    var covariances = initCovariances
    if covariances.count > 2 { covariances[2][0][0] = 0.67114992 }
    let loglik = (0...23).map { -541.0 + 9.6 * Double($0) }
    let resp = data.map { _ in Vector(repeating: 1 / Double(k), count: k) }
    return NotebookEMResult(weights: Array(weights), means: means, covs: covariances, loglik: loglik, resp: resp)
}
