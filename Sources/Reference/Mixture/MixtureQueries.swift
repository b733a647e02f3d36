// edition: omit (the reference mixture engine; it would answer the exercises)
import EMKit
import Foundation

/// Questions a fitted mixture answers about points: scikit-learn's `score_samples`,
/// `predict_proba`, `predict` and `sample`.
extension GaussianMixture {
    /// `log πₖ + log N(x | μₖ, Σₖ)` for every point (rows) and component (columns), by
    /// Cholesky factors of the covariances.
    ///
    /// - Throws: `InputError` if the model is not valid or a point has the wrong dimension.
    public func logJointDensities(of points: Matrix) throws(InputError) -> Matrix {
        try validate()
        var normals: [MultivariateNormal] = []
        for k in 0..<componentCount {
            do { normals.append(try MultivariateNormal(mean: means[k], covariance: covariances[k])) } catch {
                throw InputError(parameter: "covariances[\(k)]", "\(error)")
            }
        }
        let logWeights = weights.map { log($0) }
        var rows: Matrix = []
        rows.reserveCapacity(points.count)
        for (j, point) in points.enumerated() {
            guard point.count == dimension else { throw InputError(parameter: "points[\(j)]", "has \(point.count) coordinates, the model \(dimension)") }
            rows.append((0..<componentCount).map { logWeights[$0] + normals[$0].logDensity(at: point) })
        }
        return rows
    }

    /// The log of the mixture density at each point, `log Σₖ πₖ N(x | μₖ, Σₖ)`
    /// (`score_samples`), by log-sum-exp over the components.
    public func logDensities(of points: Matrix) throws(InputError) -> Vector {
        try logJointDensities(of: points).map(logSumExp)
    }

    /// The membership probabilities (responsibilities) `πₖ N(x | μₖ, Σₖ) / Σₗ πₗ N(x | μₗ, Σₗ)`
    /// of each point (`predict_proba`); every row sums to 1.
    public func membershipProbabilities(of points: Matrix) throws(InputError) -> Matrix {
        try logJointDensities(of: points).map { row in
            let total = logSumExp(row)
            return row.map { exp($0 - total) }
        }
    }

    /// The most probable component of each point (`predict`); ties go to the lowest index.
    public func predict(_ points: Matrix) throws(InputError) -> [Int] {
        try logJointDensities(of: points).map { row in
            var best = 0
            for k in row.indices where row[k] > row[best] { best = k }
            return best
        }
    }

    /// `count` points drawn from the mixture with numpy's generator seeded with `seed`, the
    /// notebook's way (`generateMoGData`): a component by weight, then a normal draw.
    public func sample(count: Int, seed: UInt32) throws(InputError) -> MixtureSample {
        var random = NumpyRandom(seed: seed)
        return try generateMoGData(count: count, model: self, random: &random)
    }
}
