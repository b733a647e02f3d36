// edition: omit (hidden checks run the reference functions and the reference EM on fresh inputs)
import EMKit
import SubmissionCalls
import Reference

/// Hidden checks: each function, and the loop, against the kit's reference on inputs drawn
/// afresh on every grading run.
enum Chapter02Hidden {
    static func functionItem(_ function: ModularFunction) -> GradedItem {
        var generator = SystemRandomNumberGenerator()
        let seed = UInt32.random(in: 0...UInt32.max, using: &generator)
        let shape = (points: Int.random(in: 5...40), dimension: Int.random(in: 1...3), clusters: Int.random(in: 1...4))
        return GradedItem("02.hidden.part\(function.part)", chapter: 2, title: "hidden: \(function.name) on fresh random inputs matches the reference",
                          points: 1, visibility: .hidden) { session throws(CallFailure) in
            let inputs = ModularInputs(seed: seed, points: shape.points, dimension: shape.dimension, clusters: shape.clusters)
            guard let out = Chapter02Reference.outputs(inputs) else { return .fail("the kit could not make test inputs (seed \(seed))") }
            let expected = ModularCaseKey(
                seed: seed, points: shape.points, dimension: shape.dimension, clusters: shape.clusters,
                responsibilities: out.responsibilities.map { $0.map(KeyNumber.value) },
                counts: out.counts.map(KeyNumber.value), weights: out.weights.map(KeyNumber.value),
                means: out.means.map { $0.map(KeyNumber.value) },
                covariances: out.covariances.map { $0.map { $0.map(KeyNumber.value) } },
                mistakes: Chapter02Mistakes.values(inputs))
            if let found = try function.mismatch(session: session, inputs: inputs, expected: expected) {
                return .fail(found)
            }
            return .pass("matches (\(inputs.label))")
        }
    }

    static let loop = GradedItem("02.hidden.em", chapter: 2, title: "hidden: emAlgorithm on fresh 2-D data with 3 components matches the reference",
                                 points: 2, visibility: .hidden) { session throws(CallFailure) in
        let problem = FreshProblem.make(dimension: 2, components: 3, seed: UInt32.random(in: 0...UInt32.max - 100))
        guard let problem, let last = problem.steps.last else { return .fail("the kit could not make a test problem") }
        let student = try session.call(EMAlgorithmRequest(data: problem.data, initial: problem.initial)).result
        if let found = firstDifference(student: student, iterations: last.number, reference: KeyState(last, hidden: false)) {
            return .fail("seed \(problem.seed): at the end of the run your \(found.quantity.name) differ: \(found.detail)")
        }
        guard student.loglik.count == last.number + 1 else {
            return .fail("seed \(problem.seed): your run has \(student.loglik.count - 1) iterations where the reference has \(last.number)")
        }
        return .pass("matches after \(last.number) iterations (seed \(problem.seed))")
    }

    static let all: [GradedItem] = ModularFunction.allCases.map(functionItem) + [loop]
}
