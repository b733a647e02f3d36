import EMKit
import SubmissionCalls

/// A reply whose sizes follow from its request: K components in d dimensions, N points. The
/// grader checks them before it scores anything, so a reply of the wrong size is refused with a
/// clear message instead of being compared, and a huge matrix never reaches the grader's own
/// linear algebra (a 5,000 × 5,000 "covariance" would cost it hours).
protocol ShapeChecked: SubmissionCall {
    /// What is wrong with the reply's sizes, or nil.
    func shapeProblem(_ reply: Response) -> String?
}

/// Size checks shared by the replies.
enum Shape {
    static func vector(_ v: Vector, _ count: Int, _ name: String) -> String? {
        v.count == count ? nil : "\(name) has \(v.count) entries where \(count) are expected"
    }

    static func matrix(_ m: Matrix, rows: Int, columns: Int, _ name: String) -> String? {
        guard m.count == rows else { return "\(name) has \(m.count) rows where \(rows) are expected" }
        if let row = m.firstIndex(where: { $0.count != columns }) {
            return "\(name)[\(row)] has \(m[row].count) entries where \(columns) are expected"
        }
        return nil
    }

    static func mixture(weights: Vector, means: Matrix, covariances: [Matrix], k: Int, d: Int, _ prefix: String = "") -> String? {
        if let problem = vector(weights, k, prefix + "weights") ?? matrix(means, rows: k, columns: d, prefix + "means") { return problem }
        guard covariances.count == k else { return "\(prefix)covariances has \(covariances.count) matrices where \(k) are expected" }
        for (index, covariance) in covariances.enumerated() {
            if let problem = matrix(covariance, rows: d, columns: d, "\(prefix)covariances[\(index)]") { return problem }
        }
        return nil
    }

    static func mixture(_ model: GaussianMixture, k: Int, d: Int, _ prefix: String = "") -> String? {
        mixture(weights: model.weights, means: model.means, covariances: model.covariances, k: k, d: d, prefix)
    }

    /// A notebook-style EM result: the responsibilities may be empty (a run that never started).
    static func run(_ result: NotebookEMResult, k: Int, d: Int, n: Int, maxiter: Int) -> String? {
        if let problem = mixture(weights: result.weights, means: result.means, covariances: result.covs, k: k, d: d) { return problem }
        if !result.resp.isEmpty, let problem = matrix(result.resp, rows: n, columns: k, "resp") { return problem }
        if result.loglik.count > maxiter + 2 { return "loglik has \(result.loglik.count) values for at most \(maxiter) iterations" }
        return nil
    }

    static func dimension(_ data: Matrix) -> Int { data.first?.count ?? 0 }
}

extension RunEMRequest: ShapeChecked {
    func shapeProblem(_ reply: RunEMResponse) -> String? {
        if reply.progress.count > maxiter + 2 { return "reported \(reply.progress.count) progress lines for at most \(maxiter) iterations" }
        return Shape.run(reply.result, k: initWeights.count, d: Shape.dimension(data), n: data.count, maxiter: maxiter)
    }
}

extension EMAlgorithmRequest: ShapeChecked {
    func shapeProblem(_ reply: RunEMResponse) -> String? {
        if reply.progress.count > maxiter + 2 { return "reported \(reply.progress.count) progress lines for at most \(maxiter) iterations" }
        return Shape.run(reply.result, k: initWeights.count, d: Shape.dimension(data), n: data.count, maxiter: maxiter)
    }
}

extension FitRealDataRequest: ShapeChecked {
    func shapeProblem(_ reply: NotebookEMResult) -> String? {
        Shape.run(reply, k: components, d: Shape.dimension(data), n: data.count, maxiter: maxiter)
    }
}

extension RealDataInitRequest: ShapeChecked {
    func shapeProblem(_ reply: GaussianMixture) -> String? { Shape.mixture(reply, k: components, d: Shape.dimension(data)) }
}

extension ResponsibilitiesRequest: ShapeChecked {
    func shapeProblem(_ reply: Matrix) -> String? { Shape.matrix(reply, rows: data.count, columns: weights.count, "the responsibilities") }
}

extension MeansRequest: ShapeChecked {
    func shapeProblem(_ reply: Matrix) -> String? { Shape.matrix(reply, rows: counts.count, columns: Shape.dimension(data), "the means") }
}

extension CovariancesRequest: ShapeChecked {
    func shapeProblem(_ reply: [Matrix]) -> String? {
        Shape.mixture(weights: counts, means: means, covariances: reply, k: counts.count, d: Shape.dimension(data))
    }
}

extension FitTracesRequest: ShapeChecked {
    func shapeProblem(_ reply: FitTracesResponse) -> String? {
        if reply.meanNLL.count > maxIterations + 2 || reply.weightTrace.count > maxIterations + 2 {
            return "the traces are longer than \(maxIterations) iterations allow"
        }
        return Shape.mixture(reply.model, k: initWeights.count, d: Shape.dimension(samples), "the model's ")
    }
}

extension MixtureMStepRequest: ShapeChecked {
    func shapeProblem(_ reply: GaussianMixture) -> String? { Shape.mixture(reply, k: resp.first?.count ?? 0, d: Shape.dimension(data)) }
}

extension StartFromSeedsRequest: ShapeChecked {
    func shapeProblem(_ reply: GaussianMixture) -> String? { Shape.mixture(reply, k: seeds.count, d: Shape.dimension(data)) }
}

extension VariantFitRequest: ShapeChecked {
    func shapeProblem(_ reply: VariantFitResponse) -> String? {
        if reply.meanLogLikelihoods.count > maxIterations + 2 { return "the trace is longer than \(maxIterations) iterations allow" }
        return Shape.mixture(reply.model, k: initWeights.count, d: Shape.dimension(data), "the model's ")
    }
}

extension MembershipsRequest: ShapeChecked {
    func shapeProblem(_ reply: Matrix) -> String? { Shape.matrix(reply, rows: points.count, columns: weights.count, "the memberships") }
}

extension SampleMixtureRequest: ShapeChecked {
    func shapeProblem(_ reply: SampleResponse) -> String? {
        Shape.matrix(reply.samples, rows: count, columns: Shape.dimension(means), "the samples") ?? (reply.labels.count == count ? nil : "labels has \(reply.labels.count) entries where \(count) are expected")
    }
}

extension SampleFromFitRequest: ShapeChecked {
    func shapeProblem(_ reply: SampleResponse) -> String? {
        Shape.matrix(reply.samples, rows: count, columns: Shape.dimension(means), "the samples") ?? (reply.labels.count == count ? nil : "labels has \(reply.labels.count) entries where \(count) are expected")
    }
}

extension StandardizeRequest: ShapeChecked {
    func shapeProblem(_ reply: Matrix) -> String? { Shape.matrix(reply, rows: data.count, columns: Shape.dimension(data), "the standardised data") }
}

/// The shape check of a request whose type is known only at run time.
func shapeProblem<Call: SubmissionCall>(_ request: Call, _ reply: Call.Response) -> String? {
    func open<Checked: ShapeChecked>(_ checked: Checked) -> String? {
        (reply as? Checked.Response).flatMap(checked.shapeProblem)
    }
    guard let checked = request as? any ShapeChecked else { return nil }
    return open(checked)
}
