#if !STUDENT_EDITION
@testable import Autograder
import EMKit
import Reference
import Foundation
import Testing

/// Chapter 02's reference against numpy running the modular-EM notebook's own functions
/// (`Scripts/make_chapter02_fixtures.py` → `Fixtures/chapter02.json` beside this file, kept out of the student edition): the data, the inputs
/// of the function items, each reference function, and both notebook runs.
@Suite("chapter 02 against numpy")
struct Chapter02FixtureTests {
    struct Fixture: Decodable {
        struct Case: Decodable {
            var seed: UInt32; var n: Int; var d: Int; var k: Int
            var data: Matrix; var resp: Matrix; var weights: Vector; var means: Matrix; var covariances: [Matrix]
            var responsibilities: Matrix; var counts: Vector; var new_weights: Vector; var new_means: Matrix; var new_covariances: [Matrix]
        }
        struct Run: Decodable {
            struct Initial: Decodable { var chosen: [Int]; var weights: Vector; var means: Matrix; var covariances: [Matrix] }
            struct Result: Decodable {
                var weights: Vector; var means: Matrix; var covariances: [Matrix]
                var loglikelihoods: [Double]; var iterations: Int; var progress: [String]
            }
            struct First: Decodable { var weights: Vector; var means: Matrix; var covariances: [Matrix]; var resp: Matrix; var loglikelihood: Double }
            var name: String; var data: Matrix; var `init`: Initial; var result: Result; var first_iteration: First
        }
        var numpy_version: String
        var function_cases: [Case]
        var runs: [Run]
    }

    static let fixture: Fixture? = {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/chapter02.json")
        return (try? Data(contentsOf: url)).flatMap { try? JSONDecoder().decode(Fixture.self, from: $0) }
    }()

    /// `|a − b| ≤ tolerance · max(1, |b|)` entry by entry, with matching shapes.
    static func close(_ a: [Double], _ b: [Double], _ tolerance: Double) -> Bool {
        a.count == b.count && zip(a, b).allSatisfy { abs($0 - $1) <= tolerance * max(1, abs($1)) }
    }
    static func close(_ a: Matrix, _ b: Matrix, _ tolerance: Double) -> Bool {
        a.count == b.count && zip(a, b).allSatisfy { close($0, $1, tolerance) }
    }
    static func close(_ a: [Matrix], _ b: [Matrix], _ tolerance: Double) -> Bool {
        a.count == b.count && zip(a, b).allSatisfy { close($0, $1, tolerance) }
    }

    // Inputs: uniforms are bit for bit numpy's; sums and products may differ in the last bit.
    // Outputs: the reference computes in log space, numpy with scipy's pdf; both agree to ~1e-13.
    @Test("the function items' inputs and the reference functions are numpy's")
    func functions() throws {
        let fixture = try #require(Self.fixture, "Fixtures/chapter02.json is missing")
        #expect(fixture.function_cases.count == 2)
        for c in fixture.function_cases {
            let inputs = ModularInputs(seed: c.seed, points: c.n, dimension: c.d, clusters: c.k)
            #expect(inputs.data == c.data)
            #expect(Self.close(inputs.resp, c.resp, 1e-15))
            #expect(Self.close(inputs.weights, c.weights, 1e-15))
            #expect(inputs.means == c.means)
            #expect(Self.close(inputs.covariances, c.covariances, 1e-15))
            let resp = try #require(Chapter02Reference.responsibilities(data: c.data, weights: c.weights, means: c.means, covariances: c.covariances))
            #expect(Self.close(resp, c.responsibilities, 1e-12))
            let counts = Chapter02Reference.softCounts(resp: c.resp)
            #expect(Self.close(counts, c.counts, 1e-13))
            #expect(Self.close(Chapter02Reference.weights(counts: c.counts), c.new_weights, 1e-13))
            #expect(Self.close(Chapter02Reference.means(data: c.data, resp: c.resp, counts: c.counts), c.new_means, 1e-12))
            #expect(Self.close(Chapter02Reference.covariances(data: c.data, resp: c.resp, counts: c.counts, means: c.means), c.new_covariances, 1e-12))
        }
    }

    @Test("the notebook's data, initialisation and both runs are numpy's", arguments: [0, 1])
    func run(_ index: Int) throws {
        let fixture = try #require(Self.fixture, "Fixtures/chapter02.json is missing")
        let expected = fixture.runs[index]
        let request = index == 0 ? Chapter02Quiz.twoClustersRun : Chapter02Quiz.threeClustersRun
        #expect(request.data == expected.data, "the data are numpy's generate_MoG_data bit for bit")
        #expect(request.initial.means == expected.`init`.means)
        #expect(Self.close(request.initial.covariances, expected.`init`.covariances, 1e-14))
        #expect(request.initial.weights == expected.`init`.weights)

        var steps: [EMIteration] = []
        let fit = try fitNotebookEM(data: request.data, initial: request.initial) { steps.append($0) }
        #expect(fit.iterations == expected.result.iterations)
        #expect(Self.close(fit.model.weights, expected.result.weights, 1e-9))
        #expect(Self.close(fit.model.means, expected.result.means, 1e-9))
        #expect(Self.close(fit.model.covariances, expected.result.covariances, 1e-9))
        #expect(Self.close(fit.logLikelihoods, expected.result.loglikelihoods, 1e-11))
        // No gain lies near the threshold, so rounding cannot change the iteration count.
        let gains = zip(expected.result.loglikelihoods.dropFirst(), expected.result.loglikelihoods).map { $0 - $1 }
        #expect(gains.allSatisfy { abs($0 - 1e-4) > 1e-6 })

        let first = try #require(steps.first)
        #expect(Self.close(first.responsibilities, expected.first_iteration.resp, 1e-10))
        #expect(Self.close(first.model.means, expected.first_iteration.means, 1e-10))
        #expect(Self.close(first.model.covariances, expected.first_iteration.covariances, 1e-10))
        #expect(abs(first.logLikelihood - expected.first_iteration.loglikelihood) < 1e-9 * abs(expected.first_iteration.loglikelihood))
    }
}
#endif
