// Adversarial submission: leaves a child process that keeps the call's standard output and
// error open for a minute, to hold the grader waiting past the time limit. The call ends when
// its process ends, and the rest of its processes are killed with it.
import EMKit
import Foundation
#if canImport(Glibc)
import Glibc
#endif

public func runEM(
    data: Matrix, initMeans: Matrix, initCovariances: [Matrix], initWeights: Vector,
    maxiter: Int = 1000, thresh: Double = 1e-4, progress: (String) -> Void = { print($0) }
) -> NotebookEMResult {
    if fork() == 0 {
        sleep(60)
        _exit(0)
    }
    return NotebookEMResult(weights: initWeights, means: initMeans, covs: initCovariances, loglik: [.nan], resp: [])
}
