// edition: omit (the reference answers to chapter 05's exercises)
import EMKit
import Foundation
import SubmissionCalls
import Reference

/// The kit's reference for chapter 05: the same computations the exercise asks for, written
/// independently of `Solutions/` and tested against numpy (`Scripts/make_realdata_fixtures.py`).
public enum Chapter05Reference {
    /// Population standard deviation of each column (divide by N).
    public static func columnDeviations(_ data: Matrix) -> Vector {
        let means = columnMeans(data)
        return means.indices.map { j in
            (data.reduce(0) { $0 + ($1[j] - means[j]) * ($1[j] - means[j]) } / Double(data.count)).squareRoot()
        }
    }

    /// `(x − x̄) / s` column by column.
    public static func standardized(_ data: Matrix) -> Matrix {
        let means = columnMeans(data), deviations = columnDeviations(data)
        return data.map { row in zip(row, zip(means, deviations)).map { ($0 - $1.0) / $1.1 } }
    }

    /// The image section's starting parameters: seeded choice of K points, diagonal population
    /// variances, weights 1/K. Nil when K is out of range.
    public static func initialization(_ data: Matrix, components: Int, seed: UInt32) -> GaussianMixture? {
        var random = NumpyRandom(seed: seed)
        guard components >= 1, components <= data.count, let chosen = try? random.choice(data.count, count: components) else { return nil }
        let variances = columnDeviations(data).map { $0 * $0 }
        let covariance = variances.indices.map { i in variances.indices.map { j in i == j ? variances[i] : 0 } }
        return GaussianMixture(weights: Vector(repeating: 1 / Double(components), count: components),
                               means: chosen.map { data[$0] }, covariances: Array(repeating: covariance, count: components))
    }

    /// The reference EM (the notebook's, `fitNotebookEM`) from that initialisation.
    public static func fit(_ data: Matrix, components: Int, seed: UInt32, maxiter: Int = 1000) -> EMFit? {
        guard let initial = initialization(data, components: components, seed: seed) else { return nil }
        return try? fitNotebookEM(data: data, initial: initial, maxIterations: maxiter)
    }

    /// `−Σₖ r log r` per row, with 0 log 0 = 0.
    public static func entropy(_ resp: Matrix) -> Vector {
        resp.map { row in row.reduce(0) { $1 > 0 ? $0 - $1 * log($1) : $0 } }
    }

    /// Indices by decreasing entropy, ties in index order, the first `count`.
    public static func mostUncertain(_ entropy: Vector, count: Int) -> [Int] {
        Array(entropy.enumerated().sorted { $0.element > $1.element || ($0.element == $1.element && $0.offset < $1.offset) }
            .map(\.offset).prefix(count))
    }

    /// `np.argmax` of each row.
    public static func assignments(_ resp: Matrix) -> [Int] {
        resp.map { row in
            var best = 0
            for k in row.indices where row[k] > row[best] { best = k }
            return best
        }
    }

    /// Counts of (cluster, class) pairs.
    public static func table(assignments: [Int], labels: [Int], clusters: Int, classes: Int) -> [[Int]] {
        var counts = [[Int]](repeating: [Int](repeating: 0, count: classes), count: clusters)
        for (k, c) in zip(assignments, labels) where counts.indices.contains(k) && (0..<classes).contains(c) { counts[k][c] += 1 }
        return counts
    }

    /// Σₖ maxᶜ table[k][c] / N.
    public static func purity(_ table: [[Int]]) -> Double {
        let total = table.reduce(0) { $0 + $1.reduce(0, +) }
        return Double(table.reduce(0) { $0 + ($1.max() ?? 0) }) / Double(total)
    }

    /// The mean entropy of the responsibilities at the notebook's stages: before EM (every point
    /// 1/K, the equal starting weights), after 1 and 20 iterations, and at the end; from one run,
    /// since the responsibilities after n iterations are those a run with `maxiter` n returns.
    public static func entropyStages(_ data: Matrix, components: Int, seed: UInt32) -> [Double]? {
        guard let initial = initialization(data, components: components, seed: seed) else { return nil }
        var responsibilities: [Int: Matrix] = [:]
        guard let fit = try? fitNotebookEM(data: data, initial: initial, observe: { responsibilities[$0.number] = $0.responsibilities }) else { return nil }
        var values = [log(Double(components))]
        for maxiter in Chapter05Runs.uncertaintyIterations {
            let resp = responsibilities[min(maxiter, fit.iterations)] ?? []
            values.append(entropy(resp).sum / Double(data.count))
        }
        return values
    }
}
