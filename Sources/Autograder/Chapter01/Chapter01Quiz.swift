import EMKit

/// The first notebook's quiz, answered from one run of EM on the notebook's data.
public struct Chapter01Answers: Codable, Sendable, Equatable {
    public var first_component_weight: Double?
    public var second_component_mean_x: Double?
    public var third_component_variance_x: Double?
    /// "increasing", "decreasing" or "neither".
    public var loglikelihood_trend: String
    public var iterations: Int
    public var last_progress_line: String?
    public var weights: Vector
    public var means: Matrix
    public var covariances: [Matrix]
    public var loglikelihoods: [Double]

    init(result: NotebookEMResult, progress: [String]) {
        first_component_weight = result.weights.first
        second_component_mean_x = result.means.count > 1 ? result.means[1].first : nil
        third_component_variance_x = result.covs.count > 2 ? result.covs[2].first?.first : nil
        loglikelihood_trend = Self.trend(of: result.loglik)
        iterations = result.loglik.count - 1
        last_progress_line = progress.last
        weights = result.weights
        means = result.means
        covariances = result.covs
        loglikelihoods = result.loglik
    }

    /// "increasing" when every step goes up, "decreasing" when every step goes down.
    static func trend(of values: [Double]) -> String {
        let steps = zip(values.dropFirst(), values).map { $0 - $1 }
        if !steps.isEmpty && steps.allSatisfy({ $0 > 0 }) { return "increasing" }
        if !steps.isEmpty && steps.allSatisfy({ $0 < 0 }) { return "decreasing" }
        return "neither"
    }
}

/// The runs the first notebook makes, and their answers from the kit's reference EM.
public enum Chapter01Quiz {
    static let data = Chapter01Notebook.data()
    static let initial = Chapter01Notebook.initialParameters(for: data)

    /// `EM(data, initial_means, initial_covs, initial_weights)`: the run the quiz asks about.
    public static let fullRun = RunEMRequest(data: data, initial: initial)
    /// The same with `maxiter=12`, for the "clusters after 12 iterations" figure.
    public static let twelveIterations = RunEMRequest(data: data, initial: initial, maxiter: 12)

    /// The reference EM's state after each iteration of a request, computed by the kit.
    static func referenceSteps(_ request: RunEMRequest) -> [EMIteration] {
        var steps: [EMIteration] = []
        let initial = GaussianMixture(weights: request.initWeights, means: request.initMeans, covariances: request.initCovariances)
        _ = try? fitNotebookEM(data: request.data, initial: initial, maxIterations: request.maxiter,
                               tolerance: request.thresh) { steps.append($0) }
        return steps
    }

    /// The reference answers, computed (not stored) by the kit's own EM.
    public static func referenceAnswers(_ request: RunEMRequest = fullRun) -> Chapter01Answers? {
        let initial = GaussianMixture(weights: request.initWeights, means: request.initMeans, covariances: request.initCovariances)
        guard let fit = try? fitNotebookEM(data: request.data, initial: initial, maxIterations: request.maxiter,
                                           tolerance: request.thresh) else { return nil }
        let last = fit.iterations - 1
        let progress = stride(from: 0, through: last, by: 5).map { "Iteration \($0)" } + (last % 5 == 0 ? [] : ["Iteration \(last)"])
        let result = NotebookEMResult(weights: fit.model.weights, means: fit.model.means, covs: fit.model.covariances,
                                      loglik: fit.logLikelihoods, resp: fit.responsibilities)
        return Chapter01Answers(result: result, progress: progress)
    }

    /// The student's answers: their `runEM` on the notebook's run.
    public static func studentAnswers(_ session: SubmissionSession, _ request: RunEMRequest = fullRun) throws(CallFailure) -> Chapter01Answers {
        let response = try session.runEM(request)
        return Chapter01Answers(result: response.result, progress: response.progress)
    }
}
