#if !STUDENT_EDITION
@testable import Autograder
import EMKit
import Foundation
import Testing

/// Chapter 03's reference against numpy running the notebook's code with the kit's seeds
/// (`Scripts/make_chapter03_fixtures.py` → `Tests/EMKitTests/Fixtures/chapter03.json`, kept out of the student edition).
@Suite("chapter 03 against numpy")
struct Chapter03FixtureTests {
    struct Fixture: Decodable {
        struct Fit: Decodable {
            var start_means: Matrix; var weights: Vector; var means: Matrix; var covariances: [Matrix]
            var mean_nll: [Double]; var weight_trace: [Vector]; var permutation: [Int]
        }
        struct Row: Decodable { var k: Int; var start_means: Matrix; var mean_nll: Double; var iterations: Int; var bic: Double; var aic: Double }
        var numpy_version: String
        var seed: UInt32; var sweep_seed: UInt32; var max_iterations: Int; var tolerance: Double; var sweep_max_iterations: Int
        var samples: Matrix; var labels: [Int]
        var fit: Fit
        var sweep: [Row]
    }

    static let fixture: Fixture? = {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("EMKitTests/Fixtures/chapter03.json")
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

    @Test("the reference sweep K = 1 … 4 is numpy's, and BIC and AIC pick the true K = 3")
    func sweep() throws {
        let fixture = try #require(Self.fixture, "Fixtures/chapter03.json is missing")
        let s = Chapter03Cases.sweep
        #expect(s.maxIterations == fixture.sweep_max_iterations && s.maxComponents == fixture.sweep.count)
        let rows = Chapter03Reference.sweep(samples: s.samples, maxComponents: s.maxComponents, seed: s.seed,
                                            maxIterations: s.maxIterations, tolerance: s.tolerance)
        #expect(rows.count == fixture.sweep.count)
        for (row, expected) in zip(rows, fixture.sweep) {
            #expect(row.components == expected.k)
            #expect(Self.close([row.meanNLL, row.bic, row.aic], [expected.mean_nll, expected.bic, expected.aic], 1e-10))
        }
        #expect(rows.min { $0.bic < $1.bic }?.components == 3)
        #expect(rows.min { $0.aic < $1.aic }?.components == 3)
    }
}
#endif
