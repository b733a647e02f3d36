// Adversarial submission: a bounded fork bomb, 2,000 processes that sleep for a minute. The
// call's own user may have few processes, and every one of them dies when the call ends.
import EMKit
import Foundation
#if canImport(Glibc)
import Glibc
#endif

public func runEM(
    data: Matrix, initMeans: Matrix, initCovariances: [Matrix], initWeights: Vector,
    maxiter: Int = 1000, thresh: Double = 1e-4, progress: (String) -> Void = { print($0) }
) -> NotebookEMResult {
    for _ in 0..<2_000 {
        let child = fork()
        if child == 0 { sleep(60); _exit(0) }
    }
    return NotebookEMResult(weights: initWeights, means: initMeans, covs: initCovariances, loglik: [.nan], resp: [])
}
