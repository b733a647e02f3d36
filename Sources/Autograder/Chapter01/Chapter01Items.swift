import EMKit

/// The graded items of chapter 01 (the EM loop), in the order a student meets them.
public enum Chapter01Items {
    static let firstIteration = RunEMRequest(data: Chapter01Quiz.data, initial: Chapter01Quiz.initial, maxiter: 1)

    /// One item per quantity after the first iteration on the notebook's data, so the items turn
    /// green one by one as parts 1 to 7 are filled in.
    static func partItem(_ quantity: EMQuantity, points: Double) -> GradedItem {
        let id = "01." + quantity.parts.replacingOccurrences(of: " ", with: "").replacingOccurrences(of: "–", with: "-")
        return GradedItem(id, chapter: 1, title: "\(quantity.parts): the \(quantity.name) after the first iteration", points: points) { session throws(CallFailure) in
            guard let reference = Chapter01Quiz.referenceSteps(firstIteration).first else { return .fail("the reference EM failed on the notebook's data") }
            let student = try session.runEM(firstIteration).result
            if let earlier = quantity.prerequisites.lazy.compactMap({
                difference(in: $0, student: student, iterations: 1, reference: reference)
            }).first {
                return .fail("this needs the \(earlier.quantity) to be right first (\(earlier.parts)): \(earlier.detail)")
            }
            if let found = difference(in: quantity, student: student, iterations: 1, reference: reference) {
                return .fail("after one iteration on the notebook's data, \(found.detail)")
            }
            return .pass("the \(quantity.name) match the reference after one iteration")
        }
    }

    /// Compares one quiz answer with the reference's, at six decimals.
    static func quizItem(_ id: String, title: String, answer: @escaping @Sendable (Chapter01Answers) -> Double?) -> GradedItem {
        GradedItem(id, chapter: 1, title: title, points: 1) { session throws(CallFailure) in
            guard let expected = Chapter01Quiz.referenceAnswers().flatMap(answer) else { return .fail("the reference EM failed") }
            let student = try Chapter01Quiz.studentAnswers(session)
            guard let got = answer(student), got.isFinite else {
                return .fail("no finite answer yet: \(diagnosis(session))")
            }
            guard abs(got - expected) < 5e-7 else {
                return .fail("your EM gives \(show(got)), which is not the notebook's answer: \(diagnosis(session))")
            }
            return .pass("\(show(got))")
        }
    }

    /// Where the student's EM first leaves the reference on the notebook's run, for feedback.
    static func diagnosis(_ session: SubmissionSession) -> String {
        let steps = Chapter01Quiz.referenceSteps(Chapter01Quiz.fullRun)
        do {
            return try locateDivergence(session: session, data: Chapter01Quiz.data, initial: Chapter01Quiz.initial, reference: steps)
                ?? "every iteration matches the reference, so look at what happens after the loop"
        } catch {
            return "\(error)"
        }
    }

    public static let all: [GradedItem] = [
        partItem(.responsibilities, points: 1),
        partItem(.weights, points: 1),
        partItem(.means, points: 2),
        partItem(.covariances, points: 2),
        partItem(.logLikelihood, points: 1),
        GradedItem("01.checkpoint", chapter: 1, title: "checkpoint: EM stops after 23 iterations (last line \"Iteration 22\")", points: 2) { session throws(CallFailure) in
            guard let expected = Chapter01Quiz.referenceAnswers() else { return .fail("the reference EM failed") }
            let student = try Chapter01Quiz.studentAnswers(session)
            guard student.iterations == expected.iterations, student.last_progress_line == expected.last_progress_line else {
                return .fail("your EM ran \(student.iterations) iterations (last line \"\(student.last_progress_line ?? "none")\"); the notebook's stops after \(expected.iterations) (\"\(expected.last_progress_line ?? "")\"). \(diagnosis(session))")
            }
            return .pass("stopped after \(student.iterations) iterations")
        },
        quizItem("01.quiz.weight", title: "quiz: the weight of the first component") { $0.first_component_weight },
        quizItem("01.quiz.mean", title: "quiz: the mean of the second component, first dimension") { $0.second_component_mean_x },
        quizItem("01.quiz.variance", title: "quiz: the variance of the third component, first dimension") { $0.third_component_variance_x },
        GradedItem("01.quiz.trend", chapter: 1, title: "quiz: the log-likelihood increases monotonically, from the start to convergence", points: 1) { session throws(CallFailure) in
            guard let expected = Chapter01Quiz.referenceAnswers() else { return .fail("the reference EM failed") }
            let student = try Chapter01Quiz.studentAnswers(session)
            guard student.loglikelihood_trend == expected.loglikelihood_trend else {
                return .fail("your log-likelihood trace is \"\(student.loglikelihood_trend)\"; it should be \"\(expected.loglikelihood_trend)\". \(diagnosis(session))")
            }
            guard student.loglikelihoods.count == expected.loglikelihoods.count,
                  zip(student.loglikelihoods, expected.loglikelihoods).allSatisfy({ agrees($0, $1) }) else {
                return .fail("the trend is right but the values are not the notebook's (\(student.loglikelihoods.count) values, from \(student.loglikelihoods.first.map(show) ?? "none")): \(diagnosis(session))")
            }
            return .pass("\(student.loglikelihoods.count) values, increasing")
        },
        GradedItem("01.twelve", chapter: 1, title: "the run with maxiter 12 ends with the notebook's weights", points: 1) { session throws(CallFailure) in
            guard let expected = Chapter01Quiz.referenceAnswers(Chapter01Quiz.twelveIterations) else { return .fail("the reference EM failed") }
            let student = try Chapter01Quiz.studentAnswers(session, Chapter01Quiz.twelveIterations)
            guard student.weights.count == expected.weights.count, zip(student.weights, expected.weights).allSatisfy({ agrees($0, $1) }) else {
                return .fail("after 12 iterations your weights are \(student.weights.map(show)); expected \(expected.weights.map(show))")
            }
            return .pass("weights \(student.weights.map(show))")
        },
    ] + Chapter01Invariants.all + Chapter01Hidden.all
}
