/// What an EM run produced.
public struct EMFit: Sendable, Equatable, Codable {
    /// The fitted mixture after the last iteration.
    public var model: GaussianMixture
    /// The log-likelihood before the first iteration and after each one (`ll_trace`).
    public var logLikelihoods: [Double]
    /// The responsibilities computed in the last E-step: `responsibilities[j][k]` is the
    /// probability that point j came from component k (`resp`).
    public var responsibilities: Matrix
    /// How many EM iterations ran (`logLikelihoods.count − 1`).
    public var iterations: Int { logLikelihoods.count - 1 }
    /// True when the run stopped because the log-likelihood gained less than the tolerance,
    /// false when it ran out of iterations.
    public var converged: Bool

    public init(model: GaussianMixture, logLikelihoods: [Double], responsibilities: Matrix, converged: Bool) {
        self.model = model
        self.logLikelihoods = logLikelihoods
        self.responsibilities = responsibilities
        self.converged = converged
    }
}

/// The state after one EM iteration, reported to observers (figures, feedback).
public struct EMIteration: Sendable, Equatable {
    /// 1 for the first iteration.
    public var number: Int
    public var responsibilities: Matrix
    public var model: GaussianMixture
    public var logLikelihood: Double

    public init(number: Int, responsibilities: Matrix, model: GaussianMixture, logLikelihood: Double) {
        self.number = number
        self.responsibilities = responsibilities
        self.model = model
        self.logLikelihood = logLikelihood
    }
}

/// Why EM could not go on.
public struct EMError: Error, CustomStringConvertible, Equatable, Sendable {
    public var message: String
    public init(_ message: String) { self.message = message }
    public var description: String { message }
}
