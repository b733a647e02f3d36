// edition: omit (tests chapter 05's reference against numpy; the fixtures are not shipped)
#if !STUDENT_EDITION
import Autograder
import EMKit
import Foundation
import Testing

/// Chapter 05's reference against numpy running the notebook's EM on the shipped data
/// (`Scripts/make_realdata_fixtures.py` → `Tests/EMKitTests/Fixtures/realdata_em.json`).
@Suite("chapter 05 reference against numpy")
struct Chapter05ReferenceTests {
    struct Mixture: Decodable { var weights: [Double]; var means: [[Double]]; var covariances: [[[Double]]] }
    struct First: Decodable { var weights: [Double]; var means: [[Double]]; var covariances: [[[Double]]]; var loglikelihood: Double }
    struct Run: Decodable {
        var seed: UInt32; var start: Mixture; var iterations: Int; var loglikelihoods: [Double]
        var weights: [Double]; var means: [[Double]]; var covariances: [[[Double]]]
        var first_iteration: First; var mean_entropy: [Double]; var most_uncertain: [Int]
        var table: [[Int]]?; var purity: Double?
        enum CodingKeys: String, CodingKey {
            case seed, start = "init", iterations, loglikelihoods, weights, means, covariances, first_iteration, mean_entropy, most_uncertain, table, purity
        }
    }
    struct Penguins: Decodable {
        var column_std: [Double]; var standardized_head: [[Double]]
        var raw: Run; var standardized: Run; var restart: Run
        var loglikelihood_shift: Double; var n_sum_log_std: Double
    }
    struct File: Decodable { var faithful: Run; var penguins: Penguins }

    static let file: File? = {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("../../../../Tests/EMKitTests/Fixtures/realdata_em.json")
        return (try? Data(contentsOf: url)).flatMap { try? JSONDecoder().decode(File.self, from: $0) }
    }()

    typealias R = Chapter05Reference

    /// Rounding only: numpy inverts with LAPACK, the kit factors with Cholesky.
    func close(_ a: [Double], _ b: [Double], _ tolerance: Double = 1e-9) -> Bool {
        a.count == b.count && zip(a, b).allSatisfy { abs($0 - $1) <= tolerance * max(1, abs($1)) }
    }

    func check(_ data: Matrix, _ k: Int, _ run: Run, labels: [Int]? = nil) throws {
        let initial = try #require(R.initialization(data, components: k, seed: run.seed))
        #expect(close(initial.means.flatMap { $0 }, run.start.means.flatMap { $0 }, 0))
        #expect(close(initial.covariances.flatMap { $0.flatMap { $0 } }, run.start.covariances.flatMap { $0.flatMap { $0 } }, 1e-12))
        let first = try #require(R.fit(data, components: k, seed: run.seed, maxiter: 1))
        #expect(close(first.model.means.flatMap { $0 }, run.first_iteration.means.flatMap { $0 }))
        #expect(close([first.logLikelihoods[1]], [run.first_iteration.loglikelihood]))
        let fit = try #require(R.fit(data, components: k, seed: run.seed))
        #expect(fit.iterations == run.iterations)
        #expect(close(fit.logLikelihoods, run.loglikelihoods))
        #expect(close(fit.model.weights, run.weights, 1e-7))
        #expect(close(fit.model.means.flatMap { $0 }, run.means.flatMap { $0 }, 1e-7))
        #expect(close(try #require(R.entropyStages(data, components: k, seed: run.seed)), run.mean_entropy, 1e-7))
        #expect(R.mostUncertain(R.entropy(fit.responsibilities), count: 5) == run.most_uncertain)
        if let labels, let table = run.table, let purity = run.purity {
            let got = R.table(assignments: R.assignments(fit.responsibilities), labels: labels, clusters: k, classes: 3)
            #expect(got == table)
            #expect(close([R.purity(got)], [purity], 1e-15))
        }
    }

    @Test("Old Faithful, K = 2, seed 1: the notebook's start, one iteration, the run, the entropies")
    func faithful() throws {
        let file = try #require(Self.file, "realdata_em.json is missing")
        try check(RealDatasets.oldFaithful(), 2, file.faithful)
    }

    @Test("penguins raw, standardised and restarted: runs, tables, purities, the standardising shift")
    func penguins() throws {
        let file = try #require(Self.file, "realdata_em.json is missing").penguins
        let penguins = RealDatasets.penguins()
        #expect(close(R.columnDeviations(penguins.points), file.column_std, 1e-12))
        let z = R.standardized(penguins.points)
        #expect(close(z.prefix(3).flatMap { $0 }, file.standardized_head.flatMap { $0 }, 1e-12))
        try check(penguins.points, 3, file.raw, labels: penguins.labels)
        try check(z, 3, file.standardized, labels: penguins.labels)
        try check(z, 3, file.restart, labels: penguins.labels)
        #expect(abs(file.loglikelihood_shift - file.n_sum_log_std) < 1e-6)
    }
}
#endif
