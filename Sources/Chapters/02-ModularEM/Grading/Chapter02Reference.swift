// edition: omit (the reference E-step and M-step functions answer chapter 02's exercises)
import EMKit
import Foundation
import SubmissionCalls
import Reference

/// The kit's reference for chapter 02's five functions, written independently of the exercise
/// (the E-step in log space) checked against numpy running the notebook's own functions
/// (`Tests/Chapter02FixtureTests.swift` in this chapter's folder).
/// Its members are internal: the submission scan flags every public name of an omitted file,
/// and names like `weights` or `fit` must stay free for students.
public enum Chapter02Reference {
    /// `resp[i][k] = πₖ N(xᵢ | μₖ, Σₖ) / Σₗ πₗ N(xᵢ | μₗ, Σₗ)`; nil if a covariance is not
    /// symmetric positive definite.
    static func responsibilities(data: Matrix, weights: Vector, means: Matrix, covariances: [Matrix]) -> Matrix? {
        var normals: [MultivariateNormal] = []
        for k in means.indices {
            guard let normal = try? MultivariateNormal(mean: means[k], covariance: covariances[k]) else { return nil }
            normals.append(normal)
        }
        return data.map { x in
            let terms = means.indices.map { log(weights[$0]) + normals[$0].logDensity(at: x) }
            let total = logSumExp(terms)
            return terms.map { exp($0 - total) }
        }
    }

    /// `Nₖ = Σᵢ resp[i][k]`.
    static func softCounts(resp: Matrix) -> Vector { resp.columnSums }

    /// `πₖ = Nₖ / Σₗ Nₗ`.
    static func weights(counts: Vector) -> Vector {
        let total = counts.sum
        return counts.map { $0 / total }
    }

    /// `μₖ = Σᵢ resp[i][k] xᵢ / Nₖ`.
    static func means(data: Matrix, resp: Matrix, counts: Vector) -> Matrix {
        counts.indices.map { k in
            let d = data.first?.count ?? 0
            return (0..<d).map { a in data.indices.reduce(0.0) { $0 + resp[$1][k] * data[$1][a] } / counts[k] }
        }
    }

    /// `Σₖ = Σᵢ resp[i][k] (xᵢ − μₖ)(xᵢ − μₖ)ᵀ / Nₖ` about the given means.
    static func covariances(data: Matrix, resp: Matrix, counts: Vector, means: Matrix) -> [Matrix] {
        counts.indices.map { k in
            let d = data.first?.count ?? 0
            return (0..<d).map { a in
                (0..<d).map { b in
                    data.indices.reduce(0.0) { $0 + resp[$1][k] * (data[$1][a] - means[k][a]) * (data[$1][b] - means[k][b]) } / counts[k]
                }
            }
        }
    }

    /// The five functions' reference answers on one set of inputs.
    static func outputs(_ inputs: ModularInputs) -> ModularOutputs? {
        guard let resp = responsibilities(data: inputs.data, weights: inputs.weights, means: inputs.means, covariances: inputs.covariances) else { return nil }
        let counts = softCounts(resp: inputs.resp)
        return ModularOutputs(
            responsibilities: resp, counts: counts, weights: weights(counts: counts),
            means: means(data: inputs.data, resp: inputs.resp, counts: counts),
            covariances: covariances(data: inputs.data, resp: inputs.resp, counts: counts, means: inputs.means))
    }

    /// The reference EM's states on one run (`fitNotebookEM`: the same updates, in log space).
    static func steps(_ request: EMAlgorithmRequest) -> [EMIteration] {
        var steps: [EMIteration] = []
        _ = try? fitNotebookEM(data: request.data, initial: request.initial, maxIterations: request.maxiter,
                               tolerance: request.thresh) { steps.append($0) }
        return steps
    }
}

/// What the five functions return on one set of inputs.
struct ModularOutputs: Sendable {
    var responsibilities: Matrix
    var counts: Vector
    var weights: Vector
    var means: Matrix
    var covariances: [Matrix]
}
