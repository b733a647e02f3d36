// edition: omit (the reference EM answers chapter 01; `emkit release` leaves this file out)
import EMKit
import Foundation

/// The kit's reference EM with the first notebook's semantics: full covariances, no
/// regularisation, and a stop as soon as the total log-likelihood gains less than `tolerance`
/// (or after `maxIterations`).
///
/// Each iteration:
/// * E-step: `rⱼₖ = πₖ N(xⱼ | μₖ, Σₖ) / Σₗ πₗ N(xⱼ | μₗ, Σₗ)`, computed in log space;
/// * M-step: `Nₖ = Σⱼ rⱼₖ`, `πₖ = Nₖ / N`, `μₖ = Σⱼ rⱼₖ xⱼ / Nₖ`,
///   `Σₖ = Σⱼ rⱼₖ (xⱼ − μₖ)(xⱼ − μₖ)ᵀ / Nₖ` (with the new μₖ);
/// * the log-likelihood of the new parameters, which the next E-step reuses.
///
/// It powers `emkit fit --init notebook`, and the autograder uses it as the oracle that a
/// student's EM is compared with.
///
/// - Throws: `EMError` naming the component and iteration when a component collapses
///   (no weight left, or a covariance that is no longer positive definite).
public func fitNotebookEM(
    data: Matrix, initial: GaussianMixture, maxIterations: Int = 1000, tolerance: Double = 1e-4,
    observe: ((EMIteration) -> Void)? = nil
) throws(EMError) -> EMFit {
    var model = initial
    let n = data.count, k = model.componentCount, d = model.dimension
    var (logTerms, ll) = try logJointTerms(data, model, iteration: 0)
    var trace = [ll]
    var resp = LinearAlgebra.zeros(n, k)
    var converged = false
    for iteration in stride(from: 1, through: maxIterations, by: 1) {
        // E-step: normalise πₖ N(xⱼ | μₖ, Σₖ) over k, in log space.
        for j in 0..<n {
            let total = logSumExp(logTerms[j])
            for c in 0..<k { resp[j][c] = exp(logTerms[j][c] - total) }
        }
        // M-step.
        let counts = resp.columnSums
        for c in 0..<k {
            guard counts[c] > 0 else { throw EMError("component \(c) collapsed at iteration \(iteration): no point is responsible for it") }
            model.weights[c] = counts[c] / Double(n)
            var weightedSum = Vector(repeating: 0, count: d)
            for j in 0..<n { weightedSum.add(data[j], scaledBy: resp[j][c]) }
            let mean = weightedSum.dividedBy(counts[c])
            model.means[c] = mean
            var scatter = LinearAlgebra.zeros(d, d)
            for j in 0..<n {
                let delta = data[j].minus(mean)
                let r = resp[j][c]
                for a in 0..<d { for b in 0..<d { scatter[a][b] += r * delta[a] * delta[b] } }
            }
            model.covariances[c] = scatter.dividedBy(counts[c])
        }
        (logTerms, ll) = try logJointTerms(data, model, iteration: iteration)
        let previous = trace[trace.count - 1]
        trace.append(ll)
        observe?(EMIteration(number: iteration, responsibilities: resp, model: model, logLikelihood: ll))
        if ll - previous < tolerance && ll > -.infinity {
            converged = true
            break
        }
    }
    return EMFit(model: model, logLikelihoods: trace, responsibilities: resp, converged: converged)
}

/// `log πₖ + log N(xⱼ | μₖ, Σₖ)` for every point and component, and the total log-likelihood.
private func logJointTerms(_ data: Matrix, _ model: GaussianMixture, iteration: Int) throws(EMError) -> (Matrix, Double) {
    var normals: [MultivariateNormal] = []
    for c in 0..<model.componentCount {
        guard let normal = try? MultivariateNormal(mean: model.means[c], covariance: model.covariances[c]) else {
            let when = iteration == 0 ? "in the initial parameters" : "at iteration \(iteration)"
            throw EMError("component \(c) collapsed \(when): its covariance is not positive definite")
        }
        normals.append(normal)
    }
    let logWeights = model.weights.map { log($0) }
    var total = 0.0
    let terms = data.map { point in
        let row = (0..<model.componentCount).map { logWeights[$0] + normals[$0].logDensity(at: point) }
        total += logSumExp(row)
        return row
    }
    return (terms, total)
}
