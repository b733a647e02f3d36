import EMKit
import Reference
import Foundation
import Testing

/// The kit's reference EM (the autograder's oracle and `emkit fit --init notebook`) against
/// numpy running the notebook's own EM (`Scripts/make_em_fixtures.py`).
@Suite("the reference EM reproduces the notebook's EM")
struct NotebookEMTests {
    struct Fixture: Decodable {
        struct Run: Decodable, CustomTestStringConvertible {
            struct Initial: Decodable { var seed: UInt32; var chosen: [Int]; var weights: [Double]; var means: [[Double]]; var covariances: [[[Double]]] }
            struct Result: Decodable {
                var weights: [Double]; var means: [[Double]]; var covariances: [[[Double]]]
                var loglikelihoods: [Double]; var iterations: Int; var converged: Bool
            }
            var name: String; var data: [[Double]]; var `init`: Initial; var maxiter: Int; var thresh: Double; var result: Result
            var testDescription: String { name }
        }
        var runs: [Run]
    }

    static let fixture: Fixture? = try? Fixtures.load("notebook_em.json")

    @Test("the notebook's data and starting point come out of Chapter01Notebook")
    func notebookSetup() throws {
        let run = try #require(Self.fixture?.runs.first)
        let data = Chapter01Notebook.data()
        #expect(data == run.data)
        let initial = Chapter01Notebook.initialParameters(for: data)
        #expect(initial.means == run.`init`.means)
        #expect(initial.weights == run.`init`.weights)
        for (a, b) in zip(initial.covariances.joined().joined(), run.`init`.covariances.joined().joined()) { #expect(isClose(a, b, tolerance: 1e-14)) }
    }

    // 1e-9 relative: the two EMs differ only in rounding (log space vs products, Cholesky vs
    // inv/det), which stays below 1e-11 over these runs.
    @Test("same iteration count, parameters and log-likelihoods as numpy", arguments: fixture?.runs ?? [])
    func matchesNumpy(_ run: Fixture.Run) throws {
        let initial = try notebookInitialization(data: run.data, components: run.`init`.means.count, seed: run.`init`.seed)
        #expect(initial.means == run.`init`.means)
        let fit = try fitNotebookEM(data: run.data, initial: initial, maxIterations: run.maxiter, tolerance: run.thresh)
        #expect(fit.iterations == run.result.iterations)
        #expect(fit.converged == run.result.converged)
        let pairs = zip(fit.model.weights, run.result.weights).map { ($0, $1) }
            + zip(fit.model.means.joined(), run.result.means.joined()).map { ($0, $1) }
            + zip(fit.model.covariances.joined().joined(), run.result.covariances.joined().joined()).map { ($0, $1) }
            + zip(fit.logLikelihoods, run.result.loglikelihoods).map { ($0, $1) }
        for (a, b) in pairs { #expect(isClose(a, b, tolerance: 1e-9), "\(a) vs numpy \(b)") }
    }

    // The fast engine behind `emkit fit --init random|kmeans++` and `emkit bench`, started as
    // the notebook starts (`--init notebook`, same seed), without regularisation, for as many
    // M-steps as numpy's run took: the same parameters and log-likelihood trace, to the same
    // 1e-9. (Only the stop rule differs: the engine, like scikit-learn, tests the change found
    // by the E-step before its M-step, so left to itself it stops one M-step later.)
    @Test("the mixture engine, started as the notebook starts, gives numpy's notebook fit", arguments: fixture?.runs ?? [])
    func engineMatchesNumpy(_ run: Fixture.Run) throws {
        let options = MixtureFitOptions(initialization: .notebook, seed: run.`init`.seed,
                                        maxIterations: run.result.iterations, tolerance: 0, regularization: 0)
        let fit = try fitMixture(DataMatrix(run.data), components: run.`init`.means.count, options: options)
        #expect(fit.iterations == run.result.iterations)
        #expect(fit.logLikelihoods.count == run.result.loglikelihoods.count)
        let pairs = zip(fit.model.weights, run.result.weights).map { ($0, $1) }
            + zip(fit.model.means.joined(), run.result.means.joined()).map { ($0, $1) }
            + zip(fit.model.covariances.joined().joined(), run.result.covariances.joined().joined()).map { ($0, $1) }
            + zip(fit.logLikelihoods, run.result.loglikelihoods).map { ($0, $1) }
        for (a, b) in pairs { #expect(isClose(a, b, tolerance: 1e-9), "\(a) vs numpy \(b)") }
    }

    @Test("a collapsing component is an error naming it and the iteration")
    func collapse() {
        let data: Matrix = [[0, 0], [0, 0], [1, 1], [1, 1]]
        let start = GaussianMixture(weights: [0.5, 0.5], means: [[0, 0], [1, 1]], covariances: [[[1, 0], [0, 1]], [[1, 0], [0, 1]]])
        #expect(throws: EMError.self) { try fitNotebookEM(data: data, initial: start) }
        do {
            _ = try fitNotebookEM(data: data, initial: start)
        } catch {
            #expect(error.message.contains("component") && error.message.contains("iteration"))
        }
    }
}
