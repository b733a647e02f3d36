// edition: omit (hidden checks: the sampler on a fresh model, matching on fresh means against the reference)
import EMKit
import SubmissionCalls
import Reference

/// Hidden checks on inputs drawn afresh on every grading run.
enum Chapter03Hidden {
    static let sampler: GradedItem = {
        let seed = UInt32.random(in: 0...UInt32.max)
        return GradedItem("03.hidden.sampler", chapter: 3, title: "hidden: sampleMixture on a fresh model falls inside the bands",
                          points: 1, visibility: .hidden) { session throws(CallFailure) in
            var random = NumpyRandom(seed: seed)
            let k = 2 + Int(random.interval(2)), d = 1 + Int(random.interval(2))
            let raw = (0..<k).map { _ in 0.5 + random.uniform() }
            let model = GaussianMixture(
                weights: raw.map { $0 / raw.sum }, means: (0..<k).map { _ in (0..<d).map { _ in 10 * random.uniform() - 5 } },
                covariances: (0..<k).map { _ in
                    let a = (0..<d).map { _ in (0..<d).map { _ in 2 * random.uniform() - 1 } }
                    return (0..<d).map { i in (0..<d).map { j in LinearAlgebra.dot(a[i], a[j]) + (i == j ? 0.3 : 0) } }
                })
            let request = SampleMixtureRequest(count: SamplerBands.draws, seed: seed, model: model)
            let got = try session.call(request)
            for aspect in [SamplerBands.Aspect.frequencies, .means, .covariances] {
                if let found = SamplerBands.failure(aspect, request: request, got: got) { return .fail(found + " (part 1)") }
            }
            return .pass("inside the bands (seed \(seed))")
        }
    }()

    static let permutation: GradedItem = {
        let seed = UInt32.random(in: 0...UInt32.max)
        return GradedItem("03.hidden.permutation", chapter: 3, title: "hidden: closestPermutation on fresh means matches the reference",
                          points: 1, visibility: .hidden) { session throws(CallFailure) in
            var random = NumpyRandom(seed: seed)
            let k = 2 + Int(random.interval(3))
            let truth = (0..<k).map { _ in (0..<2).map { _ in 6 * random.uniform() - 3 } }
            let estimated = random.permutation(k).map { truth[$0].map { $0 + 2 * random.uniform() - 1 } }
            let expected = Chapter03Reference.permutation(estimatedMeans: estimated, trueMeans: truth)
            let got = try session.call(PermutationRequest(estimatedMeans: estimated, trueMeans: truth))
            return got == expected ? .pass("matches (seed \(seed))") : .fail("seed \(seed): you return \(got) where it should be \(expected) (part 3)")
        }
    }()

    static let all: [GradedItem] = [sampler, permutation]
}
