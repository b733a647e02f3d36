import EMKit
import SubmissionCalls

/// What chapter 03's visible items compare with.
///
/// The first iterations of the K = 3 fit, the matching cases, the criteria cases and the
/// sweep are kept in clear, so feedback can say what a value should be; the end of the K = 3
/// fit and the best K hold the quiz answers and are kept as digests.
struct Chapter03Key: ChapterKey {
    static let chapter = 3

    /// The mean NLL and weights after each of the first three iterations, in clear.
    var firstNLL: [KeyNumber]
    var firstWeights: [[KeyNumber]]
    /// The end of the fit: iteration count, final mean NLL, weights matched to the truth.
    var iterations: KeyNumber
    var finalNLL: KeyNumber
    var matchedWeights: [KeyNumber]
    /// The final weights in increasing order (for the fit item, which does not depend on part 3).
    var sortedWeights: [KeyNumber]
    /// `closestPermutation` answers on `Chapter03Cases.permutations`.
    var permutations: [[Int]]
    /// (parameters, BIC, AIC) on `Chapter03Cases.criteria`.
    var criteria: [[KeyNumber]]
    /// On each of those cases, (parameters, BIC, AIC) with each known mistake (`Chapter03Mistakes`).
    var criteriaMistakes: [MistakenValues]
    /// The graded sweep, row by row: mean NLL, BIC, AIC.
    var sweep: [[KeyNumber]]
    /// The K with the smallest BIC and with the smallest AIC.
    var bestByBIC: KeyNumber
    var bestByAIC: KeyNumber
}
