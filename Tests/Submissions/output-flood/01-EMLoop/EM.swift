// Adversarial submission: writes 300 MB to standard output and standard error, to fill the
// grader's memory or disk. The call's files are capped, and only a few kB of its output are read.
import EMKit
import Foundation

public func runEM(
    data: Matrix, initMeans: Matrix, initCovariances: [Matrix], initWeights: Vector,
    maxiter: Int = 1000, thresh: Double = 1e-4, progress: (String) -> Void = { print($0) }
) -> NotebookEMResult {
    let line = String(repeating: "flood ", count: 170) + "\n"
    let chunk = Data(String(repeating: line, count: 1000).utf8)
    for _ in 0..<300 {
        FileHandle.standardOutput.write(chunk)
        FileHandle.standardError.write(chunk)
    }
    return NotebookEMResult(weights: initWeights, means: initMeans, covs: initCovariances, loglik: [.nan], resp: [])
}
