import Foundation
import Testing

/// Golden values made by numpy (see `Scripts/make_fixtures.py`), read from `Fixtures/`.
enum Fixtures {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")

    static func load<T: Decodable>(_ name: String, as type: T.Type = T.self) throws -> T {
        let data = try Data(contentsOf: directory.appendingPathComponent(name))
        return try JSONDecoder().decode(T.self, from: data)
    }

    struct RandomFile: Decodable {
        struct Step: Decodable { var op: String; var value: Double }
        struct Case: Decodable, CustomTestStringConvertible {
            var seed: UInt32
            var raw32: [UInt32]
            var uniforms: [Double]
            var gaussians: [Double]
            var mixed: [Step]
            var testDescription: String { "seed \(seed)" }
        }
        var cases: [Case]
    }

    struct ChoiceFile: Decodable {
        struct Weighted: Decodable { var seed: UInt32; var p: [Double]; var draws: [Int] }
        struct WithoutReplacement: Decodable { var seed: UInt32; var n: Int; var k: Int; var result: [Int]; var next_uniform: Double }
        struct Permutation: Decodable { var seed: UInt32; var n: Int; var result: [Int] }
        var weighted: [Weighted]
        var without_replacement: [WithoutReplacement]
        var permutations: [Permutation]
    }

    struct SVDFile: Decodable {
        struct Case: Decodable { var kind: String; var cov: [[Double]]; var s: [Double]; var vh: [[Double]] }
        var cases: [Case]
    }

    struct NormalDrawsFile: Decodable {
        struct Case: Decodable { var seed: UInt32; var mean: [Double]; var cov: [[Double]]; var draws: [[Double]] }
        var cases: [Case]
    }

    struct MixtureDataFile: Decodable {
        struct Case: Decodable, CustomTestStringConvertible {
            var name: String
            var seed: UInt32
            var count: Int
            var weights: [Double]
            var means: [[Double]]
            var covariances: [[[Double]]]
            var components: [Int]
            var data: [[Double]]
            var testDescription: String { "\(name), seed \(seed)" }
        }
        var cases: [Case]
    }

    struct CovarianceFile: Decodable {
        struct Case: Decodable { var name: String; var data: [[Double]]; var cov: [[Double]] }
        var cases: [Case]
    }

    struct DensityFile: Decodable {
        struct Gaussian: Decodable { var mean: [Double]; var cov: [[Double]]; var points: [[Double]]; var logpdf: [Double]; var pdf: [Double] }
        struct LogSumExp: Decodable { var z: [Double]; var value: Double }
        struct Likelihood: Decodable {
            var name: String; var data: [[Double]]; var weights: [Double]; var means: [[Double]]
            var covariances: [[[Double]]]; var loglikelihood: Double
        }
        var gaussians: [Gaussian]
        var log_sum_exp: [LogSumExp]
        var loglikelihoods: [Likelihood]
    }
}

/// `|a − b| ≤ tolerance · max(1, |b|)`: a relative tolerance that becomes absolute near zero.
func isClose(_ a: Double, _ b: Double, tolerance: Double) -> Bool {
    abs(a - b) <= tolerance * max(1, abs(b))
}
