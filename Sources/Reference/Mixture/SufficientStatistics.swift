// edition: omit (the reference mixture engine; it would answer the exercises)
import EMKit
/// What one pass over the data gathers for the M-step, measured from the current means.
///
/// With rⱼₖ the responsibilities and δⱼₖ = xⱼ − μₖ (the means the pass started from):
/// `counts[k] = Σⱼ rⱼₖ`, `sums[k] = Σⱼ rⱼₖ δⱼₖ`, and `scatters[k] = Σⱼ rⱼₖ δⱼₖ δⱼₖᵀ` (lower
/// triangle of a d × d matrix for full and tied; the d squares for diagonal and spherical).
/// Centring on the old means keeps the scatter accurate when the data sit far from the origin.
/// `logLikelihood` is `Σⱼ log Σₖ πₖ N(xⱼ | μₖ, Σₖ)` for the parameters the pass started from.
struct SufficientStatistics: Sendable {
    var counts: [Double]
    var sums: [Double]
    var scatters: [Double]
    var logLikelihood: Double

    init(components k: Int, dimension d: Int, type: CovarianceType) {
        counts = Array(repeating: 0, count: k)
        sums = Array(repeating: 0, count: k * d)
        scatters = Array(repeating: 0, count: k * FlatMixture.covarianceStride(type, dimension: d))
        logLikelihood = 0
    }

    /// Adds another part's statistics, entry by entry.
    mutating func add(_ other: SufficientStatistics) {
        for i in counts.indices { counts[i] += other.counts[i] }
        for i in sums.indices { sums[i] += other.sums[i] }
        for i in scatters.indices { scatters[i] += other.scatters[i] }
        logLikelihood += other.logLikelihood
    }
}
