import EMKit
import SubmissionCalls
#if Solutions
import Solutions
#else
import Exercises
#endif

// Chapter 02: each request runs the submission's function of the same name.
extension ResponsibilitiesRequest: Performable {
    func perform() -> Matrix {
        computeResponsibilities(data: data, weights: model.weights, means: model.means, covariances: model.covariances)
    }
}

extension SoftCountsRequest: Performable {
    func perform() -> Vector { computeSoftCounts(resp: resp) }
}

extension WeightsRequest: Performable {
    func perform() -> Vector { computeWeights(counts: counts) }
}

extension MeansRequest: Performable {
    func perform() -> Matrix { computeMeans(data: data, resp: resp, counts: counts) }
}

extension CovariancesRequest: Performable {
    func perform() -> [Matrix] { computeCovariances(data: data, resp: resp, counts: counts, means: means) }
}

extension EMAlgorithmRequest: Performable {
    func perform() -> RunEMResponse {
        var progress: [String] = []
        let result = emAlgorithm(
            data: data, initMeans: initial.means, initCovariances: initial.covariances, initWeights: initial.weights,
            maxiter: maxiter, thresh: thresh, progress: { progress.append($0) })
        return RunEMResponse(result: result, progress: progress)
    }
}
