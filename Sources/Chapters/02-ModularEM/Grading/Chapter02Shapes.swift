import EMKit
import SubmissionCalls

/// The sizes of chapter 02's replies, checked before anything is scored (see `ShapeChecked`).
extension EMAlgorithmRequest: ShapeChecked {
    func shapeProblem(_ reply: RunEMResponse) -> String? {
        if reply.progress.count > maxiter + 2 { return "reported \(reply.progress.count) progress lines for at most \(maxiter) iterations" }
        return Shape.run(reply.result, k: initial.weights.count, d: Shape.dimension(data), n: data.count, maxiter: maxiter)
    }
}

extension ResponsibilitiesRequest: ShapeChecked {
    func shapeProblem(_ reply: Matrix) -> String? { Shape.matrix(reply, rows: data.count, columns: model.weights.count, "the responsibilities") }
}

extension MeansRequest: ShapeChecked {
    func shapeProblem(_ reply: Matrix) -> String? { Shape.matrix(reply, rows: counts.count, columns: Shape.dimension(data), "the means") }
}

extension CovariancesRequest: ShapeChecked {
    func shapeProblem(_ reply: [Matrix]) -> String? {
        Shape.mixture(weights: counts, means: means, covariances: reply, k: counts.count, d: Shape.dimension(data))
    }
}
