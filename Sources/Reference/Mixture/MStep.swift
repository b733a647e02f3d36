// edition: omit (the reference mixture engine; it would answer the exercises)
import EMKit
/// The M-step from sufficient statistics, with scikit-learn's conventions.
///
/// With nₖ = Σⱼ rⱼₖ + 10ε (scikit-learn's guard against empty components), sₖ = Σⱼ rⱼₖ δⱼₖ and
/// Sₖ = Σⱼ rⱼₖ δⱼₖ δⱼₖᵀ measured from the old means μₖ:
/// * `πₖ = nₖ / Σₗ nₗ`;
/// * `μₖ' = (Σⱼ rⱼₖ · μₖ + sₖ) / nₖ`, i.e. Σⱼ rⱼₖ xⱼ / nₖ;
/// * full: `Σₖ' = (Sₖ − sₖ cₖᵀ − cₖ sₖᵀ + Σⱼ rⱼₖ · cₖ cₖᵀ) / nₖ + λ I` with cₖ = μₖ' − μₖ, which is
///   Σⱼ rⱼₖ (xⱼ − μₖ')(xⱼ − μₖ')ᵀ / nₖ + λ I;
/// * tied: `Σ' = Σₖ (the same numerators) / Σₖ nₖ + λ I`;
/// * diagonal: the diagonal of the full update; spherical: the mean of the diagonal.
///
/// - Parameters:
///   - stats: gathered from `old` by `dataPass`.
///   - regularization: λ, scikit-learn's `reg_covar`.
func mStep(_ stats: SufficientStatistics, from old: FlatMixture, regularization: Double) -> FlatMixture {
    let k = old.components, d = old.dimension, type = old.type
    let stride = FlatMixture.covarianceStride(type, dimension: d)
    var new = old
    let guarded = stats.counts.map { $0 + 10 * Double.ulpOfOne }
    let total = guarded.reduce(0, +)
    var tiedNumerator = Array(repeating: 0.0, count: type == .tied ? d * d : 0)
    for c in 0..<k {
        let n = stats.counts[c], nGuarded = guarded[c]
        new.weights[c] = nGuarded / total
        var shift = Array(repeating: 0.0, count: d)
        for i in 0..<d {
            let mean = (n * old.means[c * d + i] + stats.sums[c * d + i]) / nGuarded
            new.means[c * d + i] = mean
            shift[i] = mean - old.means[c * d + i]
        }
        let s = Array(stats.sums[(c * d)..<((c + 1) * d)])
        switch type {
        case .full, .tied:
            for i in 0..<d {
                for j in 0...i {
                    let scatter = stats.scatters[c * stride + i * d + j]
                    let value = scatter - s[i] * shift[j] - shift[i] * s[j] + n * shift[i] * shift[j]
                    if type == .full {
                        let entry = value / nGuarded + (i == j ? regularization : 0)
                        new.covariances[c * stride + i * d + j] = entry
                        new.covariances[c * stride + j * d + i] = entry
                    } else {
                        tiedNumerator[i * d + j] += value
                    }
                }
            }
        case .diagonal, .spherical:
            var mean = 0.0
            for i in 0..<d {
                let value = (stats.scatters[c * stride + i] - 2 * s[i] * shift[i] + n * shift[i] * shift[i]) / nGuarded + regularization
                new.covariances[c * stride + i] = value
                mean += value
            }
            if type == .spherical {
                mean /= Double(d)
                for i in 0..<d { new.covariances[c * stride + i] = mean }
            }
        }
    }
    if type == .tied {
        for i in 0..<d {
            for j in 0...i {
                let entry = tiedNumerator[i * d + j] / total + (i == j ? regularization : 0)
                for c in 0..<k {
                    new.covariances[c * stride + i * d + j] = entry
                    new.covariances[c * stride + j * d + i] = entry
                }
            }
        }
    }
    return new
}
