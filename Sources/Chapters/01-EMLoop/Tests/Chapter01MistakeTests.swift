// edition: omit (tests the known mistakes against the reference's key)
#if !STUDENT_EDITION
@testable import Autograder
import EMKit
import Foundation
import SubmissionCalls
import Testing

/// Chapter 01's known mistakes: a student's `runEM` with one mistake, written as a student
/// would (the solution's loop with the one change), run from the part items' start, gets the
/// mistake's diagnosis from the earliest part item it fails, and every earlier item passes.
@Suite("chapter 01 known mistakes")
struct Chapter01MistakeTests {
    /// One iteration of the solution's `runEM`, with `mistake` made.
    static func student(from start: GaussianMixture, mistake: KnownMistake?) -> NotebookEMResult {
        let data = Chapter01Quiz.data
        var weights = start.weights, means = start.means, covariances = start.covariances
        let made = { (m: KnownMistake) in mistake == m }
        let n = data.count, d = data[0].count, k = means.count
        let ll0 = logLikelihood(of: data, weights: weights, means: means, covariances: covariances)
        var resp = LinearAlgebra.zeros(n, k)
        for j in 0..<n {
            for c in 0..<k {
                let density = gaussianDensity(data[j], mean: means[c], covariance: covariances[c])
                resp[j][c] = made(Chapter01Mistakes.responsibilitiesWithoutWeight) ? density : weights[c] * density
            }
        }
        if !made(Chapter01Mistakes.responsibilitiesNotNormalised) { resp = resp.rowsNormalized }
        let counts = resp.columnSums
        for c in 0..<k {
            weights[c] = made(Chapter01Mistakes.weightsNotDividedByN) ? counts[c] : counts[c] / Double(n)
            let old = means[c]
            var weightedSum = Vector(repeating: 0, count: d)
            for j in 0..<n { weightedSum.add(data[j], scaledBy: resp[j][c]) }
            means[c] = weightedSum.dividedBy(made(Chapter01Mistakes.meanDividedByN) ? Double(n) : counts[c])
            var outer = LinearAlgebra.zeros(d, d)
            for j in 0..<n {
                let delta = made(Chapter01Mistakes.outerProductUncentred) ? data[j]
                    : data[j].minus(made(Chapter01Mistakes.outerProductOldMeans) ? old : means[c])
                outer.add(LinearAlgebra.outer(delta, delta), scaledBy: resp[j][c])
            }
            covariances[c] = outer.dividedBy(made(Chapter01Mistakes.covarianceDividedByN) ? Double(n) : counts[c])
        }
        let ll1 = made(Chapter01Mistakes.logLikelihoodOfOldParameters) ? ll0
            : logLikelihood(of: data, weights: weights, means: means, covariances: covariances)
        return NotebookEMResult(weights: weights, means: means, covs: covariances, loglik: [ll0, ll1], resp: resp)
    }

    /// The quantity a mistake's parts compute.
    static func quantity(of mistake: KnownMistake) -> EMQuantity? {
        EMQuantity.allCases.first { !Set(EMExercise.runEM.parts[$0] ?? []).isDisjoint(with: mistake.parts) }
    }

    @Test("the reference step without a mistake is the reference EM's")
    func referenceWithoutMistake() throws {
        let key = try #require(Chapter01Key.current)
        let step = try #require(Chapter01Reference.iteration(data: Chapter01Quiz.data, start: key.partStart))
        let state = NotebookEMResult(weights: step.model.weights, means: step.model.means, covs: step.model.covariances,
                                     loglik: [0, step.logLikelihood], resp: step.responsibilities)
        #expect(firstDifference(student: state, iterations: 1, reference: key.partStep) == nil)
        #expect(firstDifference(student: Self.student(from: key.partStart, mistake: nil), iterations: 1, reference: key.partStep) == nil)
    }

