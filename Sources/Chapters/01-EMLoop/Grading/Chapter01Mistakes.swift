import EMKit
import SubmissionCalls

/// The mistakes chapter 01's part items recognise (see `KnownMistake`). What each one returns
/// is computed by `Chapter01Reference.iteration(…, mistake:)` and recorded in the key
/// (`Chapter01Key.mistakes`).
enum Chapter01Mistakes {
    static let responsibilitiesWithoutWeight = KnownMistake("01.responsibility-without-weight", part: 1,
        "you left out the weight πₖ; the responsibility of cluster k for point j is proportional to πₖ N(xⱼ | μₖ, Σₖ), not to the density alone")
    static let responsibilitiesNotNormalised = KnownMistake("01.responsibilities-not-normalised", part: 1,
        "your responsibilities are the products πₖ N(xⱼ | μₖ, Σₖ) without the normalisation; each row of resp must be divided by its sum, so that it sums to 1")
    static let weightsNotDividedByN = KnownMistake("01.weight-not-divided-by-N", part: 2,
        "your weight is the soft count Nₖ itself; the weight of cluster k is Nₖ divided by N, the number of points")
    static let meanDividedByN = KnownMistake("01.mean-divided-by-N", part: 4,
        "you divided the weighted sum by N, the number of points, where the mean of cluster k divides it by Nₖ, the cluster's soft count")
    static let outerProductUncentred = KnownMistake("01.outer-product-uncentred", part: 5,
        "your outer product is of the point xⱼ with itself; it must be of xⱼ − μₖ, the point minus the cluster's new mean")
    static let outerProductOldMeans = KnownMistake("01.outer-product-old-means", part: 5,
        "you centred the points on the means the iteration started from; the covariance uses the new means, computed just before it (part 4)")
    static let covarianceDividedByN = KnownMistake("01.covariance-divided-by-N", part: 6,
        "you divided the covariance by N, the number of points, where the covariance of cluster k divides by Nₖ, its soft count")
    static let logLikelihoodOfOldParameters = KnownMistake("01.loglik-of-old-parameters", part: 7,
        "your log-likelihood is that of the parameters the iteration started from; it must be computed with the new weights, means and covariances")

    static let all = [
        responsibilitiesWithoutWeight, responsibilitiesNotNormalised, weightsNotDividedByN, meanDividedByN,
        outerProductUncentred, outerProductOldMeans, covarianceDividedByN, logLikelihoodOfOldParameters,
    ]

    /// The known mistake the student's `quantity` shows, if it is one: the first mistake of the
    /// parts that compute the quantity whose recorded state agrees with the student's there.
    static func recognise(_ quantity: EMQuantity, student: NotebookEMResult, key: Chapter01Key) -> KnownMistake? {
        recognise(quantity, student: student, mistakes: key.mistakes)
    }

    /// The same, against the states of one iteration from another start (`Chapter01Key.firstMistakes`).
    static func recognise(_ quantity: EMQuantity, student: NotebookEMResult, mistakes: [String: KeyState]) -> KnownMistake? {
        let parts = Set(EMExercise.runEM.parts[quantity] ?? [])
        return all.first { mistake in
            guard !parts.isDisjoint(with: mistake.parts), let state = mistakes[mistake.id] else { return false }
            return difference(in: quantity, student: student, iterations: 1, reference: state) == nil
        }
    }
}
