// edition: omit (the reference mixture engine; it would answer the exercises)
import EMKit
/// Mixture parameters from given responsibilities, in two passes over the data (scikit-learn's
/// `_estimate_gaussian_parameters`, used once to start EM).
///
/// `nₖ = Σⱼ rⱼₖ + 10ε`, `πₖ = nₖ / Σₗ nₗ`, `μₖ = Σⱼ rⱼₖ xⱼ / nₖ`, then the covariance of the
/// requested type from `Σⱼ rⱼₖ (xⱼ − μₖ)(xⱼ − μₖ)ᵀ / nₖ` plus λ on the diagonal (tied: the sum
/// over k divided by Σₖ nₖ). The responsibilities are never stored: `responsibilities(j, &row)`
/// is asked for row j in order, once per pass, and must give the same row both times.
///
/// - Parameters:
///   - responsibilities: fills `row` (K entries) with the responsibilities of point j.
///   - startPass: called before each pass, e.g. to rewind a random generator.
func parametersFromResponsibilities(
    _ data: DataMatrix, components k: Int, type: CovarianceType, regularization: Double,
    startPass: (Int) -> Void, responsibilities: (Int, inout [Double]) -> Void
) -> FlatMixture {
    let n = data.rows, d = data.columns
    var row = Array(repeating: 0.0, count: k)
    var counts = Array(repeating: 0.0, count: k)
    var sums = Array(repeating: 0.0, count: k * d)
    startPass(0)
    for j in 0..<n {
        responsibilities(j, &row)
        for c in 0..<k {
            counts[c] += row[c]
            for i in 0..<d { sums[c * d + i] += row[c] * data.values[j * d + i] }
        }
    }
    let guarded = counts.map { $0 + 10 * Double.ulpOfOne }
    let means = (0..<(k * d)).map { sums[$0] / guarded[$0 / d] }
    let stride = FlatMixture.covarianceStride(type, dimension: d)
    var scatter = Array(repeating: 0.0, count: k * stride)
    var delta = Array(repeating: 0.0, count: d)
    startPass(1)
    for j in 0..<n {
        responsibilities(j, &row)
        for c in 0..<k {
            let r = row[c]
            for i in 0..<d { delta[i] = data.values[j * d + i] - means[c * d + i] }
            if type.usesTriangularFactor {
                for i in 0..<d { for m in 0...i { scatter[c * stride + i * d + m] += r * delta[i] * delta[m] } }
            } else {
                for i in 0..<d { scatter[c * stride + i] += r * delta[i] * delta[i] }
            }
        }
    }
    let total = guarded.reduce(0, +)
    var covariances = Array(repeating: 0.0, count: k * stride)
    for c in 0..<k {
        var sphere = 0.0
        for i in 0..<d {
            if type.usesTriangularFactor {
                for m in 0...i {
                    let value: Double
                    if type == .tied {
                        value = (0..<k).reduce(0.0) { $0 + scatter[$1 * stride + i * d + m] } / total
                    } else {
                        value = scatter[c * stride + i * d + m] / guarded[c]
                    }
                    let entry = value + (i == m ? regularization : 0)
                    covariances[c * stride + i * d + m] = entry
                    covariances[c * stride + m * d + i] = entry
                }
            } else {
                let entry = scatter[c * stride + i] / guarded[c] + regularization
                covariances[c * stride + i] = entry
                sphere += entry
            }
        }
        if type == .spherical { for i in 0..<d { covariances[c * stride + i] = sphere / Double(d) } }
    }
    return FlatMixture(
        type: type, components: k, dimension: d, weights: guarded.map { $0 / total }, means: means, covariances: covariances)
}
