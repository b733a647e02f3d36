import EMKit
import SubmissionCalls

/// One EM state of the reference, as an answer key keeps it: the responsibilities, the mixture
/// (a `KeyMixture`, as every key holds a mixture) and the log-likelihood, each number in clear
/// or as a digest (see `KeyNumber`).
struct KeyState: Codable, Sendable, Equatable {
    /// The iteration it follows (1 for the first).
    var number: Int
    var resp: [[KeyNumber]]
    var model: KeyMixture
    var loglik: KeyNumber

    var weights: [KeyNumber] { model.weights }
    var means: [[KeyNumber]] { model.means }
    var covs: [[[KeyNumber]]] { model.covariances }

    /// The state after `step`, with its numbers in clear or only as digests.
    init(_ step: EMIteration, hidden: Bool) {
        let keep: (Double) -> KeyNumber = { hidden ? .hiding($0) : .value($0) }
        number = step.number
        resp = step.responsibilities.map { $0.map(keep) }
        model = KeyMixture(step.model, hidden: hidden)
        loglik = keep(step.logLikelihood)
    }
}
