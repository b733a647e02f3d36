import EMKit
import SubmissionCalls

/// The sizes of chapter 04's replies, checked before anything is scored (see `ShapeChecked`).
extension MixtureMStepRequest: ShapeChecked {
    func shapeProblem(_ reply: GaussianMixture) -> String? { Shape.mixture(reply, k: resp.first?.count ?? 0, d: Shape.dimension(data)) }
}

extension StartFromSeedsRequest: ShapeChecked {
    func shapeProblem(_ reply: GaussianMixture) -> String? { Shape.mixture(reply, k: seeds.count, d: Shape.dimension(data)) }
}

extension VariantFitRequest: ShapeChecked {
    func shapeProblem(_ reply: VariantFitResponse) -> String? {
        if reply.meanLogLikelihoods.count > maxIterations + 2 { return "the trace is longer than \(maxIterations) iterations allow" }
        return Shape.mixture(reply.model, k: initial.weights.count, d: Shape.dimension(data), "the model's ")
    }
}

extension MembershipsRequest: ShapeChecked {
    func shapeProblem(_ reply: Matrix) -> String? { Shape.matrix(reply, rows: points.count, columns: model.weights.count, "the memberships") }
}

extension SampleFromFitRequest: ShapeChecked {
    func shapeProblem(_ reply: SampleResponse) -> String? {
        Shape.matrix(reply.samples, rows: count, columns: Shape.dimension(model.means), "the samples") ?? (reply.labels.count == count ? nil : "labels has \(reply.labels.count) entries where \(count) are expected")
    }
}
