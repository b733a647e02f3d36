import EMKit
import SubmissionCalls
#if Solutions
import Solutions
#else
import Exercises
#endif

// Chapter 04: each request runs the submission's function of the same name.
extension SphericalVariancesRequest: Performable {
    func perform() -> Vector { sphericalVariances(data: data, resp: resp, counts: counts, means: means) }
}

extension DiagonalVariancesRequest: Performable {
    func perform() -> Matrix { diagonalVariances(data: data, resp: resp, counts: counts, means: means) }
}

extension MixtureMStepRequest: Performable {
    func perform() -> GaussianMixture {
        mixtureMStep(data: data, resp: resp, covariance: covariance, regularization: regularization)
    }
}

extension KMeansPlusPlusRequest: Performable {
    func perform() -> [Int] {
        var random = NumpyRandom(seed: seed)
        return kMeansPlusPlusIndices(data: data, count: count, random: &random)
    }
}

extension KMeansLabelsRequest: Performable {
    func perform() -> KMeansLabelsResponse {
        let result = kMeansLabels(data: data, seeds: seeds, maxIterations: maxIterations, tolerance: tolerance)
        return KMeansLabelsResponse(labels: result.labels, iterations: result.iterations)
    }
}

extension KMeansStartRequest: Performable {
    func perform() -> GaussianMixture {
        var random = NumpyRandom(seed: seed)
        return kMeansStart(data: data, components: components, covariance: covariance, regularization: regularization, random: &random)
    }
}

extension StartFromSeedsRequest: Performable {
    func perform() -> GaussianMixture {
        startFromSeeds(data: data, seeds: seeds, covariance: covariance, regularization: regularization)
    }
}

extension LogDensitiesRequest: Performable {
    func perform() -> Vector { mixtureLogDensities(of: points, under: model) }
}

extension MembershipsRequest: Performable {
    func perform() -> Matrix { membershipProbabilities(of: points, under: model) }
}

extension PredictRequest: Performable {
    func perform() -> [Int] { predictComponents(of: points, under: model) }
}

extension VariantFitRequest: Performable {
    func perform() -> VariantFitResponse {
        let fit = fitCovarianceVariant(data: data, initial: initial, covariance: covariance, maxIterations: maxIterations,
                                       tolerance: tolerance, regularization: regularization)
        return VariantFitResponse(model: fit.model, meanLogLikelihoods: fit.meanLogLikelihoods, converged: fit.converged)
    }
}

extension SampleFromFitRequest: Performable {
    func perform() -> SampleResponse {
        var random = NumpyRandom(seed: seed)
        let drawn = sampleFromFit(model, count: count, random: &random)
        return SampleResponse(samples: drawn.samples, labels: drawn.labels)
    }
}
