// edition: omit (tests the known mistakes against the reference's key)
#if !STUDENT_EDITION
@testable import Autograder
import EMKit
import Foundation
import SubmissionCalls
import Testing

/// Chapter 05's known mistakes: parts 1, 2, 4 and 8 written as a student would, with one
/// mistake, get the mistake's diagnosis; written right, they pass.
@Suite("chapter 05 known mistakes")
struct Chapter05MistakeTests {
    /// Each column's deviation, dividing the squared deviations by N, or by N − 1.
    static func deviations(_ data: Matrix, sample: Bool) -> (means: Vector, deviations: Vector) {
        let n = Double(data.count)
        let means = data[0].indices.map { j in data.reduce(0) { $0 + $1[j] } / n }
        let deviations = means.indices.map { j in
            (data.reduce(0) { $0 + ($1[j] - means[j]) * ($1[j] - means[j]) } / (sample ? n - 1 : n)).squareRoot()
        }
        return (means, deviations)
    }

    static func standardized(sample: Bool) -> Matrix {
        let data = Chapter05Runs.penguins.points
        let (means, deviations) = deviations(data, sample: sample)
        return data.map { row in row.indices.map { (row[$0] - means[$0]) / deviations[$0] } }
    }

    /// The key's starting means and weights, with diagonal covariances from `deviations`.
    static func initial(_ key: Chapter05Key, sample: Bool) -> GaussianMixture {
        let variances = deviations(Chapter05Runs.penguins.points, sample: sample).deviations.map { $0 * $0 }
        let covariance = variances.indices.map { i in variances.indices.map { i == $0 ? variances[i] : 0 } }
        return GaussianMixture(weights: key.penguinInitial.weights.compactMap(\.value),
                               means: key.penguinInitial.means.map { $0.compactMap(\.value) },
                               covariances: Array(repeating: covariance, count: key.penguinInitial.weights.count))
    }

    static func entropy(base2: Bool) -> Vector {
        Chapter05Runs.exampleResp.map { row in row.reduce(0) { $1 > 0 ? $0 - $1 * (base2 ? log2($1) : log($1)) : $0 } }
    }

    static func purity(averaged: Bool) -> Double {
        let table = Chapter05Runs.exampleTable
        if averaged { return table.map { Double($0.max() ?? 0) / Double($0.reduce(0, +)) }.sum / Double(table.count) }
        return Double(table.reduce(0) { $0 + ($1.max() ?? 0) }) / Double(table.reduce(0) { $0 + $1.reduce(0, +) })
    }

    static func message(_ verdict: Verdict) -> String? {
        if case .fail(let text) = verdict { return text }
        return nil
    }

    @Test("the right parts pass, and the key records every mistake")
    func right() throws {
        let key = try #require(Chapter05Key.current)
        #expect(Set(try #require(key.mistakes).keys) == Set(Chapter05Mistakes.all.map(\.id)))
        #expect(Self.message(Chapter05Mistakes.standardizeVerdict(Self.standardized(sample: false), key: key)) == nil)
        #expect(Self.message(Chapter05Mistakes.initializationVerdict(Self.initial(key, sample: false), key: key)) == nil)
        #expect(Self.message(Chapter05Mistakes.entropyVerdict(Self.entropy(base2: false), key: key)) == nil)
        #expect(Self.message(Chapter05Mistakes.purityVerdict(Self.purity(averaged: false), key: key)) == nil)
    }

    @Test("part 1 with the sample deviation gets its diagnosis")
    func sampleDeviation() throws {
        let key = try #require(Chapter05Key.current)
        let text = try #require(Self.message(Chapter05Mistakes.standardizeVerdict(Self.standardized(sample: true), key: key)))
        #expect(text.contains(Chapter05Mistakes.sampleDeviation.diagnosis), "\(text)")
    }

    @Test("part 2 with sample variances gets its diagnosis")
    func initialSampleVariance() throws {
        let key = try #require(Chapter05Key.current)
        let text = try #require(Self.message(Chapter05Mistakes.initializationVerdict(Self.initial(key, sample: true), key: key)))
        #expect(text.contains(Chapter05Mistakes.initialSampleVariance.diagnosis), "\(text)")
    }

    @Test("part 4 in bits gets its diagnosis")
    func entropyInBits() throws {
        let key = try #require(Chapter05Key.current)
        let text = try #require(Self.message(Chapter05Mistakes.entropyVerdict(Self.entropy(base2: true), key: key)))
        #expect(text.contains(Chapter05Mistakes.entropyInBits.diagnosis), "\(text)")
    }

    @Test("part 8 averaged over the clusters gets its diagnosis")
    func purityAveraged() throws {
        let key = try #require(Chapter05Key.current)
        let text = try #require(Self.message(Chapter05Mistakes.purityVerdict(Self.purity(averaged: true), key: key)))
        #expect(text.contains(Chapter05Mistakes.purityAveraged.diagnosis), "\(text)")
    }

    @Test("a wrong value that is no known mistake gets no diagnosis")
    func noFalseDiagnosis() throws {
        let key = try #require(Chapter05Key.current)
        let text = try #require(Self.message(Chapter05Mistakes.entropyVerdict(Self.entropy(base2: false).map { $0 * 1.1 }, key: key)))
        #expect(!text.contains("known mistake"), "\(text)")
    }
}
#endif
