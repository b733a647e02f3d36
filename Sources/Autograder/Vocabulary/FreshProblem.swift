import EMKit
import SubmissionCalls
#if !STUDENT_EDITION
import Reference
#endif

/// A data set and starting point the student has never seen, for the hidden checks: a random
/// mixture, data drawn from it, the notebook's initialisation with a random seed, and the
/// reference EM's path on it.
struct FreshProblem: Sendable {
    var seed: UInt32
    var data: Matrix
    var initial: GaussianMixture
    /// The reference EM's path (empty in the student edition, which has no reference EM).
    var steps: [EMIteration]

    /// Tries seeds from `seed` on until the reference run is well behaved: no collapse, 3 to
    /// 200 iterations, a last gain not within 1e−6 of the threshold (so that rounding cannot
    /// change the iteration count), and at least d + 3 points' weight in every component.
    static func make(dimension: Int, components: Int, seed: UInt32) -> FreshProblem? {
        for offset in 0..<50 {
            let seed = seed &+ UInt32(offset)
            var random = NumpyRandom(seed: seed)
            let model = randomModel(dimension: dimension, components: components, random: &random)
            let count = 60 + Int(random.interval(60))
            guard let sample = try? generateMoGData(count: count, model: model, random: &random),
                  let initial = try? notebookInitialization(data: sample.points, components: components, seed: seed) else { continue }
            /// The reference EM's path (empty in the student edition, which has no reference EM).
    var steps: [EMIteration] = []
            #if !STUDENT_EDITION
            guard let fit = try? fitNotebookEM(data: sample.points, initial: initial, observe: { steps.append($0) }),
                  fit.converged, (3...200).contains(fit.iterations) else { continue }
            let gains = zip(fit.logLikelihoods.dropFirst(), fit.logLikelihoods).map { $0 - $1 }
            guard gains.allSatisfy({ abs($0 - 1e-4) > 1e-6 }) else { continue }
            // A component left with about d points has a nearly singular covariance, where the
            // log-likelihood swings on rounding alone and two right EMs part; keep d + 3 or more.
            let fewest = Double(dimension + 3) / Double(count)
            guard steps.allSatisfy({ $0.model.weights.allSatisfy { $0 >= fewest } }) else { continue }
            #endif
            return FreshProblem(seed: seed, data: sample.points, initial: initial, steps: steps)
        }
        return nil
    }

    /// Means spread over [−6, 6]ᵈ, covariances `A Aᵀ + 0.2 I` with A uniform in [−1, 1],
    /// weights proportional to uniforms in [0.5, 1.5].
    private static func randomModel(dimension d: Int, components k: Int, random: inout NumpyRandom) -> GaussianMixture {
        let means = (0..<k).map { _ in (0..<d).map { _ in 12 * random.uniform() - 6 } }
        let covariances: [Matrix] = (0..<k).map { _ in
            let a = (0..<d).map { _ in (0..<d).map { _ in 2 * random.uniform() - 1 } }
            return (0..<d).map { i in (0..<d).map { j in LinearAlgebra.dot(a[i], a[j]) + (i == j ? 0.2 : 0) } }
        }
        let raw = (0..<k).map { _ in 0.5 + random.uniform() }
        let total = raw.sum
        return GaussianMixture(weights: raw.map { $0 / total }, means: means, covariances: covariances)
    }
}
