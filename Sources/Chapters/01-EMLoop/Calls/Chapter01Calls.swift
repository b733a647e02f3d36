import EMKit

/// Chapter 01's one function: `runEM(data:initMeans:initCovariances:initWeights:maxiter:thresh:progress:)`.
public struct RunEMRequest: SubmissionCall {
    public static let function = "runEM"
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

/// What one `runEM` call returned, with the progress lines it reported.
public struct RunEMResponse: Codable, Sendable, Equatable {
    public var result: NotebookEMResult
    public var progress: [String]

    public init(result: NotebookEMResult, progress: [String]) {
        self.result = result
        self.progress = progress
    }
}
