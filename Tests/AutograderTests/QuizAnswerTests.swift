// edition: omit (checks the reference against numpy's answers, which the edition must not carry)
import Autograder
import EMKit
import Foundation
import Testing

/// The notebook's quiz answers from the submission, against numpy running the notebook's own
/// code (`Scripts/make_em_fixtures.py` → `Tests/EMKitTests/Fixtures/notebook_em.json`).
@Suite("quiz answers against numpy")
struct QuizAnswerTests {
    struct Fixture: Decodable {
        struct Run: Decodable {
            struct Result: Decodable {
                var weights: [Double]; var means: [[Double]]; var covariances: [[[Double]]]
                var loglikelihoods: [Double]; var iterations: Int; var progress: [String]
            }
            var name: String; var maxiter: Int; var result: Result
        }
        var runs: [Run]
    }

    static let fixture: Fixture? = {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("EMKitTests/Fixtures/notebook_em.json")
        return (try? Data(contentsOf: url)).flatMap { try? JSONDecoder().decode(Fixture.self, from: $0) }
    }()

    static let answers: Result<Chapter01Answers, CallFailure>? = IsolatedRunner.locate().map { runner in
        let session = SubmissionSession(runner: runner)
        return Result { () throws(CallFailure) in try Chapter01Quiz.studentAnswers(session) }
    }

    func notebook() throws -> (Chapter01Answers, Fixture.Run.Result) {
        let expected = try #require(Self.fixture?.runs.first { $0.name == "notebook" }?.result, "notebook_em.json is missing")
        let answers = try #require(Self.answers, "the emkit program was not built next to the tests").get()
        return (answers, expected)
    }

    // 1e-9: the notebook's numbers, from numpy; a correct EM agrees to about 1e-12.
    @Test("the weight of the first component is the notebook's 0.30071…")
    func weight() throws {
        let (got, expected) = try notebook()
        #expect(abs((got.first_component_weight ?? .nan) - expected.weights[0]) < 1e-9)
    }

    @Test("the means are the notebook's (second component, first dimension 4.94239…)")
    func means() throws {
        let (got, expected) = try notebook()
        #expect(got.means.count == expected.means.count)
        for (a, b) in zip(got.means.joined(), expected.means.joined()) { #expect(abs(a - b) < 1e-9) }
    }

    @Test("the variances are the notebook's (third component, first dimension 0.67114…)")
    func variances() throws {
        let (got, expected) = try notebook()
        #expect(got.covariances.count == expected.covariances.count)
        for (a, b) in zip(got.covariances.joined().joined(), expected.covariances.joined().joined()) { #expect(abs(a - b) < 1e-9) }
    }

    @Test("the log-likelihood rises monotonically through the notebook's 24 values, 23 iterations")
    func logLikelihood() throws {
        let (got, expected) = try notebook()
        #expect(got.loglikelihood_trend == "increasing")
        #expect(got.iterations == expected.iterations)
        #expect(got.last_progress_line == expected.progress.last)
        #expect(got.loglikelihoods.count == expected.loglikelihoods.count)
        for (a, b) in zip(got.loglikelihoods, expected.loglikelihoods) { #expect(abs(a - b) < 1e-9 * abs(b)) }
    }
}
