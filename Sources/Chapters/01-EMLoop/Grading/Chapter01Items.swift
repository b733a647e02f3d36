import EMKit
import SubmissionCalls

/// The graded items of chapter 01 (the EM loop), in the order a student meets them.
///
/// Visible items compare with `Chapter01Key`, the reference EM's numbers on the notebook's
/// data; the hidden ones (left out of the student edition) compare with the reference EM on
/// fresh data.
public enum Chapter01Items {
    static let firstIteration = RunEMRequest(data: Chapter01Quiz.data, initial: Chapter01Quiz.initial, maxiter: 1)

    /// The request of the part items: one iteration on the notebook's data from `start` (the
    /// key's `partStart`, the reference's parameters after the first iteration).
    static func partRequest(from start: GaussianMixture) -> RunEMRequest {
        RunEMRequest(data: Chapter01Quiz.data, initial: start, maxiter: 1)
    }

    /// One item per quantity after one iteration on the notebook's data: responsibilities
    /// (part 1), weights (part 2), means (parts 3–4, graded together), covariances (parts 5–6,
    /// graded together) and the log-likelihood (part 7).
    static func partItem(_ quantity: EMQuantity, points: Double) -> GradedItem {
        let parts = EMExercise.runEM.part(quantity)
        let id = "01." + parts.replacingOccurrences(of: " ", with: "").replacingOccurrences(of: "–", with: "-")
        return GradedItem(id, chapter: 1, title: "\(parts): the \(quantity.name) after one iteration", points: points,
                          parts: EMExercise.runEM.parts[quantity]) { session throws(CallFailure) in
            guard let key = Chapter01Key.current else { return Chapter01Key.missing }
            let student = try session.runEM(partRequest(from: key.partStart)).result
            return partVerdict(quantity, student: student, key: key)
        }
    }

    /// The verdict of the part item for `quantity` on the student's state after one iteration
    /// from the key's `partStart`. An earlier quantity that differs is named first, with its
    /// parts; a difference that is a known mistake says which one (`Chapter01Mistakes`).
    static func partVerdict(_ quantity: EMQuantity, student: NotebookEMResult, key: Chapter01Key) -> Verdict {
        let reference = key.partStep
        if let earlier = quantity.prerequisites.lazy.compactMap({
            difference(in: $0, student: student, iterations: 1, reference: reference)
        }).first {
            let mistake = Chapter01Mistakes.recognise(earlier.quantity, student: student, key: key)
            return .fail(KnownMistake.explain("this needs the \(earlier.quantity.name) to be right first (\(EMExercise.runEM.part(earlier.quantity))): \(earlier.detail)", mistake))
        }
        if let found = difference(in: quantity, student: student, iterations: 1, reference: reference) {
            let mistake = Chapter01Mistakes.recognise(quantity, student: student, key: key)
            return .fail(KnownMistake.explain("after one iteration on the notebook's data, \(found.detail) (\(EMExercise.runEM.part(quantity)))", mistake))
        }
        return .pass("the \(quantity.name) match the reference after one iteration")
    }

    /// Checks one quiz answer against the key, at six decimals.
    static func quizItem(_ id: String, title: String, right: @escaping @Sendable (QuizMarks) -> Bool,
                         answer: @escaping @Sendable (Chapter01Answers) -> Double?) -> GradedItem {
        GradedItem(id, chapter: 1, title: title, points: 1) { session throws(CallFailure) in
            guard Chapter01Key.current != nil else { return Chapter01Key.missing }
            let student = try Chapter01Quiz.studentAnswers(session)
            guard let got = answer(student), got.isFinite else {
                return .fail("no finite answer yet: \(diagnosis(session))")
            }
            guard right(QuizMarks(answers: student)) else {
                return .fail("your EM gives \(show(got)), which is not the notebook's answer: \(diagnosis(session))")
            }
            return .pass("\(show(got))")
        }
    }

