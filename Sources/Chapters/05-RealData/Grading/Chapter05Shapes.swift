import EMKit
import SubmissionCalls

/// The sizes of chapter 05's replies, checked before anything is scored (see `ShapeChecked`).
extension FitRealDataRequest: ShapeChecked {
    func shapeProblem(_ reply: NotebookEMResult) -> String? {
        Shape.run(reply, k: components, d: Shape.dimension(data), n: data.count, maxiter: maxiter)
    }
}

extension RealDataInitRequest: ShapeChecked {
    func shapeProblem(_ reply: GaussianMixture) -> String? { Shape.mixture(reply, k: components, d: Shape.dimension(data)) }
}

extension StandardizeRequest: ShapeChecked {
    func shapeProblem(_ reply: Matrix) -> String? { Shape.matrix(reply, rows: data.count, columns: Shape.dimension(data), "the standardised data") }
}