    @Test("the key records every mistake, and each one shows in its own quantity from the part items' start")
    func everyMistakeShows() throws {
        let key = try #require(Chapter01Key.current)
        #expect(Set(key.mistakes.keys) == Set(Chapter01Mistakes.all.map(\.id)))
        #expect(Set(Chapter01Mistakes.all.map(\.id)).count == Chapter01Mistakes.all.count)
        for mistake in Chapter01Mistakes.all {
            let quantity = try #require(Self.quantity(of: mistake))
            let student = Self.student(from: key.partStart, mistake: mistake)
            #expect(difference(in: quantity, student: student, iterations: 1, reference: key.partStep) != nil, "\(mistake.id) hides")
        }
        // Why the items do not start where the notebook does: with its weights 1/3, a missing πₖ does not show.
        let notebook = Self.student(from: Chapter01Quiz.initial, mistake: Chapter01Mistakes.responsibilitiesWithoutWeight)
        let right = Self.student(from: Chapter01Quiz.initial, mistake: nil)
        #expect(KeyComparison.matrix(notebook.resp, right.resp.map { $0.map(KeyNumber.value) }, name: "resp") == nil)
    }

    @Test("a student with the mistake gets its diagnosis from the earliest part it breaks, and every earlier part passes",
          arguments: Chapter01Mistakes.all.map(\.id))
    func diagnosis(id: String) throws {
        let key = try #require(Chapter01Key.current)
        let mistake = try #require(Chapter01Mistakes.all.first { $0.id == id })
        let student = Self.student(from: key.partStart, mistake: mistake)
        let broken = try #require(Self.quantity(of: mistake))
        for quantity in EMQuantity.allCases {
            let verdict = Chapter01Items.partVerdict(quantity, student: student, key: key)
            if quantity == broken {
                guard case .fail(let message) = verdict else { Issue.record("\(id): the \(quantity.name) item passes"); continue }
                #expect(message.contains(mistake.diagnosis), "\(id): \(message)")
                #expect(message.contains("(\(EMExercise.runEM.part(quantity)))"))
            } else if quantity.prerequisites.contains(broken) {
                guard case .fail(let message) = verdict else { Issue.record("\(id): the \(quantity.name) item passes"); continue }
                #expect(message.hasPrefix("this needs the \(broken.name) to be right first (\(EMExercise.runEM.part(broken)))"), "\(id): \(message)")
                #expect(message.contains(mistake.diagnosis), "\(id): \(message)")
            } else if case .fail(let message) = verdict {
                Issue.record("\(id): the \(quantity.name) item fails a correct part: \(message)")
            }
        }
    }

    @Test("from the notebook's start too, the first iteration's mistakes are recognised for the quiz items' feedback")
    func fromTheNotebooksStart() throws {
        let key = try #require(Chapter01Key.current)
        for mistake in [Chapter01Mistakes.covarianceDividedByN, Chapter01Mistakes.meanDividedByN, Chapter01Mistakes.outerProductUncentred] {
            let student = Self.student(from: Chapter01Quiz.initial, mistake: mistake)
            let difference = try #require(firstDifference(student: student, iterations: 1, reference: key.firstStep))
            #expect(Chapter01Mistakes.recognise(difference.quantity, student: student, mistakes: key.firstMistakes) == mistake, "\(mistake.id)")
        }
    }

    @Test("the reference passes every part item, and a value no mistake explains gets no diagnosis")
    func noFalseDiagnosis() throws {
        let key = try #require(Chapter01Key.current)
        let right = Self.student(from: key.partStart, mistake: nil)
        for quantity in EMQuantity.allCases {
            #expect(Chapter01Items.partVerdict(quantity, student: right, key: key) == .pass("the \(quantity.name) match the reference after one iteration"))
        }
        var off = right
        off.covs[0][0][0] *= 1.01
        guard case .fail(let message) = Chapter01Items.partVerdict(.covariances, student: off, key: key) else { Issue.record("passes"); return }
        #expect(!message.contains("known mistake"), "\(message)")
    }
}
#endif
