import EMKit
import SubmissionCalls

/// The mistakes chapter 02's function items recognise (see `KnownMistake`). What each one
/// returns on a case's inputs is computed by `Chapter02Mistakes.value` (left out of the student
/// edition) and recorded in the key (`ModularCaseKey.mistakes`).
enum Chapter02Mistakes {
    static let responsibilityWithoutWeight = KnownMistake("02.responsibility-without-weight", part: 1,
        "you left out the weight πₖ; each responsibility is proportional to πₖ N(xᵢ | μₖ, Σₖ), not to the density alone")
    static let weightsNotNormalised = KnownMistake("02.weights-not-divided-by-N", part: 3,
        "your weights are the soft counts Nₖ themselves; divide each by the sum of the counts, N, so that the weights sum to 1")
    static let meanDividedByN = KnownMistake("02.mean-divided-by-N", part: 4,
        "you divided the weighted sum by N, the number of points, where the mean of cluster k divides it by Nₖ, the cluster's soft count")
    static let covarianceUncentred = KnownMistake("02.covariance-uncentred", part: 5,
        "your outer products are of the points xᵢ themselves; they must be of xᵢ − μₖ, each point minus the cluster's mean")
    static let covarianceDividedByN = KnownMistake("02.covariance-divided-by-N", part: 5,
        "you divided the covariance by N, the number of points, where the covariance of cluster k divides by Nₖ, its soft count")

    static let all = [responsibilityWithoutWeight, weightsNotNormalised, meanDividedByN, covarianceUncentred, covarianceDividedByN]
}
