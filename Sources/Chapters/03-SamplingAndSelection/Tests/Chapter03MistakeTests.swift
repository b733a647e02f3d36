// edition: omit (tests the known mistakes against the reference's key)
#if !STUDENT_EDITION
@testable import Autograder
import EMKit
import Foundation
import SubmissionCalls
import Testing

/// Chapter 03's known mistakes in part 4: parameterCount, bic and aic written as a student
/// would, with one mistake, get the mistake's diagnosis on the first case they fail.
@Suite("chapter 03 known mistakes")
struct Chapter03MistakeTests {
    static func student(_ request: CriteriaRequest, mistake: KnownMistake?) -> CriteriaResponse {
        let made = { (m: KnownMistake) in mistake == m }
        let k = request.components, d = request.dimension, n = Double(request.points), p = Double(request.parameters)
        let weights = made(Chapter03Mistakes.everyWeightCounted) ? k : k - 1
        let covariance = made(Chapter03Mistakes.fullCovarianceCounted) ? d * d : d * (d + 1) / 2
        let minusTwoLL = 2 * n * request.meanNLL
        let bic = (made(Chapter03Mistakes.bicFromMeanNLL) ? 2 * request.meanNLL : minusTwoLL) + p * log(n)
        let aic = minusTwoLL + (made(Chapter03Mistakes.aicWithOneP) ? p : 2 * p)
        return CriteriaResponse(parameters: weights + k * d + k * covariance, bic: bic, aic: aic)
    }

    /// The item's message on the student's replies: the first case that fails.
    static func message(_ mistake: KnownMistake?, key: Chapter03Key) -> String? {
        for (index, request) in Chapter03Cases.criteria.enumerated() {
            if let found = Chapter03Mistakes.criteriaMismatch(student(request, mistake: mistake), request: request,
                                                              expected: key.criteria[index], mistakes: key.criteriaMistakes[index]) {
                return found
            }
        }
        return nil
    }

    @Test("the right criteria pass")
    func right() throws {
        let key = try #require(Chapter03Key.current)
        #expect(Self.message(nil, key: key) == nil)
        for values in key.criteriaMistakes { #expect(Set(values.keys) == Set(Chapter03Mistakes.all.map(\.id))) }
    }

    @Test("criteria with the mistake get its diagnosis", arguments: Chapter03Mistakes.all.map(\.id))
    func diagnosis(id: String) throws {
        let key = try #require(Chapter03Key.current)
        let mistake = try #require(Chapter03Mistakes.all.first { $0.id == id })
        let message = try #require(Self.message(mistake, key: key))
        #expect(message.contains(mistake.diagnosis), "\(message)")
        for other in Chapter03Mistakes.all where other != mistake { #expect(!message.contains(other.sentence)) }
    }

    @Test("a wrong BIC that is no known mistake gets no diagnosis")
    func noFalseDiagnosis() throws {
        let key = try #require(Chapter03Key.current)
        let request = Chapter03Cases.criteria[0]
        var got = Self.student(request, mistake: nil)
        got.bic += 1
        let message = try #require(Chapter03Mistakes.criteriaMismatch(got, request: request, expected: key.criteria[0], mistakes: key.criteriaMistakes[0]))
        #expect(message.contains("bic") && !message.contains("known mistake"))
    }
}
#endif
