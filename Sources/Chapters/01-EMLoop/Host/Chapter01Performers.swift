import EMKit
import SubmissionCalls
#if Solutions
import Solutions
#else
import Exercises
#endif

// Chapter 01: each request runs the submission's function of the same name.
extension RunEMRequest: Performable {
    func perform() -> RunEMResponse {
        var progress: [String] = []
        let result = runEM(
            data: data, initMeans: initial.means, initCovariances: initial.covariances, initWeights: initial.weights,
            maxiter: maxiter, thresh: thresh, progress: { progress.append($0) })
        return RunEMResponse(result: result, progress: progress)
    }
}
