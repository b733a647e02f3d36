import EMKit
import SubmissionCalls

/// The graded items of chapter 03 (sampling, EM from random starts, choosing K).
public enum Chapter03Items {

    /// "(−1.71, 3.66), (2.16, 3.89)" for feedback.
    static func points(_ m: Matrix) -> String {
        m.map { "(" + $0.map { String(format: "%.3g", $0) }.joined(separator: ", ") + ")" }.joined(separator: ", ")
    }

    static func samplerItem(_ aspect: SamplerBands.Aspect, _ name: String, points: Double) -> GradedItem {
        GradedItem("03.part1.\(name)", chapter: 3, title: "part 1: sampleMixture's component \(name) fall inside their confidence bands",
                   points: points) { session throws(CallFailure) in
            for request in SamplerBands.requests {
                let got = try session.call(request)
                if let found = SamplerBands.failure(aspect, request: request, got: got) { return .fail(found + " (part 1)") }
            }
            return .pass("inside the bands on \(SamplerBands.requests.count) runs of \(SamplerBands.draws) draws")
        }
    }

    /// What is wrong with the student's traces over the first iterations, pointing at chapter 02 when it is there.
    static func traceMismatch(_ session: SubmissionSession, key: Chapter03Key) throws(CallFailure) -> String? {
        let got = try session.call(Chapter03Cases.fit)
        let n = key.firstNLL.count
        guard got.meanNLL.count >= n, got.weightTrace.count >= n else {
            return "the fit's traces hold \(got.meanNLL.count) mean NLL values and \(got.weightTrace.count) weight vectors; after each iteration both get one (part 2)"
        }
        for i in 0..<n {
            let found = KeyComparison.vector(got.weightTrace[i], key.firstWeights[i], name: "weightTrace[\(i)]")
                ?? (key.firstNLL[i].matches(got.meanNLL[i]) ? nil : Mismatch(path: "meanNLL[\(i)]", kind: .value(got: got.meanNLL[i], expected: key.firstNLL[i])))
            guard let found else { continue }
            if let chapter02 = Chapter02Key.current {
                for function in ModularFunction.allCases {
                    if let broken = try Chapter02Items.firstMismatch(function, session: session, key: chapter02) {
                        return "on the notebook's 900 samples \(found); part 2 uses chapter 02's functions and \(function.name) fails its check: \(broken)"
                    }
                }
            }
            return "on the notebook's 900 samples, from the notebook's random start: \(found) (part 2: one EM iteration, then −logLikelihood / N of the new parameters)"
        }
        return nil
    }

    static let visible: [GradedItem] = [
        samplerItem(.frequencies, "frequencies", points: 1),
        samplerItem(.means, "means", points: 1),
        samplerItem(.covariances, "covariances", points: 2),
        GradedItem("03.part2.traces", chapter: 3, title: "part 2: fitWithTraces's mean NLL and weights over the first iterations", points: 2) { session throws(CallFailure) in
            guard let key = Chapter03Key.current else { return Chapter03Key.missing }
            if let found = try traceMismatch(session, key: key) { return .fail(found) }
            return .pass("the first \(key.firstNLL.count) iterations match")
        },
        GradedItem("03.part2.fit", chapter: 3, title: "quiz: EM from the random start stops where the reference does (iterations, final mean NLL, weights)", points: 2) { session throws(CallFailure) in
            guard let key = Chapter03Key.current else { return Chapter03Key.missing }
            if let found = try traceMismatch(session, key: key) { return .fail(found) }
            let got = try session.call(Chapter03Cases.fit)
            guard key.iterations.matches(Double(got.meanNLL.count)), key.finalNLL.matches(got.meanNLL.last ?? .nan) else {
                return .fail("your fit ran \(got.meanNLL.count) iterations to a mean NLL of \(show(got.meanNLL.last ?? .nan)), which is not where the reference stops: check the stopping rule (part 2: stop once |previous − nll| ≤ tolerance)")
            }
            guard KeyComparison.vector(got.model.weights.sorted(), key.sortedWeights, name: "") == nil else {
                return .fail("the traces match but the returned model's weights \(got.model.weights.map(show).joined(separator: ", ")) are not the last ones (part 2: return the updated model)")
            }
            return .pass("\(got.meanNLL.count) iterations, mean NLL \(show(got.meanNLL.last ?? .nan))")
        },
        GradedItem("03.part3", chapter: 3, title: "part 3: closestPermutation matches components to the truth", points: 1) { session throws(CallFailure) in
            guard let key = Chapter03Key.current else { return Chapter03Key.missing }
            for (request, expected) in zip(Chapter03Cases.permutations, key.permutations) {
                let got = try session.call(request)
                guard got == expected else {
                    return .fail("for true means \(points(request.trueMeans)) and estimates \(points(request.estimatedMeans)) you return \(got) where it should be \(expected): perm[i] is the estimate matched with true component i (part 3)")
                }
            }
            return .pass("\(key.permutations.count) cases")
        },
        GradedItem("03.part4", chapter: 3, title: "part 4: parameterCount, bic and aic", points: 1) { session throws(CallFailure) in
            guard let key = Chapter03Key.current else { return Chapter03Key.missing }
            for (index, request) in Chapter03Cases.criteria.enumerated() {
                let got = try session.call(request)
                if let found = Chapter03Mistakes.criteriaMismatch(got, request: request, expected: key.criteria[index], mistakes: key.criteriaMistakes[index]) {
                    return .fail(found)
                }
            }
            return .pass("\(key.criteria.count) cases")
        },
        GradedItem("03.part5", chapter: 3, title: "part 5: sweepComponents over K = 1 … \(Chapter03Cases.sweep.maxComponents) on the notebook's samples", points: 2,
                   runsLong: true) { session throws(CallFailure) in
            // The student's sweep first: it runs in its own process while the key is computed.
            let rows = try session.call(Chapter03Cases.sweep)
            guard let key = Chapter03Key.current else { return Chapter03Key.missing }
            guard rows.count == key.sweep.count else { return .fail("the sweep returned \(rows.count) rows where \(key.sweep.count) are expected, one per K (part 5)") }
            for (row, expected) in zip(rows, key.sweep) {
                let names = ["mean NLL", "BIC", "AIC"]
                for (i, value) in [row.meanNLL, row.bic, row.aic].enumerated() where !expected[i].matches(value) {
                    return .fail("for K = \(row.components) the \(names[i]) " + expected[i].expectation(for: value)
                                 + " (part 5; if the mean NLL is off, are the starts drawn in turn from the one random stream, and is part 2 passing?)")
                }
            }
            return .pass("\(rows.count) rows match")
        },
        GradedItem("03.quiz.best-k", chapter: 3, title: "quiz: the K that BIC and AIC pick from your sweep", points: 1) { session throws(CallFailure) in
            let rows = try session.call(Chapter03Cases.sweep)
            guard let key = Chapter03Key.current else { return Chapter03Key.missing }
            let byBIC = Chapter03Quiz.best(rows, \.bic), byAIC = Chapter03Quiz.best(rows, \.aic)
            guard key.bestByBIC.matches(Double(byBIC)), key.bestByAIC.matches(Double(byAIC)) else {
                return .fail("your sweep picks K = \(byBIC) by BIC and K = \(byAIC) by AIC, which is not the reference's choice (fix part 5 first)")
            }
            return .pass("K = \(byBIC) by BIC, K = \(byAIC) by AIC")
        },
    ]

    public static var all: [GradedItem] {
        #if STUDENT_EDITION
        return visible
        #else
        return visible + Chapter03Hidden.all
        #endif
    }
}
