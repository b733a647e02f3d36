import EMKit
import SubmissionCalls

/// The mistakes chapter 03's part 4 item recognises (see `KnownMistake`). What each one returns
/// on a criteria case, as (parameterCount, bic, aic), is computed by `Chapter03Mistakes.value`
/// (left out of the student edition) and recorded in the key (`Chapter03Key.criteriaMistakes`).
enum Chapter03Mistakes {
    static let everyWeightCounted = KnownMistake("03.parameters-every-weight", part: 4,
        "you counted K weights; they sum to 1, so only K − 1 of them are free")
    static let fullCovarianceCounted = KnownMistake("03.parameters-covariance-d-squared", part: 4,
        "you counted d² entries for each covariance; it is symmetric, so only d(d + 1)/2 of them are free")
    static let bicFromMeanNLL = KnownMistake("03.bic-mean-nll", part: 4,
        "your BIC uses the mean negative log-likelihood where it needs the total: −2ℓ is 2N times the mean NLL")
    static let aicWithOneP = KnownMistake("03.aic-p-not-2p", part: 4,
        "your AIC adds p, the parameter count, where it adds 2p")

    static let all = [everyWeightCounted, fullCovarianceCounted, bicFromMeanNLL, aicWithOneP]

    /// The numbers of a criteria reply in the order the key keeps them.
    static func flat(_ reply: CriteriaResponse) -> [Double] { [Double(reply.parameters), reply.bic, reply.aic] }

    /// The part 4 message for one case, or nil when `got` is right: the first of parameterCount,
    /// bic and aic that differs, and the known mistake it is, if it is one.
    static func criteriaMismatch(_ got: CriteriaResponse, request: CriteriaRequest, expected: [KeyNumber], mistakes: MistakenValues) -> String? {
        let label = "mean NLL \(show(request.meanNLL)), N = \(request.points), K = \(request.components), d = \(request.dimension)"
        let names = ["parameterCount", "bic", "aic"]
        for (i, value) in flat(got).enumerated() where !expected[i].matches(value) {
            let mistake = KnownMistake.recognise(flat(got), among: all, values: mistakes)
            return KnownMistake.explain("with \(label): \(names[i]) " + expected[i].expectation(for: value) + " (part 4)", mistake)
        }
        return nil
    }
}
