// edition: omit (the reference mixture engine; it would answer the exercises)
import EMKit
import Foundation

/// What `fitMixture` produced: the model and how EM got there.
public struct MixtureFit: Sendable, Equatable {
    /// The fitted mixture; every covariance is written out as a d × d matrix, whatever the type.
    public var model: GaussianMixture
    /// The covariance type the fit used.
    public var covarianceType: CovarianceType
    /// The total log-likelihood `Σⱼ log Σₖ πₖ N(xⱼ | μₖ, Σₖ)` of the parameters each iteration
    /// started from, then of the returned model: `iterations + 1` entries.
    public var logLikelihoods: [Double]
    /// How many EM iterations ran (`n_iter_`).
    public var iterations: Int
    /// True when the mean log-likelihood changed by less than the tolerance (`converged_`).
    public var converged: Bool
    /// scikit-learn's `lower_bound_`: the mean per-point log-likelihood of the parameters the
    /// last iteration started from (−∞ when no iteration ran).
    public var lowerBound: Double
    /// N, the number of points fitted.
    public var pointCount: Int

    /// The total log-likelihood of the returned model.
    public var logLikelihood: Double { logLikelihoods.last ?? -.infinity }

    /// The number of free parameters (`_n_parameters` in scikit-learn).
    public var parameterCount: Int {
        covarianceType.parameterCount(components: model.componentCount, dimension: model.dimension)
    }

    /// The Bayesian information criterion `−2 ℓ + p ln N` (lower is better), with ℓ the total
    /// log-likelihood of the returned model and p the number of free parameters.
    public var bic: Double { -2 * logLikelihood + Double(parameterCount) * log(Double(pointCount)) }

    /// The Akaike information criterion `−2 ℓ + 2p` (lower is better).
    public var aic: Double { -2 * logLikelihood + 2 * Double(parameterCount) }
}
