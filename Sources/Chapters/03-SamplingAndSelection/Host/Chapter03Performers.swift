import EMKit
import SubmissionCalls
#if Solutions
import Solutions
#else
import Exercises
#endif

// Chapter 03: each request runs the submission's function of the same name.
extension SampleMixtureRequest: Performable {
    func perform() -> SampleResponse {
        var random = NumpyRandom(seed: seed)
        let drawn = sampleMixture(count: count, weights: model.weights, means: model.means, covariances: model.covariances, random: &random)
        return SampleResponse(samples: drawn.samples, labels: drawn.labels)
    }
}

extension FitTracesRequest: Performable {
    func perform() -> FitTracesResponse {
        let fit = fitWithTraces(samples: samples, initial: initial, maxIterations: maxIterations, tolerance: tolerance)
        return FitTracesResponse(model: fit.model, meanNLL: fit.meanNLL, weightTrace: fit.weightTrace)
    }
}

extension PermutationRequest: Performable {
    func perform() -> [Int] { closestPermutation(estimatedMeans: estimatedMeans, trueMeans: trueMeans) }
}

extension CriteriaRequest: Performable {
    func perform() -> CriteriaResponse {
        CriteriaResponse(parameters: parameterCount(components: components, dimension: dimension),
                         bic: bic(meanNLL: meanNLL, points: points, parameters: parameters),
                         aic: aic(meanNLL: meanNLL, points: points, parameters: parameters))
    }
}

extension SweepRequest: Performable {
    func perform() -> [SweepRow] {
        var random = NumpyRandom(seed: seed)
        return sweepComponents(samples: samples, maxComponents: maxComponents, random: &random,
                               maxIterations: maxIterations, tolerance: tolerance)
            .map { SweepRow(components: $0.components, meanNLL: $0.meanNLL, bic: $0.bic, aic: $0.aic) }
    }
}
