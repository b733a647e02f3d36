import EMKit
import SubmissionCalls

/// The sizes of chapter 01's replies, checked before anything is scored (see `ShapeChecked`).
extension RunEMRequest: ShapeChecked {
    func shapeProblem(_ reply: RunEMResponse) -> String? {
        if reply.progress.count > maxiter + 2 { return "reported \(reply.progress.count) progress lines for at most \(maxiter) iterations" }
        return Shape.run(reply.result, k: initial.weights.count, d: Shape.dimension(data), n: data.count, maxiter: maxiter)
    }
}
