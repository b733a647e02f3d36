// edition: omit (the reference mixture engine; it would answer the exercises)
import EMKit
import Foundation

/// Fits a K-component Gaussian mixture by EM: scikit-learn's `GaussianMixture.fit`, in Swift.
///
/// Each start (`options.restarts` of them) is initialised as `options.initialization` says,
/// then iterated: one fused pass computes the responsibilities
/// `rⱼₖ = πₖ N(xⱼ | μₖ, Σₖ) / Σₗ πₗ N(xⱼ | μₗ, Σₗ)` (log space, Cholesky factors) and the
/// sufficient statistics, and the M-step updates the parameters (`mStep`). A start stops when
/// the mean per-point log-likelihood changes by less than `options.tolerance` between
/// iterations, or after `options.maxIterations`; the start with the highest final lower bound
/// is kept, the first one on ties.
///
/// - Throws: `EMError` if the options do not fit the data, or a component collapses (its
///   covariance stops being positive definite, possible only when `regularization` is 0),
///   naming the component and iteration; never returns NaN.
public func fitMixture(_ data: DataMatrix, components: Int, options: MixtureFitOptions = MixtureFitOptions()) throws(EMError) -> MixtureFit {
    do { try options.validate(components: components, points: data.rows, dimension: data.columns) } catch { throw EMError("\(error)") }
    var random = NumpyRandom(seed: options.seed)
    var best: MixtureFit? = nil
    for restart in 0..<options.restarts {
        let start = try initialParameters(data, components: components, options: options, restart: restart, random: &random)
        let fit = try runEM(data, from: start, options: options)
        if let current = best, !(fit.lowerBound > current.lowerBound) { continue }
        best = fit
    }
    guard let best else { throw EMError("no start was run (restarts must be at least 1)") }
    return best
}

/// EM from given starting parameters (scikit-learn's `weights_init`, `means_init` and
/// `precisions_init`); `options.initialization`, `restarts` and `seed` are not used.
/// The covariances are read in the shape of `options.covarianceType` (diagonal: their
/// diagonals; spherical: the mean of each diagonal; tied: the first one).
///
/// - Throws: `EMError` as `fitMixture(_:components:options:)` does.
public func fitMixture(_ data: DataMatrix, from initial: GaussianMixture, options: MixtureFitOptions = MixtureFitOptions()) throws(EMError) -> MixtureFit {
    do {
        try initial.validate(source: "initial model")
        try options.validate(components: initial.componentCount, points: data.rows, dimension: data.columns)
    } catch {
        throw EMError("\(error)")
    }
    guard initial.dimension == data.columns else {
        throw EMError("the initial model has \(initial.dimension) dimensions, the data \(data.columns)")
    }
    return try runEM(data, from: FlatMixture(initial, type: options.covarianceType), options: options)
}

/// Exactly `iterations` EM iterations from `initial`, with no convergence test and no final
/// scoring pass: what `emkit bench` times.
///
/// - Throws: `EMError` if the model does not fit the data, or when a component collapses.
public func mixtureEMIterations(
    _ data: DataMatrix, from initial: GaussianMixture, covarianceType: CovarianceType = .full,
    regularization: Double = 1e-6, iterations: Int
) throws(EMError) -> GaussianMixture {
    do {
        try initial.validate(source: "initial model")
        try MixtureFitOptions(regularization: regularization).validate(
            components: initial.componentCount, points: data.rows, dimension: data.columns)
    } catch {
        throw EMError("\(error)")
    }
    guard initial.dimension == data.columns else {
        throw EMError("the initial model has \(initial.dimension) dimensions, the data \(data.columns)")
    }
    var parameters = FlatMixture(initial, type: covarianceType)
    var factors = try ComponentFactors(parameters, iteration: 0)
    let lanes = LaneData(data)
    for iteration in stride(from: 1, through: iterations, by: 1) {
        let stats = dataPass(lanes, parameters, factors)
        parameters = try update(parameters, with: stats, regularization: regularization, iteration: iteration)
        factors = try ComponentFactors(parameters, iteration: iteration)
    }
    return parameters.model
}

/// One start: iterate until the stop rule, then score the final parameters.
func runEM(_ data: DataMatrix, from start: FlatMixture, options: MixtureFitOptions) throws(EMError) -> MixtureFit {
    let n = Double(data.rows)
    let lanes = LaneData(data)
    var parameters = start
    var factors = try ComponentFactors(parameters, iteration: 0)
    var trace: [Double] = []
    var lowerBound = -Double.infinity
    var converged = false
    var iterations = 0
    while iterations < options.maxIterations {
        iterations += 1
        let stats = dataPass(lanes, parameters, factors)
        guard stats.logLikelihood.isFinite else { throw nonFinite(stats.logLikelihood, iteration: iterations) }
        trace.append(stats.logLikelihood)
        let previous = lowerBound
        lowerBound = stats.logLikelihood / n
        parameters = try update(parameters, with: stats, regularization: options.regularization, iteration: iterations)
        factors = try ComponentFactors(parameters, iteration: iterations)
        if abs(lowerBound - previous) < options.tolerance {
            converged = true
            break
        }
    }
    let final = dataPass(lanes, parameters, factors).logLikelihood
    guard final.isFinite else { throw nonFinite(final, iteration: iterations + 1) }
    trace.append(final)
    return MixtureFit(
        model: parameters.model, covarianceType: options.covarianceType, logLikelihoods: trace,
        iterations: iterations, converged: converged, lowerBound: lowerBound, pointCount: data.rows)
}

/// The M-step, refusing parameters that are not finite.
private func update(_ parameters: FlatMixture, with stats: SufficientStatistics, regularization: Double, iteration: Int) throws(EMError) -> FlatMixture {
    let new = mStep(stats, from: parameters, regularization: regularization)
    guard new.isFinite else {
        let c = (0..<new.components).first { c in
            !new.weights[c].isFinite || new.means[(c * new.dimension)..<((c + 1) * new.dimension)].contains { !$0.isFinite }
        } ?? 0
        throw EMError("component \(c) collapsed at iteration \(iteration): its parameters are no longer finite numbers")
    }
    return new
}

private func nonFinite(_ value: Double, iteration: Int) -> EMError {
    EMError("the log-likelihood is \(value) at iteration \(iteration): some point has zero density under every component (data far out of range?)")
}
