import Foundation
import Testing

/// `emkit fit` with the scikit-learn-style engine, `emkit bench`, and their bad input.
@Suite("emkit fit --init random|kmeans++ and emkit bench")
struct MixtureCLITests {
    struct SklearnRun: Decodable {
        struct Result: Decodable { var weights: [Double]; var means: [[Double]]; var n_iter: Int; var converged: Bool; var bic: Double; var aic: Double }
        var name: String; var covariance_type: String; var data: [[Double]]; var random_state: UInt32?; var n_init: Int?; var result: Result
    }
    struct SklearnFile: Decodable { var runs: [SklearnRun] }
    struct FitOutput: Decodable {
        var weights: [Double]; var means: [[Double]]; var covariances: [[[Double]]]; var loglikelihoods: [Double]
        var iterations: Int; var converged: Bool; var bic: Double; var aic: Double; var covariance_type: String
    }

    static func csv(_ rows: [[Double]]) -> String { rows.map { $0.map { "\($0)" }.joined(separator: ",") }.joined(separator: "\n") + "\n" }

    func expectOneLineError(_ arguments: [String], mentions: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let run = try Emkit.run(arguments, sourceLocation: sourceLocation)
        #expect(!run.crashed, "emkit trapped on \(arguments)", sourceLocation: sourceLocation)
        #expect(run.status != 0, sourceLocation: sourceLocation)
        #expect(run.stderr.split(separator: "\n").count == 1, "stderr: \(run.stderr)", sourceLocation: sourceLocation)
        #expect(run.stderr.hasPrefix("emkit: "), "stderr: \(run.stderr)", sourceLocation: sourceLocation)
        #expect(run.stderr.contains(mentions), "stderr: \(run.stderr)", sourceLocation: sourceLocation)
    }

