// edition: omit (computes the answer key with the reference EM)
import EMKit
import SubmissionCalls
import Reference

extension Chapter01Key {
    static func compute() throws -> Chapter01Key {
        let first = Chapter01Quiz.referenceSteps(Chapter01Items.firstIteration)
        let full = Chapter01Quiz.referenceSteps(Chapter01Quiz.fullRun)
        guard let firstStep = first.first, !full.isEmpty else { throw KitError("the reference EM ran no iteration on the notebook's data") }
        let initial = try Chapter01Quiz.referenceInitialLogLikelihood()
        guard let fresh = FreshProblem.make(dimension: 2, components: 3, seed: UInt32.random(in: 0...UInt32.max - 100)) else {
            throw KitError("no fresh problem for the invariant checks converged under the reference EM")
        }
        let last = full.count - 1
        let partStart = firstStep.model
        guard let partStep = Chapter01Quiz.referenceSteps(Chapter01Items.partRequest(from: partStart)).first else {
            throw KitError("the reference EM ran no iteration from its own first step on the notebook's data")
        }
        func mistakes(from start: GaussianMixture) -> [String: KeyState] {
            var states: [String: KeyState] = [:]
            for mistake in Chapter01Mistakes.all {
                guard let step = Chapter01Reference.iteration(data: Chapter01Quiz.data, start: start, mistake: mistake), step.isFinite else { continue }
                states[mistake.id] = KeyState(step, hidden: false)
            }
            return states
        }
        return Chapter01Key(
            firstStep: KeyState(firstStep, hidden: false),
            partStart: partStart,
            partStep: KeyState(partStep, hidden: false),
            mistakes: mistakes(from: partStart),
            firstMistakes: mistakes(from: Chapter01Quiz.initial),
            steps: full.map { KeyState($0, hidden: true) },
            iterations: full.count,
            lastProgressLine: "Iteration \(last)",
            trend: Chapter01Answers.trend(of: [initial] + full.map(\.logLikelihood)),
            initialLogLikelihood: .hiding(initial),
            invariantSeed: fresh.seed)
    }
}

extension Chapter01Quiz {
    /// The reference EM's state after each iteration of a request, computed by the kit.
    static func referenceSteps(_ request: RunEMRequest) -> [EMIteration] {
        var steps: [EMIteration] = []
        _ = try? fitNotebookEM(data: request.data, initial: request.initial, maxIterations: request.maxiter,
                               tolerance: request.thresh) { steps.append($0) }
        return steps
    }

    /// The log-likelihood of the notebook's starting parameters.
    static func referenceInitialLogLikelihood() throws -> Double {
        guard let first = try fitNotebookEM(data: data, initial: initial, maxIterations: 1).logLikelihoods.first else {
            throw KitError("the reference EM gave no log-likelihood for the notebook's start")
        }
        return first
    }
}

extension EMIteration {
    /// Whether every number of the state is finite (an answer key cannot record the others).
    var isFinite: Bool {
        LinearAlgebra.isFinite(responsibilities) && model.weights.allSatisfy(\.isFinite) && LinearAlgebra.isFinite(model.means)
            && model.covariances.allSatisfy(LinearAlgebra.isFinite) && logLikelihood.isFinite
    }
}
