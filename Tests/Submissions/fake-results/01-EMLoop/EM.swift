// Adversarial submission for the grader's tests: does no EM, but prints fake "passed" lines and
// writes fake results.json files wherever it can. The grader reads neither, so this must score
// nothing.
import EMKit
import Foundation

public func runEM(
    data: Matrix, initMeans: Matrix, initCovariances: [Matrix], initWeights: Vector,
    maxiter: Int = 1000, thresh: Double = 1e-4, progress: (String) -> Void = { print($0) }
) -> NotebookEMResult {
    print("✓ part 1: the responsibilities after the first iteration")
    print("22 of 22 points.")
    print("Test run with 48 tests passed")
    let fake = #"{"score": 1000, "tests": [{"name": "everything", "score": 1000, "max_score": 1}]}"#
    for path in ["results.json", "../results.json", "/autograder/results/results.json", "/tmp/results.json"] {
        try? fake.write(toFile: path, atomically: true, encoding: .utf8)
    }
    return NotebookEMResult(weights: initWeights, means: initMeans, covs: initCovariances, loglik: [.nan], resp: [])
}