    // 1e-8 as in SklearnAgreementTests: the same EM, differing only in rounding.
    @Test("--init random --restarts R gives scikit-learn's init_params='random' fit, n_init=R")
    func randomInitMatchesSklearn() throws {
        let file = try JSONDecoder().decode(SklearnFile.self, from: Data(contentsOf: Emkit.fixtures.appendingPathComponent("sklearn_em.json")))
        let runs = file.runs.filter { $0.random_state != nil }
        #expect(runs.count == 4)
        for run in runs {
            let path = try Emkit.temporaryFile(Self.csv(run.data), name: "data.csv")
            defer { try? FileManager.default.removeItem(atPath: path) }
            let covariance = run.covariance_type == "diag" ? "diagonal" : run.covariance_type
            let result = try Emkit.run(["fit", path, "--components", "\(run.result.means.count)", "--init", "random", "--seed", "\(run.random_state ?? 0)",
                                        "--restarts", "\(run.n_init ?? 1)", "--covariance", covariance, "--json"])
            #expect(result.status == 0, "\(result.stderr)")
            let fit = try JSONDecoder().decode(FitOutput.self, from: Data(result.stdout.utf8))
            #expect(fit.iterations == run.result.n_iter && fit.converged == run.result.converged, "\(run.name)")
            #expect(fit.covariance_type == covariance)
            #expect(fit.loglikelihoods.count == fit.iterations + 1)
            let pairs = zip(fit.weights + fit.means.joined() + [fit.bic, fit.aic], run.result.weights + run.result.means.joined() + [run.result.bic, run.result.aic])
            for (a, b) in pairs { #expect(abs(a - b) <= 1e-8 * max(1, abs(b)), "\(run.name): \(a) vs scikit-learn \(b)") }
        }
    }

    @Test("every covariance type and start runs on awkward data and prints no NaN", arguments: ["full", "diagonal", "spherical", "tied"])
    func awkwardData(_ covariance: String) throws {
        // Duplicated points, a constant third column, and K equal to the number of distinct points.
        let rows: [[Double]] = (0..<30).map { (i: Int) -> [Double] in [Double(i % 3), Double(i % 3) * 2, 7] }
        let path = try Emkit.temporaryFile(Self.csv(rows), name: "awkward.csv")
        defer { try? FileManager.default.removeItem(atPath: path) }
        for start in ["random", "kmeans++"] {
            let result = try Emkit.run(["fit", path, "--components", "3", "--init", start, "--restarts", "2", "--covariance", covariance, "--json"])
            #expect(result.status == 0 && !result.crashed, "\(start): \(result.stderr)")
            #expect(!result.stdout.contains("nan") && !result.stdout.contains("null"), "\(start): \(result.stdout)")
        }
    }

    @Test("bad options and degenerate data get one line and a non-zero exit")
    func badInput() throws {
        let data = try Emkit.temporaryFile("1,2\n3,4\n5,7\n2,2\n", name: "data.csv")
        defer { try? FileManager.default.removeItem(atPath: data) }
        let constant = try Emkit.temporaryFile(Self.csv((0..<20).map { (i: Int) -> [Double] in [Double(i), 3] }), name: "constant.csv")
        defer { try? FileManager.default.removeItem(atPath: constant) }
        try expectOneLineError(["fit", data, "--components", "2", "--init", "kmeans"], mentions: "--init")
        try expectOneLineError(["fit", data, "--components", "2", "--init", "random", "--covariance", "blocky"], mentions: "--covariance")
        try expectOneLineError(["fit", data, "--components", "2", "--init", "random", "--restarts", "0"], mentions: "--restarts")
        try expectOneLineError(["fit", data, "--components", "2", "--init", "random", "--regularization", "-1"], mentions: "--regularization")
        try expectOneLineError(["fit", data, "--components", "2", "--init", "random", "--regularization", "nan"], mentions: "--regularization")
        try expectOneLineError(["fit", data, "--components", "5", "--init", "random"], mentions: "larger than the number of points")
        try expectOneLineError(["fit", data, "--components", "2", "--covariance", "tied"], mentions: "--covariance: the notebook EM")
        try expectOneLineError(["fit", data, "--components", "2", "--regularization", "1e-3"], mentions: "--regularization: the notebook EM")
        try expectOneLineError(["fit", constant, "--components", "2", "--init", "random", "--regularization", "0"], mentions: "collapsed at iteration")
        try expectOneLineError(["fit", constant, "--components", "2", "--init", "random", "--regularization", "0"], mentions: "component")
    }

    @Test("emkit bench runs exactly N iterations and reports times and memory")
    func bench() throws {
        let rows: [[Double]] = (0..<500).map { (i: Int) -> [Double] in
            let t = Double(i), shift = Double(i % 2) * 3
            return [sin(t), cos(t * 0.7) + shift]
        }
        let path = try Emkit.temporaryFile(Self.csv(rows), name: "bench.csv")
        defer { try? FileManager.default.removeItem(atPath: path) }
        let result = try Emkit.run(["bench", "--data", path, "--components", "2", "--iterations", "3", "--json"])
        #expect(result.status == 0, "\(result.stderr)")
        struct Report: Decodable { var points: Int; var dimension: Int; var iterations: Int; var seconds_per_iteration: Double; var parse_seconds: Double; var peak_memory_bytes: Int }
        let report = try JSONDecoder().decode(Report.self, from: Data(result.stdout.utf8))
        #expect(report.points == 500 && report.dimension == 2 && report.iterations == 3)
        #expect(report.seconds_per_iteration > 0 && report.parse_seconds > 0 && report.peak_memory_bytes > 0)
        try expectOneLineError(["bench", "--components", "2", "--iterations", "3"], mentions: "--data")
        try expectOneLineError(["bench", "--data", "/no/such.csv", "--components", "2", "--iterations", "3"], mentions: "no such file")
        try expectOneLineError(["bench", "--data", path, "--components", "2", "--iterations", "0"], mentions: "--iterations")
        try expectOneLineError(["bench", "--data", path, "--components", "600", "--iterations", "2"], mentions: "--components")
    }
}
