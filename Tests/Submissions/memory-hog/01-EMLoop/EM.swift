// Adversarial submission: asks for 32 GB, 1 GB at a time, and touches every page, to take the
// machine's memory from the grader and the other students. The call's address space is limited.
import EMKit

public func runEM(
    data: Matrix, initMeans: Matrix, initCovariances: [Matrix], initWeights: Vector,
    maxiter: Int = 1000, thresh: Double = 1e-4, progress: (String) -> Void = { print($0) }
) -> NotebookEMResult {
    var touched = 0
    for _ in 0..<32 {
        let block = UnsafeMutablePointer<UInt8>.allocate(capacity: 1 << 30)
        var offset = 0
        while offset < 1 << 30 { block[offset] = 1; offset += 4096 }
        touched += Int(block[0])
    }
    return NotebookEMResult(weights: initWeights, means: initMeans, covs: initCovariances, loglik: [Double(touched)], resp: [])
}
