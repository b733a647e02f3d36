#if !STUDENT_EDITION
@testable import Autograder
import EMKit
import SubmissionCalls
import Foundation
import Testing

/// Chapter 03's reference against numpy running the notebook's code with the kit's seeds
/// (`Scripts/make_chapter03_fixtures.py` → `Fixtures/chapter03.json` beside this file, kept out of the student edition).
@Suite("chapter 03 against numpy")
struct Chapter03FixtureTests {
    struct Fixture: Decodable {
        struct Fit: Decodable {
            var start_means: Matrix; var weights: Vector; var means: Matrix; var covariances: [Matrix]
            var mean_nll: [Double]; var weight_trace: [Vector]; var permutation: [Int]
        }
        struct Row: Decodable { var k: Int; var start_means: Matrix; var mean_nll: Double; var iterations: Int; var bic: Double; var aic: Double }
        var numpy_version: String
        var seed: UInt32; var sweep_seed: UInt32; var max_iterations: Int; var tolerance: Double
        var sweep_max_iterations: Int; var sweep_tolerance: Double
        var samples: Matrix; var labels: [Int]
        var fit: Fit
        var sweep: [Row]
        var best_k_bic: Int; var best_k_aic: Int
    }

    static let fixture: Fixture? = {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/chapter03.json")
        return (try? Data(contentsOf: url)).flatMap { try? JSONDecoder().decode(Fixture.self, from: $0) }
    }()

    static func close(_ a: [Double], _ b: [Double], _ tolerance: Double) -> Bool {
        a.count == b.count && zip(a, b).allSatisfy { abs($0 - $1) <= tolerance * max(1, abs($1)) }
    }

    @Test("the 900 samples, labels and random start are numpy's, bit for bit")
    func samples() throws {
        let fixture = try #require(Self.fixture, "Fixtures/chapter03.json is missing")
        #expect(Chapter03Notebook.seed == fixture.seed && Chapter03Notebook.sweepSeed == fixture.sweep_seed)
        let sample = Chapter03Notebook.samples().sample
        #expect(sample.points == fixture.samples)
        #expect(sample.components == fixture.labels)
        #expect(Chapter03Notebook.initialParameters().means == fixture.fit.start_means)
    }

    // The reference works in log space and numpy with its own pdf: they agree to ~1e-12.
    @Test("the reference K = 3 fit, its traces and its matching are numpy's")
    func fit() throws {
        let fixture = try #require(Self.fixture, "Fixtures/chapter03.json is missing")
        let request = Chapter03Cases.fit
        #expect(request.maxIterations == fixture.max_iterations && request.tolerance == fixture.tolerance)
        let fit = try #require(Chapter03Reference.fit(samples: request.samples, initial: request.initial,
                                                      maxIterations: request.maxIterations, tolerance: request.tolerance))
        #expect(Self.close(fit.meanNLL, fixture.fit.mean_nll, 1e-10))
        #expect(fit.weightTrace.count == fixture.fit.weight_trace.count)
        for (a, b) in zip(fit.weightTrace, fixture.fit.weight_trace) { #expect(Self.close(a, b, 1e-9)) }
        for (a, b) in zip(fit.model.means, fixture.fit.means) { #expect(Self.close(a, b, 1e-9)) }
        #expect(Chapter03Reference.permutation(estimatedMeans: fit.model.means, trueMeans: Chapter03Notebook.trueModel.means) == fixture.fit.permutation)
    }

    /// The reference's sweep, run once for the tests below (K = 1 … 14, up to 800 iterations each).
    static let referenceSweep: [(row: SweepRow, iterations: Int)] = {
        let s = Chapter03Cases.sweep
        return Chapter03Reference.sweepRuns(samples: s.samples, maxComponents: s.maxComponents, seed: s.seed,
                                            maxIterations: s.maxIterations, tolerance: s.tolerance)
    }()

    // Every fit stops after numpy's iteration, though some run 800 iterations on nearly
    // collapsed components and one change of K = 4's NLL comes within 1.2e-11 of the tolerance.
    @Test("the reference sweep K = 1 … 14 is the notebook's, as numpy runs it, to the iteration")
    func sweep() throws {
        let fixture = try #require(Self.fixture, "Fixtures/chapter03.json is missing")
        let s = Chapter03Cases.sweep
        #expect(s.maxIterations == fixture.sweep_max_iterations && s.tolerance == fixture.sweep_tolerance && s.maxComponents == fixture.sweep.count)
        #expect(s.maxComponents == 14 && s.maxIterations == 800 && s.tolerance == 1e-8 && s.samples.count == 900)
        let rows = Self.referenceSweep.map(\.row)
        #expect(rows.count == fixture.sweep.count)
        for (row, expected) in zip(rows, fixture.sweep) {
            #expect(row.components == expected.k)
            #expect(Self.close([row.meanNLL, row.bic, row.aic], [expected.mean_nll, expected.bic, expected.aic], 1e-10), "K = \(expected.k)")
        }
        var random = NumpyRandom(seed: s.seed)
        for (run, expected) in zip(Self.referenceSweep, fixture.sweep) {
            let start = Chapter03Notebook.randomStart(components: expected.k, dimension: 2, random: &random)
            #expect(start.means == expected.start_means, "K = \(expected.k)")
            #expect(run.iterations == expected.iterations, "K = \(expected.k)")
        }
        #expect(rows.min { $0.bic < $1.bic }?.components == fixture.best_k_bic)
        #expect(rows.min { $0.aic < $1.aic }?.components == fixture.best_k_aic)
        #expect(fixture.best_k_bic == 3)
    }

    /// The quiz of the submission (the reference solutions under `--traits Solutions`).
    static let quiz: [QuizAnswer]? = IsolatedRunner.locate(timeLimit: 60).map { Chapter03Quiz.answers(SubmissionSession(runner: $0)) }

    // What `emkit quiz --chapter 3 --json` prints, against numpy running the notebook's functions.
    @Test("the quiz's 14 sweep values and best K by BIC and AIC are numpy's")
    func quizAgainstNumpy() throws {
        let fixture = try #require(Self.fixture, "Fixtures/chapter03.json is missing")
        let answers = try #require(Self.quiz, "the emkit program was not built next to the tests")
        func value(_ key: String) -> QuizValue? { answers.first { $0.key == key }?.value }
        guard case .numbers(let nll)? = value("sweep_mean_nll") else { Issue.record("no sweep_mean_nll: \(answers)"); return }
        #expect(nll.count == 14)
        #expect(Self.close(nll, fixture.sweep.map(\.mean_nll), 1e-9))
        #expect(value("best_k_bic") == .integer(fixture.best_k_bic))
        #expect(value("best_k_aic") == .integer(fixture.best_k_aic))
        let lowest = fixture.sweep.min { $0.mean_nll < $1.mean_nll }?.k ?? 0
        #expect(value("lowest_nll_k") == .integer(lowest))
        let wrong = answers.filter { !$0.correct }
        #expect(wrong.isEmpty, "\(wrong)")
    }
}
#endif
