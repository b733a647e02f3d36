import EMKit
import Foundation
import Testing

@Suite("emkit sample and emkit fit")
struct SampleAndFitTests {
    struct MixtureCase: Decodable { var name: String; var seed: UInt32; var count: Int; var weights: [Double]; var means: [[Double]]; var covariances: [[[Double]]]; var data: [[Double]] }
    struct MixtureFile: Decodable { var cases: [MixtureCase] }

    @Test("emkit sample prints numpy's points exactly, one a line, for every fixture model")
    func sample() throws {
        let file = try JSONDecoder().decode(MixtureFile.self, from: Data(contentsOf: Emkit.fixtures.appendingPathComponent("mog_data.json")))
        for fixture in file.cases {
            let model = GaussianMixture(weights: fixture.weights, means: fixture.means, covariances: fixture.covariances)
            let path = try Emkit.temporaryFile(String(decoding: try JSONEncoder().encode(model), as: UTF8.self), name: "model.json")
            defer { try? FileManager.default.removeItem(atPath: path) }
            let run = try Emkit.run(["sample", "--model", path, "--count", "\(fixture.count)", "--seed", "\(fixture.seed)"])
            #expect(run.status == 0, "\(run.stderr)")
            let points = run.stdout.split(separator: "\n").map { $0.split(separator: ",").compactMap { Double($0) } }
            #expect(points == fixture.data, "\(fixture.name)")
        }
    }

    @Test("emkit fit --init notebook --json reproduces numpy's notebook EM on the fixture data")
    func fit() throws {
        struct Fit: Decodable { var weights: [Double]; var means: [[Double]]; var loglikelihoods: [Double]; var iterations: Int; var converged: Bool }
        let file = try #require(NotebookRuns.load())
        for run in file.runs {
            let csv = Emkit.fixtures.appendingPathComponent("em-data/\(run.name).csv").path
            let result = try Emkit.run(["fit", csv, "--components", "\(run.`init`.means.count)", "--init", "notebook",
                                        "--seed", "\(run.`init`.seed)", "--max-iterations", "\(run.maxiter)", "--json"])
            #expect(result.status == 0, "\(result.stderr)")
            let fit = try JSONDecoder().decode(Fit.self, from: Data(result.stdout.utf8))
            #expect(fit.iterations == run.result.iterations, "\(run.name)")
            #expect(fit.converged == run.result.converged, "\(run.name)")
            for (a, b) in zip(fit.weights + fit.means.joined() + fit.loglikelihoods, run.result.weights + run.result.means.joined() + run.result.loglikelihoods) {
                #expect(abs(a - b) <= 1e-9 * max(1, abs(b)), "\(run.name): \(a) vs numpy \(b)")
            }
        }
    }
}

struct NotebookRuns: Decodable {
    struct Run: Decodable {
        struct Initial: Decodable { var seed: UInt32; var means: [[Double]] }
        struct Result: Decodable { var weights: [Double]; var means: [[Double]]; var loglikelihoods: [Double]; var iterations: Int; var converged: Bool }
        var name: String; var `init`: Initial; var maxiter: Int; var result: Result
    }
    var runs: [Run]

    static func load() -> NotebookRuns? {
        (try? Data(contentsOf: Emkit.fixtures.appendingPathComponent("notebook_em.json"))).flatMap { try? JSONDecoder().decode(NotebookRuns.self, from: $0) }
    }
}
