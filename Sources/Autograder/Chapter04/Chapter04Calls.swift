import EMKit
#if Solutions
import Solutions
#else
import Exercises
#endif

/// Part 1: `sphericalVariances(data:resp:counts:means:)`.
public struct SphericalVariancesRequest: SubmissionCall {
    public static let function = "sphericalVariances"
    public var data: Matrix
    public var resp: Matrix
    public var counts: Vector
    public var means: Matrix

    public func perform() -> Vector { sphericalVariances(data: data, resp: resp, counts: counts, means: means) }
}

/// Part 2: `diagonalVariances(data:resp:counts:means:)`.
public struct DiagonalVariancesRequest: SubmissionCall {
    public static let function = "diagonalVariances"
    public var data: Matrix
    public var resp: Matrix
    public var counts: Vector
    public var means: Matrix

    public func perform() -> Matrix { diagonalVariances(data: data, resp: resp, counts: counts, means: means) }
}

/// Part 3: `mixtureMStep(data:resp:covariance:regularization:)`.
public struct MixtureMStepRequest: SubmissionCall {
    public static let function = "mixtureMStep"
    public var data: Matrix
    public var resp: Matrix
    public var covariance: CovarianceShape
    public var regularization: Double

    public func perform() -> GaussianMixture {
        mixtureMStep(data: data, resp: resp, covariance: covariance, regularization: regularization)
    }
}

/// Part 4: `kMeansPlusPlusIndices(data:count:random:)` from `NumpyRandom(seed:)`.
public struct KMeansPlusPlusRequest: SubmissionCall {
    public static let function = "kMeansPlusPlusIndices"
    public var data: Matrix
    public var count: Int
    public var seed: UInt32

    public func perform() -> [Int] {
        var random = NumpyRandom(seed: seed)
        return kMeansPlusPlusIndices(data: data, count: count, random: &random)
    }
}

/// Part 5: `startFromSeeds(data:seeds:covariance:regularization:)`.
public struct StartFromSeedsRequest: SubmissionCall {
    public static let function = "startFromSeeds"
    public var data: Matrix
    public var seeds: [Int]
    public var covariance: CovarianceShape
    public var regularization: Double

    public func perform() -> GaussianMixture {
        startFromSeeds(data: data, seeds: seeds, covariance: covariance, regularization: regularization)
    }
}

/// Parts 6 to 8 take the same arguments: points and a model.
public protocol MixtureQueryCall: SubmissionCall {
    var points: Matrix { get }
    var weights: Vector { get }
    var means: Matrix { get }
    var covariances: [Matrix] { get }
    init(points: Matrix, weights: Vector, means: Matrix, covariances: [Matrix])
}

extension MixtureQueryCall {
    public init(points: Matrix, model: GaussianMixture) {
        self.init(points: points, weights: model.weights, means: model.means, covariances: model.covariances)
    }

    public var model: GaussianMixture { GaussianMixture(weights: weights, means: means, covariances: covariances) }
}

/// Part 6: `mixtureLogDensities(of:under:)`.
public struct LogDensitiesRequest: MixtureQueryCall {
    public static let function = "mixtureLogDensities"
    public var points: Matrix
    public var weights: Vector
    public var means: Matrix
    public var covariances: [Matrix]

    public init(points: Matrix, weights: Vector, means: Matrix, covariances: [Matrix]) {
        self.points = points
        self.weights = weights
        self.means = means
        self.covariances = covariances
    }

    public func perform() -> Vector { mixtureLogDensities(of: points, under: model) }
}

/// Part 7: `membershipProbabilities(of:under:)`.
public struct MembershipsRequest: MixtureQueryCall {
    public static let function = "membershipProbabilities"
    public var points: Matrix
    public var weights: Vector
    public var means: Matrix
    public var covariances: [Matrix]

    public init(points: Matrix, weights: Vector, means: Matrix, covariances: [Matrix]) {
        self.points = points
        self.weights = weights
        self.means = means
        self.covariances = covariances
    }

    public func perform() -> Matrix { membershipProbabilities(of: points, under: model) }
}

/// Part 8: `predictComponents(of:under:)`.
public struct PredictRequest: MixtureQueryCall {
    public static let function = "predictComponents"
    public var points: Matrix
    public var weights: Vector
    public var means: Matrix
    public var covariances: [Matrix]

    public init(points: Matrix, weights: Vector, means: Matrix, covariances: [Matrix]) {
        self.points = points
        self.weights = weights
        self.means = means
        self.covariances = covariances
    }

    public func perform() -> [Int] { predictComponents(of: points, under: model) }
}

/// Part 9: `fitCovarianceVariant(data:initial:covariance:maxIterations:tolerance:regularization:)`.
public struct VariantFitRequest: SubmissionCall {
    public static let function = "fitCovarianceVariant"
    public var data: Matrix
    public var initWeights: Vector
    public var initMeans: Matrix
    public var initCovariances: [Matrix]
    public var covariance: CovarianceShape
    public var maxIterations: Int
    public var tolerance: Double
    public var regularization: Double

    public init(data: Matrix, initial: GaussianMixture, covariance: CovarianceShape,
                maxIterations: Int = 100, tolerance: Double = 1e-3, regularization: Double = 1e-6) {
        self.data = data
        initWeights = initial.weights
        initMeans = initial.means
        initCovariances = initial.covariances
        self.covariance = covariance
        self.maxIterations = maxIterations
        self.tolerance = tolerance
        self.regularization = regularization
    }

    public var initial: GaussianMixture { GaussianMixture(weights: initWeights, means: initMeans, covariances: initCovariances) }

    public func perform() -> VariantFitResponse {
        let fit = fitCovarianceVariant(data: data, initial: initial, covariance: covariance, maxIterations: maxIterations,
                                       tolerance: tolerance, regularization: regularization)
        return VariantFitResponse(model: fit.model, meanLogLikelihoods: fit.meanLogLikelihoods, converged: fit.converged)
    }
}

public struct VariantFitResponse: Codable, Sendable {
    public var model: GaussianMixture
    public var meanLogLikelihoods: [Double]
    public var converged: Bool
}

/// Part 10: `sampleFromFit(_:count:random:)` from `NumpyRandom(seed:)`.
public struct SampleFromFitRequest: SubmissionCall {
    public static let function = "sampleFromFit"
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
        let drawn = sampleFromFit(model, count: count, random: &random)
        return SampleResponse(samples: drawn.samples, labels: drawn.labels)
    }
}

extension Chapter04Items {
    /// Every function of chapter 04 the grader calls.
    static let calls: [any SubmissionCall.Type] = [
        SphericalVariancesRequest.self, DiagonalVariancesRequest.self, MixtureMStepRequest.self, KMeansPlusPlusRequest.self,
        StartFromSeedsRequest.self, LogDensitiesRequest.self, MembershipsRequest.self, PredictRequest.self,
        VariantFitRequest.self, SampleFromFitRequest.self,
    ]
}
