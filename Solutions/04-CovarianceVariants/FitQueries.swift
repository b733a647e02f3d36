#if Solutions || REFERENCE_COPY // built with --traits Solutions, or as a copy in Exercises/; a student's build skips it
// Chapter 04: EM for every covariance shape, and what a fitted mixture answers.
// The reference solution: the exercise with parts 6 to 10 filled in.
// Hints: `swift run emkit hint 04`.
import EMKit
import Foundation

/// The log of the mixture density at every point, the library's `score_samples`:
///
///     log p(xᵢ) = log Σₖ πₖ N(xᵢ | μₖ, Σₖ)
///
/// computed in log space: `logSumExp` of `log πₖ + log N(xᵢ | μₖ, Σₖ)` over k.
public func mixtureLogDensities(of points: Matrix, under model: GaussianMixture) -> Vector {
    var logDensities = Vector(repeating: .nan, count: points.count)
    // Part 6
    let normals = (0..<model.componentCount).map { k in try? MultivariateNormal(mean: model.means[k], covariance: model.covariances[k]) }
    for i in 0..<points.count {
        let logJoint = (0..<model.componentCount).map { k in
            log(model.weights[k]) + (normals[k]?.logDensity(at: points[i]) ?? .nan)
        }
        logDensities[i] = logSumExp(logJoint)
    }
    return logDensities
}

/// The membership probabilities of every point, the library's `predict_proba`: row i holds
/// `πₖ N(xᵢ | μₖ, Σₖ) / p(xᵢ)` for every k, the E-step's responsibilities, computed as
/// `exp(log πₖ + log N(xᵢ | μₖ, Σₖ) − log p(xᵢ))` so that no density underflows.
public func membershipProbabilities(of points: Matrix, under model: GaussianMixture) -> Matrix {
    var memberships = Array(repeating: Vector(repeating: .nan, count: model.componentCount), count: points.count)
    // Part 7
    let normals = (0..<model.componentCount).map { k in try? MultivariateNormal(mean: model.means[k], covariance: model.covariances[k]) }
    for i in 0..<points.count {
        let logJoint = (0..<model.componentCount).map { k in
            log(model.weights[k]) + (normals[k]?.logDensity(at: points[i]) ?? .nan)
        }
        let total = logSumExp(logJoint)
        memberships[i] = logJoint.map { exp($0 - total) }
    }
    return memberships
}

/// The most probable component of every point, the library's `predict`: the k with the largest
/// membership (the first one on a tie).
public func predictComponents(of points: Matrix, under model: GaussianMixture) -> [Int] {
    var labels = [Int](repeating: -1, count: points.count)
    // Part 8
    for (i, row) in membershipProbabilities(of: points, under: model).enumerated() {
        var best = 0
        for k in row.indices where row[k] > row[best] { best = k }
        labels[i] = best
    }
    return labels
}

/// EM for a covariance shape, stopping the way the library does.
///
/// Each iteration: the mean log-density of the data under the current model (part 6, averaged)
/// and the memberships (part 7), then the M-step (part 3) with `covariance` and
/// `regularization`. `meanLogLikelihoods` gets the mean log-density of every iteration; EM stops
/// after the first iteration whose value differs from the previous one by less than `tolerance`
/// (`converged` is then true; the first iteration has no previous value), or after
/// `maxIterations`. The defaults are the library's.
public func fitCovarianceVariant(
    data: Matrix, initial: GaussianMixture, covariance: CovarianceShape,
    maxIterations: Int = 100, tolerance: Double = 1e-3, regularization: Double = 1e-6
) -> (model: GaussianMixture, meanLogLikelihoods: [Double], converged: Bool) {
    var model = initial
    var meanLogLikelihoods: [Double] = []
    var converged = false
    var previous = -Double.infinity
    for _ in 0..<max(maxIterations, 0) {
        var ll = Double.nan
        // Part 9
        ll = mixtureLogDensities(of: data, under: model).sum / Double(data.count)
        let resp = membershipProbabilities(of: data, under: model)
        model = mixtureMStep(data: data, resp: resp, covariance: covariance, regularization: regularization)
        meanLogLikelihoods.append(ll)
        if abs(ll - previous) < tolerance {
            converged = true
            break
        }
        previous = ll
    }
    return (model, meanLogLikelihoods, converged)
}

/// New points from a fitted mixture: the fit is a generative model. Draws `count` points with
/// chapter 03's `sampleMixture`, and returns them with the component each came from.
public func sampleFromFit(_ model: GaussianMixture, count: Int, random: inout NumpyRandom) -> (samples: Matrix, labels: [Int]) {
    var drawn: (samples: Matrix, labels: [Int]) = ([], [])
    // Part 10
    drawn = sampleMixture(count: count, weights: model.weights, means: model.means, covariances: model.covariances, random: &random)
    return drawn
}
#endif