    /// Where the student's EM first leaves the reference on the notebook's run, for feedback.
    static func diagnosis(_ session: SubmissionSession) -> String {
        guard let key = Chapter01Key.current else { return "the kit could not compute its answer key" }
        do {
            return try locateDivergence(session: session, data: Chapter01Quiz.data, initial: Chapter01Quiz.initial,
                                        reference: [key.firstStep] + key.steps.dropFirst(), exercise: .runEM) { difference, student, iteration in
                iteration == 1 ? Chapter01Mistakes.recognise(difference.quantity, student: student, mistakes: key.firstMistakes) : nil
            }
                ?? "every iteration matches the reference, so look at what happens after the loop"
        } catch {
            return "\(error)"
        }
    }

    static let visible: [GradedItem] = [
        partItem(.responsibilities, points: 1),
        partItem(.weights, points: 1),
        partItem(.means, points: 2),
        partItem(.covariances, points: 2),
        partItem(.logLikelihood, points: 1),
        GradedItem("01.checkpoint", chapter: 1, title: "checkpoint: EM stops after 23 iterations (last line \"Iteration 22\")", points: 2) { session throws(CallFailure) in
            guard let key = Chapter01Key.current else { return Chapter01Key.missing }
            let student = try Chapter01Quiz.studentAnswers(session)
            guard student.iterations == key.iterations, student.last_progress_line == key.lastProgressLine else {
                return .fail("your EM ran \(student.iterations) iterations (last line \"\(student.last_progress_line ?? "none")\"); the notebook's stops after \(key.iterations) (\"\(key.lastProgressLine)\"); \(diagnosis(session))")
            }
            return .pass("stopped after \(student.iterations) iterations")
        },
        quizItem("01.quiz.weight", title: "quiz: the weight of the first component", right: \.weight) { $0.first_component_weight },
        quizItem("01.quiz.mean", title: "quiz: the mean of the second component, first dimension", right: \.mean) { $0.second_component_mean_x },
        quizItem("01.quiz.variance", title: "quiz: the variance of the third component, first dimension", right: \.variance) { $0.third_component_variance_x },
        GradedItem("01.quiz.trend", chapter: 1, title: "quiz: the log-likelihood increases monotonically, from the start to convergence", points: 1) { session throws(CallFailure) in
            guard let key = Chapter01Key.current else { return Chapter01Key.missing }
            let student = try Chapter01Quiz.studentAnswers(session)
            guard student.loglikelihood_trend == key.trend else {
                return .fail("your log-likelihood trace is \"\(student.loglikelihood_trend)\"; it should be \"\(key.trend)\"; \(diagnosis(session))")
            }
            let expected = [key.initialLogLikelihood] + key.steps.map(\.loglik)
            guard student.loglikelihoods.count == expected.count,
                  zip(student.loglikelihoods, expected).allSatisfy({ $1.matches($0) }) else {
                return .fail("the trend is right but the values are not the notebook's (\(student.loglikelihoods.count) values, from \(student.loglikelihoods.first.map(show) ?? "none")): \(diagnosis(session))")
            }
            return .pass("\(student.loglikelihoods.count) values, increasing")
        },
        GradedItem("01.twelve", chapter: 1, title: "the run with maxiter 12 ends with the notebook's weights", points: 1) { session throws(CallFailure) in
            guard let expected = Chapter01Key.current?.state(after: 12) else { return Chapter01Key.missing }
            let student = try Chapter01Quiz.studentAnswers(session, Chapter01Quiz.twelveIterations)
            guard student.weights.count == expected.weights.count, zip(student.weights, expected.weights).allSatisfy({ $1.matches($0) }) else {
                let which = zip(student.weights, expected.weights).enumerated().first { !$0.element.1.matches($0.element.0) }
                let detail = which.map { "weights[\($0.offset)] " + $0.element.1.expectation(for: $0.element.0) } ?? "there are \(student.weights.count) weights where \(expected.weights.count) are expected"
                return .fail("after 12 iterations your weights are \(student.weights.map(show).joined(separator: ", ")): \(detail)")
            }
            return .pass("weights \(student.weights.map(show))")
        },
    ] + Chapter01Invariants.all

    public static var all: [GradedItem] {
        #if STUDENT_EDITION
        return visible
        #else
        return visible + Chapter01Hidden.all
        #endif
    }
}
