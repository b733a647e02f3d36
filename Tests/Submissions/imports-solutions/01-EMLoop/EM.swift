// Adversarial submission for the grader's tests: leans on the reference solutions module. The
// grader must notice, score chapter 01 zero and say why (and not fail to build because of it).
import EMKit
import Solutions

public func runEM(
    data: Matrix, initMeans: Matrix, initCovariances: [Matrix], initWeights: Vector,
    maxiter: Int = 1000, thresh: Double = 1e-4, progress: (String) -> Void = { print($0) }
) -> NotebookEMResult {
    Solutions.runEM(data: data, initMeans: initMeans, initCovariances: initCovariances, initWeights: initWeights,
                    maxiter: maxiter, thresh: thresh, progress: progress)
}
