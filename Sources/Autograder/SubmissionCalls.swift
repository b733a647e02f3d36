import EMKit
import Foundation

/// The functions of a submission that the grader calls, and the values that cross the process
/// boundary. Student code always runs in a child process (see `IsolatedRunner`); only these
/// values come back, and every score is computed from them by the parent.
public enum SubmissionFunction: String, Codable, Sendable, CaseIterable {
    /// Chapter 01: `runEM(data:initMeans:initCovariances:initWeights:maxiter:thresh:progress:)`.
    case runEM
}

/// The arguments of one `runEM` call.
public struct RunEMRequest: Codable, Sendable, Hashable {
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
}

/// What one `runEM` call returned, with the progress lines it reported.
public struct RunEMResponse: Codable, Sendable, Equatable {
    public var result: NotebookEMResult
    public var progress: [String]
}

/// JSON that carries NaN and infinities (a student's EM may well produce them).
enum ExchangeCoding {
    static var encoder: JSONEncoder {
        let encoder = JSONEncoder()
        encoder.nonConformingFloatEncodingStrategy = .convertToString(positiveInfinity: "inf", negativeInfinity: "-inf", nan: "nan")
        return encoder
    }

    static var decoder: JSONDecoder {
        let decoder = JSONDecoder()
        decoder.nonConformingFloatDecodingStrategy = .convertFromString(positiveInfinity: "inf", negativeInfinity: "-inf", nan: "nan")
        return decoder
    }
}
