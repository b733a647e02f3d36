#if !STUDENT_EDITION
@testable import Autograder
import EMKit
import SubmissionCalls
import Reference
import Foundation
import Testing

/// Chapter 04's reference against numpy and scikit-learn 1.9.1 running the lecture's procedure
/// from the same starts (`Scripts/make_chapter04_fixtures.py` → `Fixtures/chapter04.json` beside this file,
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
            var kmeans_labels: [Int]?; var kmeans_iterations: Int?; var score: Double; var lower_bound: Double
        }
        struct Seeding: Decodable { var data: String; var count: Int; var seed: UInt32; var seeds: [Int]; var labels: [Int]; var iterations: Int }
        struct LectureCall: Decodable { var score: Double; var lower_bound: Double; var iterations: Int }
        var sklearn_version: String; var numpy_version: String
        var reg_covar: Double; var tol: Double; var max_iter: Int; var data_seed: UInt32; var panel_points: Int
        struct Sets: Decodable { var moons, blobs, varied, moons_panel, circles, aniso, unbalanced: Matrix }
        var data: Sets
        var runs: [Run]
        var seeding: [Seeding]
        var lecture: [String: LectureCall]
    }

    static let fixture: Fixture? = {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/chapter04.json")
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

    @Test("k-means++ seeds are scikit-learn's kmeans_plusplus, Lloyd's labels its KMeans, random seeds numpy's")
    func seeding() throws {
        let fixture = try #require(Self.fixture, "Fixtures/chapter04.json is missing")
        for (request, expected) in zip(Chapter04Cases.seeding, fixture.seeding) {
            #expect(request.count == expected.count && request.seed == expected.seed)
            let seeds = Chapter04Reference.kMeansPlusPlus(data: request.data, count: request.count, seed: request.seed)
            #expect(seeds == expected.seeds)
            let lloyd = Chapter04Reference.kMeansLabels(data: request.data, seeds: expected.seeds)
            #expect(lloyd.labels == expected.labels && lloyd.iterations == expected.iterations, "\(expected.data)")
        }
        #expect(Chapter04Cases.runs.map(\.name) == fixture.runs.map(\.name))
        for (run, expected) in zip(Chapter04Cases.runs, fixture.runs) {
            #expect(run.kmeans == (expected.`init` == "kmeans") && run.seed == expected.seed && run.components == expected.components)
            #expect(Chapter04Reference.seeds(data: run.data, count: run.components, kmeans: run.kmeans, seed: run.seed) == expected.seeds,
                    "\(run.name)")
            if let labels = expected.kmeans_labels {
                // KMeans(n_clusters=K, n_init=1, random_state=RandomState(seed)).fit(X).labels_
                let lloyd = Chapter04Reference.kMeansLabels(data: run.data, seeds: expected.seeds)
                #expect(lloyd.labels == labels && lloyd.iterations == expected.kmeans_iterations, "\(run.name)")
            }
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
            let start = Chapter04Reference.start(run, regularization: fixture.reg_covar).start
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
            let scores = try fit.model.logDensities(of: run.data)
            #expect(abs(scores.sum / Double(scores.count) - expected.score) <= 1e-10, "\(run.name)")
            #expect(abs((fit.meanLogLikelihoods.last ?? .nan) - expected.lower_bound) <= 1e-10, "\(run.name)")
        }
    }

    /// The chapter 04 quiz of the submission (the reference solutions under `--traits Solutions`).
    static let quiz: [QuizAnswer]? = IsolatedRunner.locate().map { Chapter04Quiz.answers(SubmissionSession(runner: $0)) }

    // The lecture's In [5] and In [6] as written, fitted by scikit-learn 1.9.1 itself: the quiz's
    // numbers come from the submission's own k-means start, EM and log-densities.
    @Test("the quiz's moons K = 2 and K = 16 are the lecture's GaussianMixture(..., random_state=0) calls, to 1e-6")
    func lectureCalls() throws {
        let fixture = try #require(Self.fixture, "Fixtures/chapter04.json is missing")
        let k2 = try #require(fixture.lecture["moons_k2"]), k16 = try #require(fixture.lecture["moons_k16"])
        let answers = try #require(Self.quiz, "the emkit program was not built next to the tests")
        func number(_ key: String) -> Double? {
            if case .number(let x)? = answers.first(where: { $0.key == key })?.value { return x }
            return nil
        }
        let got2 = try #require(number("moons_k2_mean_loglik"), "\(answers)"), got16 = try #require(number("moons_k16_mean_loglik"))
        #expect(abs(got2 - k2.score) <= 1e-6, "K = 2: \(got2) against scikit-learn's \(k2.score)")
        #expect(abs(got16 - k16.score) <= 1e-6, "K = 16: \(got16) against scikit-learn's \(k16.score)")
        #expect(answers.first { $0.key == "moons_k16_iterations" }?.value == .integer(k16.iterations))
        let wrong = answers.filter { !$0.correct }
        #expect(wrong.isEmpty, "\(wrong)")
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
