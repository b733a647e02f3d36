#if !STUDENT_EDITION
@testable import Autograder
import EMKit
import Reference
import Foundation
import Testing

/// Chapter 04's reference against numpy and scikit-learn 1.9.1 running the lecture's procedure
/// from the same starts (`Scripts/make_chapter04_fixtures.py` → `Tests/EMKitTests/Fixtures/chapter04.json`,
/// kept out of the student edition).
@Suite("chapter 04 against numpy and scikit-learn")
struct Chapter04FixtureTests {
    struct Fixture: Decodable {
        struct Start: Decodable { var weights: Vector; var means: Matrix; var covariances: [Matrix] }
        struct Run: Decodable {
            var name: String; var components: Int; var covariance: String; var `init`: String; var seed: UInt32; var seeds: [Int]
            var start: Start; var trace: [Double]; var converged: Bool; var iterations: Int
            var weights: Vector; var means: Matrix; var covariances: [Matrix]
            var predict_proba: Matrix; var predict: [Int]; var score_samples: Vector
        }
        struct Seeding: Decodable { var data: String; var count: Int; var seed: UInt32; var seeds: [Int] }
        var sklearn_version: String; var numpy_version: String
        var reg_covar: Double; var tol: Double; var max_iter: Int; var data_seed: UInt32; var panel_points: Int
        struct Sets: Decodable { var moons, blobs, varied, moons_panel, circles, aniso, unbalanced: Matrix }
        var data: Sets
        var runs: [Run]
        var seeding: [Seeding]
    }

    static let fixture: Fixture? = {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("EMKitTests/Fixtures/chapter04.json")
        return (try? Data(contentsOf: url)).flatMap { try? JSONDecoder().decode(Fixture.self, from: $0) }
    }()

    /// `|a − b| ≤ tolerance · max(1, |b|)` entry by entry.
    static func close(_ a: [Double], _ b: [Double], _ tolerance: Double) -> Bool {
        a.count == b.count && zip(a, b).allSatisfy { abs($0 - $1) <= tolerance * max(1, abs($1)) }
    }

    static func close(_ a: Matrix, _ b: Matrix, _ tolerance: Double) -> Bool {
        a.count == b.count && zip(a, b).allSatisfy { close($0, $1, tolerance) }
    }

    static let shapes: [String: CovarianceShape] = ["full": .full, "diag": .diagonal, "spherical": .spherical]

    // make_* agree with scikit-learn to rounding (numpy's cos/sin against the C library's).
    @Test("the lecture's data sets are scikit-learn's, with the kit's seeds and sizes")
    func data() throws {
        let fixture = try #require(Self.fixture, "Fixtures/chapter04.json is missing")
        #expect(fixture.data_seed == Chapter04Notebook.dataSeed && fixture.panel_points == Chapter04Notebook.panelPoints)
        let sets = fixture.data
        #expect(Self.close(Chapter04Cases.moons, sets.moons, 1e-12))
        let names = ["blobs": sets.blobs, "varied": sets.varied, "moons": sets.moons_panel, "circles": sets.circles,
                     "anisotropic": sets.aniso, "unbalanced": sets.unbalanced]
        for (panel, expected) in names {
            #expect(Self.close(Chapter04Cases.panels[panel] ?? [], expected, 1e-12), "\(panel)")
        }
        #expect(Chapter04Cases.regularization == fixture.reg_covar && Chapter04Cases.tolerance == fixture.tol
                && Chapter04Cases.maxIterations == fixture.max_iter)
    }

    @Test("k-means++ seeds and random seeds are numpy's, index for index")
    func seeding() throws {
        let fixture = try #require(Self.fixture, "Fixtures/chapter04.json is missing")
        for (request, expected) in zip(Chapter04Cases.seeding, fixture.seeding) {
            #expect(request.count == expected.count && request.seed == expected.seed)
            #expect(Chapter04Reference.kMeansPlusPlus(data: request.data, count: request.count, seed: request.seed) == expected.seeds)
        }
        #expect(Chapter04Cases.runs.map(\.name) == fixture.runs.map(\.name))
        for (run, expected) in zip(Chapter04Cases.runs, fixture.runs) {
            #expect(run.kmeansPlusPlus == (expected.`init` == "kmeans++") && run.seed == expected.seed && run.components == expected.components)
            #expect(Chapter04Reference.seeds(data: run.data, count: run.components, kmeansPlusPlus: run.kmeansPlusPlus, seed: run.seed) == expected.seeds,
                    "\(run.name)")
        }
    }

    // The starts are one M-step on hard assignments: numpy's to ~1e-13. The fits run by the
    // kit's engine in log space against scikit-learn's: ~1e-10 after at most 47 iterations.
    @Test("every start and fit (spherical, diagonal, full) is scikit-learn's from the same start")
    func fits() throws {
        let fixture = try #require(Self.fixture, "Fixtures/chapter04.json is missing")
        for (run, expected) in zip(Chapter04Cases.runs, fixture.runs) {
            let shape = try #require(Self.shapes[expected.covariance])
            #expect(run.covariance == shape)
            let start = Chapter04Reference.start(data: run.data, seeds: expected.seeds, covariance: shape, regularization: fixture.reg_covar)
            #expect(Self.close(start.weights, expected.start.weights, 1e-12), "\(run.name)")
            #expect(Self.close(start.means, expected.start.means, 1e-12), "\(run.name)")
            for (a, b) in zip(start.covariances, expected.start.covariances) { #expect(Self.close(a, b, 1e-12), "\(run.name)") }
            let fit = try #require(Chapter04Reference.fit(data: run.data, initial: start, covariance: shape, maxIterations: fixture.max_iter,
                                                          tolerance: fixture.tol, regularization: fixture.reg_covar))
            #expect(fit.meanLogLikelihoods.count == expected.iterations && fit.converged == expected.converged, "\(run.name)")
            #expect(Self.close(fit.meanLogLikelihoods, expected.trace, 1e-10), "\(run.name)")
            #expect(Self.close(fit.model.weights, expected.weights, 1e-9), "\(run.name)")
            #expect(Self.close(fit.model.means, expected.means, 1e-9), "\(run.name)")
            for (a, b) in zip(fit.model.covariances, expected.covariances) { #expect(Self.close(a, b, 1e-9), "\(run.name)") }
            let head = Array(run.data.prefix(8))
            #expect(Self.close(try fit.model.logDensities(of: head), expected.score_samples, 1e-9), "\(run.name)")
            #expect(Self.close(try fit.model.membershipProbabilities(of: head), expected.predict_proba, 1e-9), "\(run.name)")
            #expect(try fit.model.predict(run.data) == expected.predict, "\(run.name)")
        }
    }

    @Test("the pseudo-code's spherical variance is the mean of the diagonal ones")
    func sphericalIsMeanOfDiagonal() {
        for m in Chapter04Cases.modular {
            let diagonal = Chapter04Reference.diagonalVariances(data: m.data, resp: m.resp, counts: m.counts, means: m.means)
            let spherical = Chapter04Reference.sphericalVariances(data: m.data, resp: m.resp, counts: m.counts, means: m.means)
            #expect(Self.close(spherical, diagonal.map { $0.sum / Double($0.count) }, 1e-14))
        }
    }
}
#endif
