import EMKit
import SubmissionCalls

/// Chapter 05's part items: each function of the exercise on a fixed input, compared with the
/// key in clear, so the feedback can say what a value should be.
enum Chapter05Parts {
    static let runs = Chapter05Runs.self

    /// An item of chapter 05, with its key; a `CallFailure` ends it (`unusable` as a failed check).
    static func item(_ id: String, _ title: String, points: Double = 1,
                     _ check: @escaping @Sendable (Chapter05Key, Chapter05Student) throws(CallFailure) -> Verdict) -> GradedItem {
        GradedItem("05." + id, chapter: 5, title: title, points: points) { session throws(CallFailure) in
            guard let key = Chapter05Key.current else { return Chapter05Key.missing }
            return try check(key, Chapter05Student(session: session))
        }
    }

    /// The first entry of `got` that is not `expected`, named with `label`.
    static func difference(_ got: [Double], _ expected: [KeyNumber], of name: String, _ label: @escaping (Int) -> String) -> Mismatch? {
        KeyComparison.vector(got, expected, name: name, label: label)
    }

    /// The first difference between a student's mixture and a key's.
    static func difference(_ got: GaussianMixture, _ expected: KeyMixture) -> Mismatch? { expected.mismatch(got) }

    static let standardize = item("part1", "part 1: standardizeColumns gives every penguin measurement mean 0 and standard deviation 1") { key, s throws(CallFailure) in
        Chapter05Mistakes.standardizeVerdict(try s.standardizedPenguins(), key: key)
    }

    static let initialization = item("part2", "part 2: realDataInitialization gives the notebook's starting parameters on the penguins (seed 1)", points: 2) { key, s throws(CallFailure) in
        let request = RealDataInitRequest(data: runs.penguins.points, components: runs.penguinComponents, seed: runs.notebookSeed)
        return Chapter05Mistakes.initializationVerdict(try s.call(request), key: key)
    }

    static let fit = item("part3", "part 3: fitRealData runs one EM iteration on Old Faithful from those starting parameters") { key, s throws(CallFailure) in
        if case .fail(let why)? = try? initializationOnFaithful(key, s) { return .fail("this needs part 2 first: \(why)") }
        let result = try s.fit(runs.faithful, components: runs.faithfulComponents, seed: runs.notebookSeed, maxiter: 1, name: "Old Faithful")
        let model = GaussianMixture(weights: result.weights, means: result.means, covariances: result.covs)
        if let d = difference(model, key.faithfulFirstStep) {
            return .fail("after one iteration on Old Faithful (seed 1), \(d): does fitRealData pass your starting parameters and maxiter to runEM? If so, chapter 01's runEM is the place to look")
        }
        guard key.faithfulFirstLogLikelihood.matches(result.loglik[1]) else {
            return .fail("loglik[1] after one iteration " + key.faithfulFirstLogLikelihood.expectation(for: result.loglik[1]))
        }
        return .pass("one iteration matches the reference")
    }

    /// Part 2 on Old Faithful, checked by part 3 before its own comparison: the starting
    /// parameters must have K = 2 components with finite entries.
    static func initializationOnFaithful(_ key: Chapter05Key, _ s: Chapter05Student) throws(CallFailure) -> Verdict {
        let model = try s.call(RealDataInitRequest(data: runs.faithful, components: 2, seed: runs.notebookSeed))
        guard model.weights.count == 2, model.means.count == 2, model.covariances.count == 2, model.means.allSatisfy({ $0.count == 2 }),
              model.covariances.allSatisfy({ $0.count == 2 && LinearAlgebra.isFinite($0) }) else {
            return .fail("realDataInitialization on Old Faithful with K = 2 does not return 2 weights, means and 2 × 2 covariances")
        }
        return .pass("")
    }
}
