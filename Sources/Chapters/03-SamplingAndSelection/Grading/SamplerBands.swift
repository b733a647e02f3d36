import EMKit
import Foundation
import SubmissionCalls

/// The statistical checks on a student's mixture sampler.
///
/// Over `SamplerBands.draws` points from each model and seed, every check compares a
/// statistic with the model's value within `z = 5.5` standard errors:
/// * the frequency of component k: binomial, `|nₖ/N − πₖ| ≤ z √(πₖ(1 − πₖ)/N)`;
/// * each coordinate of component k's sample mean: `|x̄ₐ − μₐ| ≤ z √(Σₐₐ/nₖ)`;
/// * each entry of its sample covariance (normal approximation of a Gaussian sample
///   covariance): `|Sₐᵦ − Σₐᵦ| ≤ z √((ΣₐₐΣᵦᵦ + Σₐᵦ²)/nₖ)`.
/// A correct sampler fails one check with probability about 3.8e−8 (two-sided normal tail at
/// 5.5); there are 144 checks (2 models × 3 seeds × (3 + 6 + 9) and (3 + 9 + 18)), so the
/// chance that a correct sampler fails anything is below 6e−6. The seeds are fixed, but a
/// correct sampler written another way draws other points, hence the bands. Typical mistakes
/// miss by far more: weights ignored (frequencies off by ≥ 0.1 where the band is ≈ 0.018),
/// the covariance used as the factor (Σ² instead of Σ), the factor transposed (LᵀL instead
/// of LLᵀ): the models' correlations make those differ by 0.25 or more where the covariance
/// bands are ≈ 0.1.
enum SamplerBands {
    static let z = 5.5
    static let draws = 20_000
    static let seeds: [UInt32] = [11, 12, 13]

    /// The notebook's model and a 3-D model with strong correlations and uneven weights.
    static let models: [GaussianMixture] = [
        Chapter03Notebook.trueModel,
        GaussianMixture(
            weights: [0.15, 0.35, 0.5],
            means: [[0, 0, 0], [3, -2, 1], [-2, 4, 2]],
            covariances: [[[2, 1.2, 0.6], [1.2, 1.5, 0.4], [0.6, 0.4, 1]],
                          [[1, -0.7, 0.3], [-0.7, 1.2, -0.5], [0.3, -0.5, 0.8]],
                          [[0.5, 0.2, 0], [0.2, 2, 0.9], [0, 0.9, 1.1]]]),
    ]

    static var requests: [SampleMixtureRequest] {
        models.flatMap { model in seeds.map { SampleMixtureRequest(count: draws, seed: $0, model: model) } }
    }

    enum Aspect { case frequencies, means, covariances }

    /// The first check of `aspect` that fails on one request's draws, or nil.
    static func failure(_ aspect: Aspect, request: SampleMixtureRequest, got: SampleResponse) -> String? {
        let model = request.model, k = model.componentCount, d = model.dimension
        let label = "\(request.count) draws from a \(d)-D model with weights \(model.weights.map(show).joined(separator: ", ")) (seed \(request.seed))"
        guard got.samples.count == request.count, got.labels.count == request.count else {
            return "\(label): got \(got.samples.count) samples and \(got.labels.count) labels where \(request.count) of each are expected"
        }
        guard got.samples.allSatisfy({ $0.count == d && $0.allSatisfy(\.isFinite) }) else {
            return "\(label): every sample must have \(d) finite coordinates"
        }
        guard got.labels.allSatisfy({ (0..<k).contains($0) }) else { return "\(label): labels must lie in 0..<\(k)" }
        let groups = (0..<k).map { c in got.labels.indices.filter { got.labels[$0] == c }.map { got.samples[$0] } }
        let n = Double(request.count)
        switch aspect {
        case .frequencies:
            for c in 0..<k {
                let p = model.weights[c], f = Double(groups[c].count) / n
                let band = z * (p * (1 - p) / n).squareRoot()
                if abs(f - p) > band {
                    let uniform = groups.allSatisfy { abs(Double($0.count) / n - 1 / Double(k)) <= z * (1 / Double(k) / n).squareRoot() }
                    return "\(label): component \(c) drawn \(String(format: "%.4f", f)) of the time, outside \(show(p)) ± \(String(format: "%.4f", band))"
                        + (uniform ? "; every component is drawn equally often: does the choice use the weights?" : "")
                }
            }
        case .means, .covariances:
            for c in 0..<k {
                let points = groups[c]
                guard points.count >= 10 else { return "\(label): component \(c) was drawn only \(points.count) times" }
                let sigma = model.covariances[c], m = Double(points.count)
                if aspect == .means {
                    let mean = columnMeans(points)
                    for a in 0..<d where abs(mean[a] - model.means[c][a]) > z * (sigma[a][a] / m).squareRoot() {
                        return "\(label): component \(c)'s sample mean has coordinate \(a) at \(show(mean[a])), outside \(show(model.means[c][a])) ± \(show(z * (sigma[a][a] / m).squareRoot()))"
                    }
                } else {
                    let s = sampleCovariance(points)
                    if let entry = outside(s, sigma, m) {
                        return "\(label): component \(c)'s sample covariance has entry [\(entry.0)][\(entry.1)] at \(show(s[entry.0][entry.1])) where the model's is \(show(sigma[entry.0][entry.1]))" + diagnose(s, sigma, m)
                    }
                }
            }
        }
        return nil
    }

    /// The first entry of `s` outside its band around `sigma`.
    static func outside(_ s: Matrix, _ sigma: Matrix, _ m: Double) -> (Int, Int)? {
        for a in sigma.indices {
            for b in 0...a where abs(s[a][b] - sigma[a][b]) > z * ((sigma[a][a] * sigma[b][b] + sigma[a][b] * sigma[a][b]) / m).squareRoot() {
                return (a, b)
            }
        }
        return nil
    }

    /// Names a typical mistake when the sample covariance fits it instead of the model.
    static func diagnose(_ s: Matrix, _ sigma: Matrix, _ m: Double) -> String {
        guard let l = try? Cholesky(sigma).lower else { return "" }
        let d = sigma.count
        let product: (Matrix, Matrix) -> Matrix = { a, b in (0..<d).map { i in (0..<d).map { j in (0..<d).reduce(0.0) { $0 + a[i][$1] * b[$1][j] } } } }
        let lt = LinearAlgebra.transpose(l)
        if outside(s, product(sigma, sigma), m) == nil { return "; it matches Σ·Σ: is the covariance itself used where its Cholesky factor belongs?" }
        if outside(s, product(lt, l), m) == nil { return "; it matches LᵀL: is the factor transposed (x = μ + L z with L lower triangular)?" }
        return ""
    }
}
