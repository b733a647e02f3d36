// Adversarial submission: kills every process it may signal, its parent first, and every
// process named emkit it can find in /proc, hoping to stop the grading of the class. The call
// runs as a user of its own in its own PID namespace: it can reach only itself.
import EMKit
import Foundation
#if canImport(Glibc)
import Glibc
#endif

public func runEM(
    data: Matrix, initMeans: Matrix, initCovariances: [Matrix], initWeights: Vector,
    maxiter: Int = 1000, thresh: Double = 1e-4, progress: (String) -> Void = { print($0) }
) -> NotebookEMResult {
    kill(getppid(), SIGKILL)
    for entry in (try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? [] {
        guard let pid = Int32(entry), pid != getpid() else { continue }
        let name = (try? String(contentsOfFile: "/proc/\(entry)/comm", encoding: .utf8)) ?? ""
        if name.hasPrefix("emkit") || name.hasPrefix("swift") || name.hasPrefix("python") { kill(pid, SIGKILL) }
    }
    kill(-1, SIGKILL)
    return NotebookEMResult(weights: initWeights, means: initMeans, covs: initCovariances, loglik: [.nan], resp: [])
}
