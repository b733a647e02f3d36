import EMKit
import SubmissionCalls

/// Random inputs for chapter 02's five functions, drawn from uniforms only so that numpy
/// (`modular_inputs` in `Scripts/make_chapter02_fixtures.py`) draws the very same numbers.
///
/// In order: data uniform in [−5, 5), raw responsibilities uniform in [0.1, 1) normalised per
/// row, raw weights uniform in [0.5, 1.5) normalised, means uniform in [−3, 3), and per
/// cluster a covariance `A Aᵀ + 0.3 I` with A uniform in [−1, 1).
public struct ModularInputs: Sendable, Equatable {
    public var seed: UInt32
    public var data: Matrix
    public var resp: Matrix
    public var weights: Vector
    public var means: Matrix
    public var covariances: [Matrix]

    public init(seed: UInt32, points n: Int, dimension d: Int, clusters k: Int) {
        var random = NumpyRandom(seed: seed)
        func uniform(_ low: Double, _ high: Double) -> Double { low + (high - low) * random.uniform() }
        self.seed = seed
        data = (0..<n).map { _ in (0..<d).map { _ in uniform(-5, 5) } }
        resp = (0..<n).map { _ in
            let raw = (0..<k).map { _ in uniform(0.1, 1) }
            return raw.dividedBy(raw.sum)
        }
        let rawWeights = (0..<k).map { _ in uniform(0.5, 1.5) }
        weights = rawWeights.dividedBy(rawWeights.sum)
        means = (0..<k).map { _ in (0..<d).map { _ in uniform(-3, 3) } }
        covariances = (0..<k).map { _ in
            let a = (0..<d).map { _ in (0..<d).map { _ in uniform(-1, 1) } }
            return (0..<d).map { i in (0..<d).map { j in LinearAlgebra.dot(a[i], a[j]) + (i == j ? 0.3 : 0) } }
        }
    }

    /// The soft counts of `resp`, which the means and covariances requests are given.
    public var counts: Vector { resp.columnSums }

    /// "seed 21, 10 points, 2-D, 3 clusters", for feedback.
    public var label: String {
        "seed \(seed), \(data.count) points, \(data.first?.count ?? 0)-D, \(means.count) cluster\(means.count == 1 ? "" : "s")"
    }

    public var responsibilitiesRequest: ResponsibilitiesRequest {
        ResponsibilitiesRequest(data: data, model: GaussianMixture(weights: weights, means: means, covariances: covariances))
    }
    public var softCountsRequest: SoftCountsRequest { SoftCountsRequest(resp: resp) }
    public var weightsRequest: WeightsRequest { WeightsRequest(counts: counts) }
    public var meansRequest: MeansRequest { MeansRequest(data: data, resp: resp, counts: counts) }
    public var covariancesRequest: CovariancesRequest {
        CovariancesRequest(data: data, resp: resp, counts: counts, means: means)
    }
}
