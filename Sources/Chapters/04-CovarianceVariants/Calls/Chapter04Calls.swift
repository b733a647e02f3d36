import EMKit

/// Part 1: `sphericalVariances(data:resp:counts:means:)`.
public struct SphericalVariancesRequest: SubmissionCall {
    public static let function = "sphericalVariances"
    public typealias Response = Vector
    public var data: Matrix
    public var resp: Matrix
    public var counts: Vector
    public var means: Matrix

    public init(data: Matrix, resp: Matrix, counts: Vector, means: Matrix) {
        self.data = data
        self.resp = resp
        self.counts = counts
        self.means = means
    }
}

/// Part 2: `diagonalVariances(data:resp:counts:means:)`.
public struct DiagonalVariancesRequest: SubmissionCall {
    public static let function = "diagonalVariances"
    public typealias Response = Matrix
    public var data: Matrix
    public var resp: Matrix
    public var counts: Vector
    public var means: Matrix

    public init(data: Matrix, resp: Matrix, counts: Vector, means: Matrix) {
        self.data = data
        self.resp = resp
        self.counts = counts
        self.means = means
    }
}

/// Part 3: `mixtureMStep(data:resp:covariance:regularization:)`.
public struct MixtureMStepRequest: SubmissionCall {
    public static let function = "mixtureMStep"
    public typealias Response = GaussianMixture
    public var data: Matrix
    public var resp: Matrix
    public var covariance: CovarianceShape
    public var regularization: Double

    public init(data: Matrix, resp: Matrix, covariance: CovarianceShape, regularization: Double) {
        self.data = data
        self.resp = resp
        self.covariance = covariance
        self.regularization = regularization
    }
}

/// Part 4: `kMeansPlusPlusIndices(data:count:random:)` from `NumpyRandom(seed:)`.
public struct KMeansPlusPlusRequest: SubmissionCall {
    public static let function = "kMeansPlusPlusIndices"
    public typealias Response = [Int]
    public var data: Matrix
    public var count: Int
    public var seed: UInt32

    public init(data: Matrix, count: Int, seed: UInt32) {
        self.data = data
        self.count = count
        self.seed = seed
    }
}

/// Part 11: `kMeansLabels(data:seeds:maxIterations:tolerance:)`.
public struct KMeansLabelsRequest: SubmissionCall {
    public static let function = "kMeansLabels"
    public typealias Response = KMeansLabelsResponse
    public var data: Matrix
    public var seeds: [Int]
    public var maxIterations: Int
    public var tolerance: Double

    public init(data: Matrix, seeds: [Int], maxIterations: Int = 300, tolerance: Double = 1e-4) {
        self.data = data
        self.seeds = seeds
        self.maxIterations = maxIterations
        self.tolerance = tolerance
    }
}

public struct KMeansLabelsResponse: Codable, Sendable, Equatable {
    public var labels: [Int]
    public var iterations: Int

    public init(labels: [Int], iterations: Int) {
        self.labels = labels
        self.iterations = iterations
    }
}

/// Part 12: `kMeansStart(data:components:covariance:regularization:random:)` from `NumpyRandom(seed:)`.
public struct KMeansStartRequest: SubmissionCall {
    public static let function = "kMeansStart"
    public typealias Response = GaussianMixture
    public var data: Matrix
    public var components: Int
    public var covariance: CovarianceShape
    public var regularization: Double
    public var seed: UInt32

    public init(data: Matrix, components: Int, covariance: CovarianceShape, regularization: Double, seed: UInt32) {
        self.data = data
        self.components = components
        self.covariance = covariance
        self.regularization = regularization
        self.seed = seed
    }
}

/// Part 5: `startFromSeeds(data:seeds:covariance:regularization:)`.
public struct StartFromSeedsRequest: SubmissionCall {
    public static let function = "startFromSeeds"
    public typealias Response = GaussianMixture
    public var data: Matrix
    public var seeds: [Int]
    public var covariance: CovarianceShape
    public var regularization: Double

    public init(data: Matrix, seeds: [Int], covariance: CovarianceShape, regularization: Double) {
        self.data = data
        self.seeds = seeds
        self.covariance = covariance
        self.regularization = regularization
    }
}

/// Parts 6 to 8 take the same arguments: points and a model.
public protocol MixtureQueryCall: SubmissionCall {
    var points: Matrix { get }
    var model: GaussianMixture { get }
    init(points: Matrix, model: GaussianMixture)
}

/// Part 6: `mixtureLogDensities(of:under:)`.
public struct LogDensitiesRequest: MixtureQueryCall {
    public static let function = "mixtureLogDensities"
    public typealias Response = Vector
    public var points: Matrix
    public var model: GaussianMixture

    public init(points: Matrix, model: GaussianMixture) {
        self.points = points
        self.model = model
    }
}

/// Part 7: `membershipProbabilities(of:under:)`.
public struct MembershipsRequest: MixtureQueryCall {
    public static let function = "membershipProbabilities"
    public typealias Response = Matrix
    public var points: Matrix
    public var model: GaussianMixture

    public init(points: Matrix, model: GaussianMixture) {
        self.points = points
        self.model = model
    }
}

/// Part 8: `predictComponents(of:under:)`.
public struct PredictRequest: MixtureQueryCall {
    public static let function = "predictComponents"
    public typealias Response = [Int]
    public var points: Matrix
    public var model: GaussianMixture

    public init(points: Matrix, model: GaussianMixture) {
        self.points = points
        self.model = model
    }
}

/// Part 9: `fitCovarianceVariant(data:initial:covariance:maxIterations:tolerance:regularization:)`.
public struct VariantFitRequest: SubmissionCall {
    public static let function = "fitCovarianceVariant"
    public typealias Response = VariantFitResponse
    public var data: Matrix
    public var initial: GaussianMixture
    public var covariance: CovarianceShape
    public var maxIterations: Int
    public var tolerance: Double
    public var regularization: Double

    public init(data: Matrix, initial: GaussianMixture, covariance: CovarianceShape,
                maxIterations: Int = 100, tolerance: Double = 1e-3, regularization: Double = 1e-6) {
        self.data = data
        self.initial = initial
        self.covariance = covariance
        self.maxIterations = maxIterations
        self.tolerance = tolerance
        self.regularization = regularization
    }

}

public struct VariantFitResponse: Codable, Sendable {
    public var model: GaussianMixture
    public var meanLogLikelihoods: [Double]
    public var converged: Bool

    public init(model: GaussianMixture, meanLogLikelihoods: [Double], converged: Bool) {
        self.model = model
        self.meanLogLikelihoods = meanLogLikelihoods
        self.converged = converged
    }
}

/// Part 10: `sampleFromFit(_:count:random:)` from `NumpyRandom(seed:)`.
public struct SampleFromFitRequest: SubmissionCall {
    public static let function = "sampleFromFit"
    public typealias Response = SampleResponse
    public var count: Int
    public var seed: UInt32
    public var model: GaussianMixture

    public init(count: Int, seed: UInt32, model: GaussianMixture) {
        self.count = count
        self.seed = seed
        self.model = model
    }

}
