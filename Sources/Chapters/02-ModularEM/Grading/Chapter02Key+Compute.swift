// edition: omit (computes the answer key with the reference functions and the reference EM)
import EMKit
import SubmissionCalls
import Reference

extension Chapter02Key {
    static func compute() throws -> Chapter02Key {
        var cases: [ModularCaseKey] = []
        for (seed, n, d, k) in caseShapes {
            let inputs = ModularInputs(seed: seed, points: n, dimension: d, clusters: k)
            guard let out = Chapter02Reference.outputs(inputs) else {
                throw KitError("the modular reference failed on the inputs of seed \(seed) (\(n) points, d = \(d), K = \(k))")
            }
            cases.append(ModularCaseKey(
                seed: seed, points: n, dimension: d, clusters: k,
                responsibilities: out.responsibilities.map { $0.map(KeyNumber.value) },
                counts: out.counts.map(KeyNumber.value), weights: out.weights.map(KeyNumber.value),
                means: out.means.map { $0.map(KeyNumber.value) },
                covariances: out.covariances.map { $0.map { $0.map(KeyNumber.value) } },
                mistakes: Chapter02Mistakes.values(inputs)))
        }
        guard let first = Chapter02Reference.steps(Chapter02Quiz.firstIteration).first else {
            throw KitError("the modular reference EM ran no iteration on the two-cluster data")
        }
        let two = try runKey(Chapter02Quiz.twoClustersRun), three = try runKey(Chapter02Quiz.threeClustersRun)
        return Chapter02Key(cases: cases, firstIteration: KeyState(first, hidden: false), twoClusters: two, threeClusters: three)
    }

    static func runKey(_ request: EMAlgorithmRequest) throws -> RunKey {
        let steps = Chapter02Reference.steps(request)
        guard let last = steps.last else { throw KitError("the modular reference EM ran no iteration on \(request.data.count) points") }
        return RunKey(
            iterations: .hiding(Double(last.number)),
            weights: last.model.weights.map(KeyNumber.hiding),
            means: last.model.means.map { $0.map(KeyNumber.hiding) },
            covariances: last.model.covariances.map { $0.map { $0.map(KeyNumber.hiding) } },
            loglik: .hiding(last.logLikelihood))
    }
}
