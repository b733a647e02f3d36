import EMKit
#if Solutions
import Solutions
#else
import Exercises
#endif

/// Part 1: `computeResponsibilities(data:weights:means:covariances:)`.
public struct ResponsibilitiesRequest: SubmissionCall {
    public static let function = "computeResponsibilities"
    public var data: Matrix
    public var weights: Vector
    public var means: Matrix
    public var covariances: [Matrix]

    public func perform() -> Matrix {
        computeResponsibilities(data: data, weights: weights, means: means, covariances: covariances)
    }
}

/// Part 2: `computeSoftCounts(resp:)`.
public struct SoftCountsRequest: SubmissionCall {
    public static let function = "computeSoftCounts"
    public var resp: Matrix

    public func perform() -> Vector { computeSoftCounts(resp: resp) }
}

/// Part 3: `computeWeights(counts:)`.
public struct WeightsRequest: SubmissionCall {
    public static let function = "computeWeights"
    public var counts: Vector

    public func perform() -> Vector { computeWeights(counts: counts) }
}

/// Part 4: `computeMeans(data:resp:counts:)`.
public struct MeansRequest: SubmissionCall {
    public static let function = "computeMeans"
    public var data: Matrix
    public var resp: Matrix
    public var counts: Vector

    public func perform() -> Matrix { computeMeans(data: data, resp: resp, counts: counts) }
}

/// Part 5: `computeCovariances(data:resp:counts:means:)`.
public struct CovariancesRequest: SubmissionCall {
    public static let function = "computeCovariances"
    public var data: Matrix
    public var resp: Matrix
    public var counts: Vector
    public var means: Matrix

    public func perform() -> [Matrix] { computeCovariances(data: data, resp: resp, counts: counts, means: means) }
}

/// Part 6: `emAlgorithm(data:initMeans:initCovariances:initWeights:maxiter:thresh:progress:)`.
public struct EMAlgorithmRequest: SubmissionCall {
    public static let function = "emAlgorithm"
    public var data: Matrix
    public var initMeans: Matrix
    public var initCovariances: [Matrix]
    public var initWeights: Vector
    public var maxiter: Int
    public var thresh: Double

    public init(data: Matrix, initial: GaussianMixture, maxiter: Int = 1000, thresh: Double = 1e-4) {
        self.data = data
        initMeans = initial.means
        initCovariances = initial.covariances
        initWeights = initial.weights
        self.maxiter = maxiter
        self.thresh = thresh
    }

    /// The starting parameters as a mixture.
    public var initial: GaussianMixture {
        GaussianMixture(weights: initWeights, means: initMeans, covariances: initCovariances)
    }

    public func perform() -> RunEMResponse {
        var progress: [String] = []
        let result = emAlgorithm(
            data: data, initMeans: initMeans, initCovariances: initCovariances, initWeights: initWeights,
            maxiter: maxiter, thresh: thresh, progress: { progress.append($0) })
        return RunEMResponse(result: result, progress: progress)
    }
}
