import EMKit

/// Part 1: `computeResponsibilities(data:weights:means:covariances:)`.
public struct ResponsibilitiesRequest: SubmissionCall {
    public static let function = "computeResponsibilities"
    public typealias Response = Matrix
    public var data: Matrix
    public var model: GaussianMixture

    public init(data: Matrix, model: GaussianMixture) {
        self.data = data
        self.model = model
    }
}

/// Part 2: `computeSoftCounts(resp:)`.
public struct SoftCountsRequest: SubmissionCall {
    public static let function = "computeSoftCounts"
    public typealias Response = Vector
    public var resp: Matrix

    public init(resp: Matrix) {
        self.resp = resp
    }
}

/// Part 3: `computeWeights(counts:)`.
public struct WeightsRequest: SubmissionCall {
    public static let function = "computeWeights"
    public typealias Response = Vector
    public var counts: Vector

    public init(counts: Vector) {
        self.counts = counts
    }
}

/// Part 4: `computeMeans(data:resp:counts:)`.
public struct MeansRequest: SubmissionCall {
    public static let function = "computeMeans"
    public typealias Response = Matrix
    public var data: Matrix
    public var resp: Matrix
    public var counts: Vector

    public init(data: Matrix, resp: Matrix, counts: Vector) {
        self.data = data
        self.resp = resp
        self.counts = counts
    }
}

/// Part 5: `computeCovariances(data:resp:counts:means:)`.
public struct CovariancesRequest: SubmissionCall {
    public static let function = "computeCovariances"
    public typealias Response = [Matrix]
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

/// Part 6: `emAlgorithm(data:initMeans:initCovariances:initWeights:maxiter:thresh:progress:)`.
public struct EMAlgorithmRequest: SubmissionCall {
    public static let function = "emAlgorithm"
    public typealias Response = RunEMResponse
    public var data: Matrix
    public var initial: GaussianMixture
    public var maxiter: Int
    public var thresh: Double

    public init(data: Matrix, initial: GaussianMixture, maxiter: Int = 1000, thresh: Double = 1e-4) {
        self.data = data
        self.initial = initial
        self.maxiter = maxiter
        self.thresh = thresh
    }

    /// The starting parameters as a mixture.
}
