// edition: omit (tests the known mistakes against the reference's key)
#if !STUDENT_EDITION
@testable import Autograder
import EMKit
import Foundation
import SubmissionCalls
import Testing

/// Chapter 04's known mistakes: parts 1, 2, 6 and 7 written as a student would, with one
/// mistake, get the mistake's diagnosis; written right, they pass.
@Suite("chapter 04 known mistakes")
struct Chapter04MistakeTests {
    static func spherical(_ m: ModularInputs, dTimes: Bool) -> Vector {
        let d = m.data[0].count
        return m.counts.indices.map { k in
            var sum = 0.0
            for i in m.data.indices { let delta = m.data[i].minus(m.means[k]); sum += m.resp[i][k] * LinearAlgebra.dot(delta, delta) }
            return sum / (dTimes ? m.counts[k] : Double(d) * m.counts[k])
        }
    }

    static func diagonal(_ m: ModularInputs, byN: Bool) -> Matrix {
        m.counts.indices.map { k in
            m.means[k].indices.map { j in
                var sum = 0.0
                for i in m.data.indices { let delta = m.data[i][j] - m.means[k][j]; sum += m.resp[i][k] * delta * delta }
                return sum / (byN ? Double(m.data.count) : m.counts[k])
            }
        }
    }

    /// log πₖ + log N(x | μₖ, Σₖ) for every point and component (without log πₖ if asked).
    static func terms(_ model: GaussianMixture, withWeights: Bool) throws -> Matrix {
        let normals = try model.means.indices.map { try MultivariateNormal(mean: model.means[$0], covariance: model.covariances[$0]) }
        return Chapter04Cases.moons.map { x in model.means.indices.map { (withWeights ? log(model.weights[$0]) : 0) + normals[$0].logDensity(at: x) } }
    }

    static func logDensities(_ model: GaussianMixture, withWeights: Bool) throws -> Vector {
        try terms(model, withWeights: withWeights).map(logSumExp)
    }

    static func memberships(_ model: GaussianMixture, withWeights: Bool) throws -> Matrix {
        try terms(model, withWeights: withWeights).map { row in let total = logSumExp(row); return row.map { exp($0 - total) } }
    }

    @Test("the right parts 1, 2, 6 and 7 pass; each mistake changes the value")
    func right() throws {
        let key = try #require(Chapter04Key.current)
        let mistakes = try #require(key.mistakes)
        for (index, m) in Chapter04Cases.modular.enumerated() {
            #expect(Chapter04Mistakes.sphericalMismatch(Self.spherical(m, dTimes: false), label: m.label, expected: key.spherical[index], mistakes: mistakes.spherical[index]) == nil)
            #expect(Chapter04Mistakes.diagonalMismatch(Self.diagonal(m, byN: false), label: m.label, expected: key.diagonal[index], mistakes: mistakes.diagonal[index]) == nil)
            #expect(!KnownMistake.same(Self.spherical(m, dTimes: false), try #require(mistakes.spherical[index][Chapter04Mistakes.sphericalDTimes.id])))
            #expect(!KnownMistake.same(KnownMistake.flat(Self.diagonal(m, byN: false)), try #require(mistakes.diagonal[index][Chapter04Mistakes.diagonalDividedByN.id])))
        }
        #expect(Chapter04Mistakes.logDensitiesMismatch(try Self.logDensities(key.densityModel, withWeights: true), key: key) == nil)
        #expect(Chapter04Mistakes.membershipsMismatch(try Self.memberships(key.densityModel, withWeights: true), key: key) == nil)
    }

    @Test("part 1 with the sum not divided by d says the variances are d times too large")
    func sphericalDTimes() throws {
        let key = try #require(Chapter04Key.current)
        for (index, m) in Chapter04Cases.modular.enumerated() {
            let message = try #require(Chapter04Mistakes.sphericalMismatch(Self.spherical(m, dTimes: true), label: m.label, expected: key.spherical[index], mistakes: key.mistakes?.spherical[index]))
            #expect(message.contains(Chapter04Mistakes.sphericalDTimes.diagnosis), "\(message)")
            #expect(message.contains("d times too large"))
        }
    }

    @Test("part 2 divided by N gets its diagnosis")
    func diagonalByN() throws {
        let key = try #require(Chapter04Key.current)
        for (index, m) in Chapter04Cases.modular.enumerated() {
            let message = try #require(Chapter04Mistakes.diagonalMismatch(Self.diagonal(m, byN: true), label: m.label, expected: key.diagonal[index], mistakes: key.mistakes?.diagonal[index]))
            #expect(message.contains(Chapter04Mistakes.diagonalDividedByN.diagnosis), "\(message)")
        }
    }

    @Test("part 3 without the regularisation gets its diagnosis, for every case and shape; the right M-step passes")
    func mStepWithoutRegularization() throws {
        let key = try #require(Chapter04Key.current)
        for index in Chapter04Cases.modular.indices {
            for (shapeIndex, shape) in CovarianceShape.allCases.enumerated() {
                // The key's M-step in clear, and the same with the regularisation taken off the diagonal.
                let expected = key.mStep[index][shapeIndex]
                let right = GaussianMixture(weights: expected.weights.compactMap(\.value), means: expected.means.map { $0.compactMap(\.value) },
                                            covariances: expected.covariances.map { $0.map { $0.compactMap(\.value) } })
                var bare = right
                for k in bare.covariances.indices { for i in bare.covariances[k].indices { bare.covariances[k][i][i] -= Chapter04Cases.mStepRegularization } }
                #expect(Chapter04Mistakes.mStepMismatch(right, index: index, shape: shape, key: key) == nil)
                let message = try #require(Chapter04Mistakes.mStepMismatch(bare, index: index, shape: shape, key: key))
                #expect(message.contains(Chapter04Mistakes.mStepWithoutRegularization.diagnosis), "\(message)")
            }
        }
    }

    @Test("part 6 without log πₖ gets its diagnosis")
    func logDensityWithoutLogWeight() throws {
        let key = try #require(Chapter04Key.current)
        let message = try #require(Chapter04Mistakes.logDensitiesMismatch(try Self.logDensities(key.densityModel, withWeights: false), key: key))
        #expect(message.contains(Chapter04Mistakes.logDensityWithoutLogWeight.diagnosis), "\(message)")
        #expect(message.contains("log πₖ"))
    }

    @Test("part 7 without πₖ gets its diagnosis")
    func membershipWithoutWeight() throws {
        let key = try #require(Chapter04Key.current)
        let message = try #require(Chapter04Mistakes.membershipsMismatch(try Self.memberships(key.densityModel, withWeights: false), key: key))
        #expect(message.contains(Chapter04Mistakes.membershipWithoutWeight.diagnosis), "\(message)")
    }

    @Test("a wrong value that is no known mistake gets no diagnosis")
    func noFalseDiagnosis() throws {
        let key = try #require(Chapter04Key.current)
        let m = Chapter04Cases.modular[0]
        let got = Self.spherical(m, dTimes: false).map { $0 * 1.5 }
        let message = try #require(Chapter04Mistakes.sphericalMismatch(got, label: m.label, expected: key.spherical[0], mistakes: key.mistakes?.spherical[0]))
        #expect(!message.contains("known mistake"), "\(message)")
    }
}
#endif
