import EMKit
import SubmissionCalls

/// The sizes of chapter 03's replies, checked before anything is scored (see `ShapeChecked`).
extension FitTracesRequest: ShapeChecked {
    func shapeProblem(_ reply: FitTracesResponse) -> String? {
        if reply.meanNLL.count > maxIterations + 2 || reply.weightTrace.count > maxIterations + 2 {
            return "the traces are longer than \(maxIterations) iterations allow"
        }
        return Shape.mixture(reply.model, k: initial.weights.count, d: Shape.dimension(samples), "the model's ")
    }
}

extension SampleMixtureRequest: ShapeChecked {
    func shapeProblem(_ reply: SampleResponse) -> String? {
        Shape.matrix(reply.samples, rows: count, columns: Shape.dimension(model.means), "the samples") ?? (reply.labels.count == count ? nil : "labels has \(reply.labels.count) entries where \(count) are expected")
    }
}
