// edition: omit (the reference mixture engine; it would answer the exercises)
import EMKit
import Foundation

/// What the E-step needs from each component, computed once per iteration.
///
/// For `full` and `tied`: the lower Cholesky factor Lₖ of Σₖ (row-major d × d) and 1 / (Lₖ)ᵢᵢ,
/// so that `(x − μₖ)ᵀ Σₖ⁻¹ (x − μₖ) = ‖Lₖ⁻¹(x − μₖ)‖²` is one forward substitution and no
/// inverse is ever formed. For `diagonal` and `spherical`: the precisions 1 / σ²ₖᵢ.
/// In both cases `logConstants[k] = log πₖ − ½ d log 2π − ½ log|Σₖ|`.
struct ComponentFactors: Sendable {
    var factors: [Double]
    var inverseDiagonals: [Double]
    var logConstants: [Double]

    /// - Parameter iteration: names the iteration that produced `parameters` in errors
    ///   (0 for the starting parameters).
    /// - Throws: `EMError` naming the component whose covariance is not positive definite.
    init(_ parameters: FlatMixture, iteration: Int) throws(EMError) {
        let k = parameters.components, d = parameters.dimension
        let stride = FlatMixture.covarianceStride(parameters.type, dimension: d)
        factors = Array(repeating: 0, count: k * stride)
        inverseDiagonals = Array(repeating: 0, count: k * d)
        logConstants = Array(repeating: 0, count: k)
        let halfDLog2Pi = 0.5 * Double(d) * log(2 * Double.pi)
        for c in 0..<k {
            var halfLogDet = 0.0
            let base = c * stride
            if parameters.type.usesTriangularFactor {
                for j in 0..<d {
                    var pivot = parameters.covariances[base + j * d + j]
                    for m in 0..<j { pivot -= factors[base + j * d + m] * factors[base + j * d + m] }
                    guard pivot > 0, pivot.isFinite else { throw Self.collapse(c, iteration, parameters) }
                    let root = pivot.squareRoot()
                    factors[base + j * d + j] = root
                    inverseDiagonals[c * d + j] = 1 / root
                    halfLogDet += log(root)
                    for i in (j + 1)..<d {
                        var sum = parameters.covariances[base + i * d + j]
                        for m in 0..<j { sum -= factors[base + i * d + m] * factors[base + j * d + m] }
                        factors[base + i * d + j] = sum / root
                    }
                }
            } else {
                for i in 0..<d {
                    let variance = parameters.covariances[base + i]
                    guard variance > 0, variance.isFinite else { throw Self.collapse(c, iteration, parameters) }
                    factors[base + i] = variance
                    inverseDiagonals[c * d + i] = 1 / variance
                    halfLogDet += 0.5 * log(variance)
                }
            }
            logConstants[c] = log(parameters.weights[c]) - halfDLog2Pi - halfLogDet
        }
    }

    private static func collapse(_ component: Int, _ iteration: Int, _ parameters: FlatMixture) -> EMError {
        let when = iteration == 0 ? "at iteration 0 (the starting parameters)" : "at iteration \(iteration)"
        let what = parameters.type.usesTriangularFactor ? "its covariance is not positive definite" : "a variance is zero or not finite"
        return EMError("component \(component) collapsed \(when): \(what) (weight \(parameters.weights[component])); a larger regularization keeps it positive definite")
    }
}
