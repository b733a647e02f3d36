// edition: omit (tests the known mistakes against the reference's key)
#if !STUDENT_EDITION
@testable import Autograder
import EMKit
import Foundation
import SubmissionCalls
import Testing

/// Chapter 02's known mistakes: each function written as a student would, with one mistake,
/// gets the mistake's diagnosis from its item on every case of the key; the right functions
/// pass and get none.
@Suite("chapter 02 known mistakes")
struct Chapter02MistakeTests {
    /// The student's five functions, with `mistake` made (the notebook's formulas, written directly).
    static func reply(_ function: ModularFunction, _ inputs: ModularInputs, mistake: KnownMistake?) -> ModularReply {
        let made = { (m: KnownMistake) in mistake == m }
        let data = inputs.data, resp = inputs.resp, counts = inputs.counts
        let n = data.count, d = data[0].count, k = inputs.means.count
        switch function {
        case .responsibilities:
            return .matrix(data.map { x in
                (0..<k).map { c in
                    (made(Chapter02Mistakes.responsibilityWithoutWeight) ? 1 : inputs.weights[c])
                        * gaussianDensity(x, mean: inputs.means[c], covariance: inputs.covariances[c])
                }.rowNormalized
            })
        case .softCounts:
            return .vector(counts)
        case .weights:
            return .vector(made(Chapter02Mistakes.weightsNotNormalised) ? counts : counts.map { $0 / Double(n) })
        case .means:
            return .matrix((0..<k).map { c in
                var sum = Vector(repeating: 0, count: d)
                for i in 0..<n { sum.add(data[i], scaledBy: resp[i][c]) }
                return sum.dividedBy(made(Chapter02Mistakes.meanDividedByN) ? Double(n) : counts[c])
            })
        case .covariances:
            return .matrices((0..<k).map { c in
                var sum = LinearAlgebra.zeros(d, d)
                for i in 0..<n {
                    let delta = made(Chapter02Mistakes.covarianceUncentred) ? data[i] : data[i].minus(inputs.means[c])
                    sum.add(LinearAlgebra.outer(delta, delta), scaledBy: resp[i][c])
                }
                return sum.dividedBy(made(Chapter02Mistakes.covarianceDividedByN) ? Double(n) : counts[c])
            })
        }
    }

    static func function(of mistake: KnownMistake) -> ModularFunction? { ModularFunction(rawValue: mistake.parts[0]) }

    @Test("every mistake is recorded in every case and changes its function's answer there")
    func recorded() throws {
        let key = try #require(Chapter02Key.current)
        for expected in key.cases {
            #expect(Set(expected.mistakes.keys) == Set(Chapter02Mistakes.all.map(\.id)))
            for mistake in Chapter02Mistakes.all {
                let function = try #require(Self.function(of: mistake))
                let right = Self.reply(function, expected.inputs, mistake: nil)
                #expect(function.mismatch(right, inputs: expected.inputs, expected: expected) == nil, "\(function.name) \(expected.inputs.label)")
                #expect(!KnownMistake.same(right.flat, try #require(expected.mistakes[mistake.id])), "\(mistake.id) hides on \(expected.inputs.label)")
            }
        }
    }

    @Test("a function with the mistake gets its diagnosis", arguments: Chapter02Mistakes.all.map(\.id))
    func diagnosis(id: String) throws {
        let key = try #require(Chapter02Key.current)
        let mistake = try #require(Chapter02Mistakes.all.first { $0.id == id })
        let function = try #require(Self.function(of: mistake))
        for expected in key.cases {
            let message = try #require(function.mismatch(Self.reply(function, expected.inputs, mistake: mistake), inputs: expected.inputs, expected: expected))
            #expect(message.contains(mistake.diagnosis), "\(message)")
            #expect(message.contains("(part \(function.part))"))
            // Only the function's own mistakes are named.
            for other in Chapter02Mistakes.all where other != mistake { #expect(!message.contains(other.sentence)) }
        }
    }

    @Test("a wrong value that is no known mistake gets no diagnosis")
    func noFalseDiagnosis() throws {
        let key = try #require(Chapter02Key.current)
        let expected = try #require(key.cases.first)
        guard case .matrices(var covs) = Self.reply(.covariances, expected.inputs, mistake: nil) else { Issue.record("not matrices"); return }
        covs[0][0][0] *= 1.01
        let message = try #require(ModularFunction.covariances.mismatch(.matrices(covs), inputs: expected.inputs, expected: expected))
        #expect(!message.contains("known mistake"))
    }
}

private extension Vector {
    var rowNormalized: Vector { dividedBy(sum) }
}
#endif
