// edition: omit (the reference variances, seeding, starts, fits and queries answer chapter 04's exercises)
import EMKit
import Foundation
import SubmissionCalls
import Reference

/// The kit's reference for chapter 04, checked against numpy and scikit-learn running the
/// lecture's procedure (`Tests/Chapter04FixtureTests.swift` in this chapter's folder). Fits and
/// queries use the kit's mixture engine (`fitMixture(_:from:options:)`, `GaussianMixture`'s
/// queries); the variances, the seeding and the start are written out here.
/// Its members are internal: the submission scan flags every public name of an omitted file.
public enum Chapter04Reference {
    static func engineType(_ shape: CovarianceShape) -> CovarianceType {
        switch shape {
        case .full: return .full
        case .diagonal: return .diagonal
        case .spherical: return .spherical
        }
    }

    /// `Σᵢ rᵢₖ (xᵢⱼ − μₖⱼ)² / Nₖ` for every k and j.
    static func diagonalVariances(data: Matrix, resp: Matrix, counts: Vector, means: Matrix) -> Matrix {
        counts.indices.map { k in
            means[k].indices.map { j in
                var sum = 0.0
                for i in data.indices {
                    let delta = data[i][j] - means[k][j]
                    sum += resp[i][k] * delta * delta
                }
                return sum / counts[k]
            }
        }
    }

    /// The pseudo-code's `σ²ₖ`: the mean over coordinates of the diagonal variances.
    static func sphericalVariances(data: Matrix, resp: Matrix, counts: Vector, means: Matrix) -> Vector {
        diagonalVariances(data: data, resp: resp, counts: counts, means: means).map { $0.sum / Double(max($0.count, 1)) }
    }

    /// One M-step of the given shape, `regularization` on every diagonal entry.
    static func mStep(data: Matrix, resp: Matrix, covariance: CovarianceShape, regularization: Double) -> GaussianMixture {
        let counts = resp.columnSums
        let d = data.first?.count ?? 0
        let means = counts.indices.map { k in
            var sum = Vector(repeating: 0, count: d)
            for i in data.indices { sum.add(data[i], scaledBy: resp[i][k]) }
            return sum.dividedBy(counts[k])
        }
        let covariances: [Matrix]
        switch covariance {
        case .full:
            covariances = counts.indices.map { k in
                var sum = LinearAlgebra.zeros(d, d)
                for i in data.indices {
                    let delta = data[i].minus(means[k])
                    sum.add(LinearAlgebra.outer(delta, delta), scaledBy: resp[i][k])
                }
                return sum.dividedBy(counts[k])
            }
        case .diagonal:
            covariances = diagonalVariances(data: data, resp: resp, counts: counts, means: means).map { v in
                (0..<d).map { i in (0..<d).map { j in i == j ? v[i] : 0 } }
            }
        case .spherical:
            covariances = sphericalVariances(data: data, resp: resp, counts: counts, means: means).map { LinearAlgebra.identity(d).times($0) }
        }
        let regularised = covariances.map { c in (0..<d).map { i in (0..<d).map { j in c[i][j] + (i == j ? regularization : 0) } } }
        return GaussianMixture(weights: counts.dividedBy(Double(data.count)), means: means, covariances: regularised)
    }

    static func squaredDistance(_ a: Vector, _ b: Vector) -> Double {
        var sum = 0.0
        for j in a.indices where j < b.count { sum += (a[j] - b[j]) * (a[j] - b[j]) }
        return sum
    }

    /// scikit-learn's k-means++ seeds (`kmeans_plusplus`) from `NumpyRandom(seed:)`.
    static func kMeansPlusPlus(data: Matrix, count: Int, seed: UInt32) -> [Int] {
        var random = NumpyRandom(seed: seed)
        return ScikitKMeans.plusPlus(data, count: count, random: &random)
    }

