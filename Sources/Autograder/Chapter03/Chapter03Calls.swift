import EMKit
#if Solutions
import Solutions
#else
import Exercises
#endif

/// Part 1: `sampleMixture(count:weights:means:covariances:random:)` from `NumpyRandom(seed:)`.
public struct SampleMixtureRequest: SubmissionCall {
    public static let function = "sampleMixture"
    public var count: Int
    public var seed: UInt32
    public var weights: Vector
    public var means: Matrix
    public var covariances: [Matrix]

    public init(count: Int, seed: UInt32, model: GaussianMixture) {
        self.count = count
        self.seed = seed
        weights = model.weights
        means = model.means
        covariances = model.covariances
    }

    public var model: GaussianMixture { GaussianMixture(weights: weights, means: means, covariances: covariances) }

    public func perform() -> SampleResponse {
        var random = NumpyRandom(seed: seed)
        let drawn = sampleMixture(count: count, weights: weights, means: means, covariances: covariances, random: &random)
        return SampleResponse(samples: drawn.samples, labels: drawn.labels)
    }
}

public struct SampleResponse: Codable, Sendable {
    public var samples: Matrix
    public var labels: [Int]
}

/// Part 2: `fitWithTraces(samples:initial:maxIterations:tolerance:)`.
public struct FitTracesRequest: SubmissionCall {
    public static let function = "fitWithTraces"
    public var samples: Matrix
    public var initWeights: Vector
    public var initMeans: Matrix
    public var initCovariances: [Matrix]
    public var maxIterations: Int
    public var tolerance: Double

    public init(samples: Matrix, initial: GaussianMixture, maxIterations: Int, tolerance: Double) {
        self.samples = samples
        initWeights = initial.weights
        initMeans = initial.means
        initCovariances = initial.covariances
        self.maxIterations = maxIterations
        self.tolerance = tolerance
    }

    public var initial: GaussianMixture { GaussianMixture(weights: initWeights, means: initMeans, covariances: initCovariances) }

    public func perform() -> FitTracesResponse {
        let fit = fitWithTraces(samples: samples, initial: initial, maxIterations: maxIterations, tolerance: tolerance)
        return FitTracesResponse(model: fit.model, meanNLL: fit.meanNLL, weightTrace: fit.weightTrace)
    }
}

public struct FitTracesResponse: Codable, Sendable {
    public var model: GaussianMixture
    public var meanNLL: [Double]
    public var weightTrace: [Vector]
}

/// Part 3: `closestPermutation(estimatedMeans:trueMeans:)`.
public struct PermutationRequest: SubmissionCall {
    public static let function = "closestPermutation"
    public var estimatedMeans: Matrix
    public var trueMeans: Matrix

    public func perform() -> [Int] { closestPermutation(estimatedMeans: estimatedMeans, trueMeans: trueMeans) }
}

/// Part 4: `parameterCount`, `bic` and `aic` on one mean NLL (BIC and AIC get the right p).
public struct CriteriaRequest: SubmissionCall {
    public static let function = "informationCriteria"
    public var meanNLL: Double
    public var points: Int
    public var components: Int
    public var dimension: Int
    public var parameters: Int

    public func perform() -> CriteriaResponse {
        CriteriaResponse(parameters: parameterCount(components: components, dimension: dimension),
                         bic: bic(meanNLL: meanNLL, points: points, parameters: parameters),
                         aic: aic(meanNLL: meanNLL, points: points, parameters: parameters))
    }
}

public struct CriteriaResponse: Codable, Sendable {
    public var parameters: Int
    public var bic: Double
    public var aic: Double
}

/// Part 5: `sweepComponents(samples:maxComponents:random:maxIterations:tolerance:)` from `NumpyRandom(seed:)`.
public struct SweepRequest: SubmissionCall {
    public static let function = "sweepComponents"
    public var samples: Matrix
    public var maxComponents: Int
    public var seed: UInt32
    public var maxIterations: Int
    public var tolerance: Double

    public func perform() -> [SweepRow] {
        var random = NumpyRandom(seed: seed)
        return sweepComponents(samples: samples, maxComponents: maxComponents, random: &random,
                               maxIterations: maxIterations, tolerance: tolerance)
            .map { SweepRow(components: $0.components, meanNLL: $0.meanNLL, bic: $0.bic, aic: $0.aic) }
    }
}

public struct SweepRow: Codable, Sendable, Equatable {
    public var components: Int
    public var meanNLL: Double
    public var bic: Double
    public var aic: Double
}
