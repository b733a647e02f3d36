import EMKit
import Reference
import Foundation
import Testing

/// `fitMixture` against scikit-learn's `GaussianMixture` on the same data and the same start
/// (`Scripts/make_sklearn_fixtures.py`).
@Suite("the mixture EM agrees with scikit-learn")
struct SklearnAgreementTests {
    struct Fixture: Decodable {
        struct Start: Decodable { var weights: [Double]; var means: [[Double]]; var covariances: [[[Double]]] }
        struct Result: Decodable {
            var weights: [Double]; var means: [[Double]]; var covariances: [[[Double]]]
            var lower_bound: Double; var lower_bounds: [Double]; var n_iter: Int; var converged: Bool
            var score_samples: [Double]; var predict_proba: [[Double]]; var predict: [Int]
            var score: Double; var bic: Double; var aic: Double
        }
        struct Run: Decodable, CustomTestStringConvertible {
            var name: String; var covariance_type: String; var data: [[Double]]
            var reg_covar: Double; var tol: Double; var max_iter: Int
            var start: Start?; var random_state: UInt32?; var n_init: Int?
            var sklearn_variant: String; var result: Result; var result_stock: Result?
            var testDescription: String { name }
        }
        var sklearn_version: String
        var runs: [Run]
    }

    static let fixture: Fixture? = try? Fixtures.load("sklearn_em.json")

    static func options(_ run: Fixture.Run) throws -> MixtureFitOptions {
        let type = try #require(CovarianceType(argument: run.covariance_type))
        return MixtureFitOptions(
            covarianceType: type, initialization: .random, restarts: run.n_init ?? 1, seed: run.random_state ?? 0,
            maxIterations: run.max_iter, tolerance: run.tol, regularization: run.reg_covar)
    }

    /// Each run is fitted once and shared by the tests below.
    static let fits: [String: Result<MixtureFit, any Error>] = Dictionary(
        uniqueKeysWithValues: (fixture?.runs ?? []).map { run in (run.name, Result { try fitRun(run) }) })

    static func fit(_ run: Fixture.Run) throws -> MixtureFit {
        try #require(fits[run.name]).get()
    }

    static func fitRun(_ run: Fixture.Run) throws -> MixtureFit {
        let data = try DataMatrix(run.data)
        let options = try options(run)
        if let start = run.start {
            return try fitMixture(data, from: GaussianMixture(weights: start.weights, means: start.means, covariances: start.covariances), options: options)
        }
        return try fitMixture(data, components: run.result.means.count, options: options)
    }

    @Test("the fixture was made by scikit-learn 1.9")
    func version() throws {
        let fixture = try #require(Self.fixture)
        #expect(fixture.sklearn_version.hasPrefix("1.9"))
        #expect(fixture.runs.count == 24)
    }

    // 1e-8 relative (absolute below 1): the two EMs take the same steps and differ only in
    // rounding (Cholesky of the covariance and forward substitution here, of the precision and
    // a matrix product there; sums centred on the old means here, one matrix product there).
    // Those differences stay below 1e-10 in these runs.
    @Test("same iterations, parameters, lower bounds as GaussianMixture.fit", arguments: fixture?.runs ?? [])
    func matchesFit(_ run: Fixture.Run) throws {
        let fit = try Self.fit(run)
        let expected = run.result
        #expect(fit.iterations == expected.n_iter)
        #expect(fit.converged == expected.converged)
        let n = Double(run.data.count)
        let pairs = zip(fit.model.weights, expected.weights).map { ($0, $1) }
            + zip(fit.model.means.joined(), expected.means.joined()).map { ($0, $1) }
            + zip(fit.model.covariances.joined().joined(), expected.covariances.joined().joined()).map { ($0, $1) }
            + zip(fit.logLikelihoods.dropLast().map { $0 / n }, expected.lower_bounds).map { ($0, $1) }
            + [(fit.lowerBound, expected.lower_bound), (fit.logLikelihood / n, expected.score)]
        for (a, b) in pairs { #expect(isClose(a, b, tolerance: 1e-8), "\(a) vs scikit-learn \(b)") }
        #expect(isClose(fit.bic, expected.bic, tolerance: 1e-8), "bic \(fit.bic) vs \(expected.bic)")
        #expect(isClose(fit.aic, expected.aic, tolerance: 1e-8), "aic \(fit.aic) vs \(expected.aic)")
    }

    // Stock scikit-learn computes a diagonal variance as avg_X2 − μ², which leaves about 3e-14
    // of rounding on the constant column's variance of exactly 0 + 1e-6: 3e-8 relative, which
    // moves its whole fit by up to ~1e-7 (the fixture's "result" is scikit-learn with the
    // centred sum, see the script). So stock agreement is checked to 1e-6, ten times that.
    @Test("stock scikit-learn on a constant column, within its own rounding noise",
          arguments: (fixture?.runs ?? []).filter { $0.result_stock != nil })
    func matchesStockOnConstantColumn(_ run: Fixture.Run) throws {
        let fit = try Self.fit(run)
        let expected = try #require(run.result_stock)
        #expect(run.sklearn_variant == "centred-diag-variance")
        #expect(fit.iterations == expected.n_iter)
        for (a, b) in zip(fit.model.weights + fit.model.means.joined(), expected.weights + expected.means.joined()) {
            #expect(isClose(a, b, tolerance: 1e-6), "\(a) vs stock scikit-learn \(b)")
        }
        #expect(isClose(fit.lowerBound, expected.lower_bound, tolerance: 1e-6))
    }

    @Test("score_samples, predict_proba and predict of the fitted model", arguments: fixture?.runs ?? [])
    func matchesQueries(_ run: Fixture.Run) throws {
        let fit = try Self.fit(run)
        let head = Array(run.data.prefix(5))
        let logDensities = try fit.model.logDensities(of: head)
        for (a, b) in zip(logDensities, run.result.score_samples) { #expect(isClose(a, b, tolerance: 1e-8), "\(a) vs \(b)") }
        let probabilities = try fit.model.membershipProbabilities(of: head)
        for (a, b) in zip(probabilities.joined(), run.result.predict_proba.joined()) { #expect(isClose(a, b, tolerance: 1e-8), "\(a) vs \(b)") }
        #expect(try fit.model.predict(head) == run.result.predict)
    }
}