    /// Lloyd's iterations from the seed points, scikit-learn's rule: labels and iterations.
    static func kMeansLabels(data: Matrix, seeds: [Int], maxIterations: Int = 300, tolerance: Double = 1e-4) -> (labels: [Int], iterations: Int) {
        let result = ScikitKMeans.lloyd(data, seeds: seeds, maxIterations: maxIterations, tolerance: tolerance)
        return (result.labels, result.iterations)
    }

    /// The seeds of a run: scikit-learn's k-means++ or the lecture's random indices, from `NumpyRandom(seed:)`.
    static func seeds(data: Matrix, count: Int, kmeans: Bool, seed: UInt32) -> [Int] {
        if kmeans { return kMeansPlusPlus(data: data, count: count, seed: seed) }
        var random = NumpyRandom(seed: seed)
        return Chapter04Notebook.randomSeedIndices(points: data.count, count: count, random: &random)
    }

    /// One M-step on hard labels (responsibilities of 0 and 1).
    static func start(data: Matrix, labels: [Int], components: Int, covariance: CovarianceShape, regularization: Double) -> GaussianMixture {
        var resp = LinearAlgebra.zeros(data.count, components)
        for (i, label) in labels.enumerated() where (0..<components).contains(label) { resp[i][label] = 1 }
        return mStep(data: data, resp: resp, covariance: covariance, regularization: regularization)
    }

    /// scikit-learn's default start, `GaussianMixture(random_state=seed)`: k-means++, Lloyd, one M-step.
    static func kMeansStart(data: Matrix, components: Int, covariance: CovarianceShape, regularization: Double, seed: UInt32) -> GaussianMixture {
        let labels = kMeansLabels(data: data, seeds: kMeansPlusPlus(data: data, count: components, seed: seed)).labels
        return start(data: data, labels: labels, components: components, covariance: covariance, regularization: regularization)
    }

    /// The start of a run: the k-means start, or the lecture's random seeds with each point to its nearest.
    static func start(_ run: Chapter04Cases.Run, regularization: Double) -> (seeds: [Int], start: GaussianMixture) {
        let seeds = seeds(data: run.data, count: run.components, kmeans: run.kmeans, seed: run.seed)
        if run.kmeans {
            return (seeds, kMeansStart(data: run.data, components: run.components, covariance: run.covariance, regularization: regularization, seed: run.seed))
        }
        return (seeds, start(data: run.data, seeds: seeds, covariance: run.covariance, regularization: regularization))
    }

    /// Every point to its nearest seed (first on ties), then one M-step.
    static func start(data: Matrix, seeds: [Int], covariance: CovarianceShape, regularization: Double) -> GaussianMixture {
        let centers = seeds.map { data.indices.contains($0) ? data[$0] : [] }
        var resp = LinearAlgebra.zeros(data.count, seeds.count)
        for i in data.indices {
            let distances = centers.map { squaredDistance(data[i], $0) }
            var best = 0
            for k in distances.indices where distances[k] < distances[best] { best = k }
            resp[i][best] = 1
        }
        return mStep(data: data, resp: resp, covariance: covariance, regularization: regularization)
    }

    /// EM from `initial` with the library's stopping rule, by the kit's engine; the trace holds
    /// the mean log-likelihood each iteration started from.
    static func fit(data: Matrix, initial: GaussianMixture, covariance: CovarianceShape, maxIterations: Int,
                    tolerance: Double, regularization: Double) -> (model: GaussianMixture, meanLogLikelihoods: [Double], converged: Bool)? {
        guard let matrix = try? DataMatrix(data) else { return nil }
        let options = MixtureFitOptions(covarianceType: engineType(covariance), maxIterations: maxIterations,
                                        tolerance: tolerance, regularization: regularization)
        guard let fit = try? fitMixture(matrix, from: initial, options: options) else { return nil }
        return (fit.model, fit.logLikelihoods.dropLast().map { $0 / Double(data.count) }, fit.converged)
    }
}
