// edition: omit (hidden checks: chapter 04's functions on fresh inputs against the reference)
import EMKit

/// Hidden checks on inputs drawn afresh on every grading run.
enum Chapter04Hidden {
    static func fresh() -> UInt32 { UInt32.random(in: 0...UInt32.max) }

    static let variances: GradedItem = {
        let seed = fresh()
        return GradedItem("04.hidden.variances", chapter: 4, title: "hidden: both variances and the M-step on fresh inputs match the reference",
                          points: 1, visibility: .hidden) { session throws(CallFailure) in
            var random = NumpyRandom(seed: seed)
            let m = ModularInputs(seed: seed, points: 10 + Int(random.interval(20)), dimension: 1 + Int(random.interval(3)),
                                  clusters: 2 + Int(random.interval(3)))
            let spherical = Chapter04Reference.sphericalVariances(data: m.data, resp: m.resp, counts: m.counts, means: m.means)
            if let found = KeyComparison.vector(try session.call(Chapter04Cases.sphericalRequest(m)), spherical.map(KeyNumber.value), name: "variances") {
                return .fail("\(m.label): \(found) (part 1)")
            }
            let diagonal = Chapter04Reference.diagonalVariances(data: m.data, resp: m.resp, counts: m.counts, means: m.means)
            if let found = KeyComparison.matrix(try session.call(Chapter04Cases.diagonalRequest(m)), diagonal.map { $0.map(KeyNumber.value) }, name: "variances") {
                return .fail("\(m.label): \(found) (part 2)")
            }
            for shape in CovarianceShape.allCases {
                let expected = Chapter04Reference.mStep(data: m.data, resp: m.resp, covariance: shape, regularization: Chapter04Cases.regularization)
                if let found = KeyModel(expected, hiding: false).mismatch(try session.call(Chapter04Cases.mStepRequest(m, shape))) {
                    return .fail("\(shape.rawValue), \(m.label): \(found) (part 3)")
                }
            }
            return .pass("match (\(m.label))")
        }
    }()

    static let seeding: GradedItem = {
        let seed = fresh()
        return GradedItem("04.hidden.seeding", chapter: 4, title: "hidden: k-means++ seeds and the start on fresh data match the reference",
                          points: 1, visibility: .hidden) { session throws(CallFailure) in
            var random = NumpyRandom(seed: seed)
            let k = 2 + Int(random.interval(4))
            let data = SyntheticDatasets.blobs(count: 120, stds: (0..<k).map { _ in 0.5 + random.uniform() }, seed: seed).points
            let request = KMeansPlusPlusRequest(data: data, count: k, seed: seed)
            let expected = Chapter04Reference.kMeansPlusPlus(data: data, count: k, seed: seed)
            let got = try session.call(request)
            guard got == expected else { return .fail("seed \(seed), \(k) seeds: you return \(got) where it should be \(expected) (part 4)") }
            let shape = CovarianceShape.allCases[Int(random.interval(2))]
            let start = Chapter04Reference.start(data: data, seeds: expected, covariance: shape, regularization: Chapter04Cases.regularization)
            let gotStart = try session.call(StartFromSeedsRequest(data: data, seeds: expected, covariance: shape, regularization: Chapter04Cases.regularization))
            if let found = KeyModel(start, hiding: false).mismatch(gotStart) { return .fail("seed \(seed), \(shape.rawValue): \(found) (part 5)") }
            return .pass("match (seed \(seed), K = \(k), \(shape.rawValue))")
        }
    }()

    static let queries: GradedItem = {
        let seed = fresh()
        return GradedItem("04.hidden.queries", chapter: 4, title: "hidden: log-densities, memberships and labels under a fresh model match the reference",
                          points: 1, visibility: .hidden) { session throws(CallFailure) in
            var random = NumpyRandom(seed: seed)
            let m = ModularInputs(seed: seed, points: 40, dimension: 1 + Int(random.interval(2)), clusters: 2 + Int(random.interval(3)))
            let model = GaussianMixture(weights: m.weights, means: m.means, covariances: m.covariances)
            guard let densities = try? model.logDensities(of: m.data), let memberships = try? model.membershipProbabilities(of: m.data),
                  let labels = try? model.predict(m.data) else { return .fail("the reference could not score seed \(seed)") }
            if let found = KeyComparison.vector(try session.call(LogDensitiesRequest(points: m.data, model: model)), densities.map(KeyNumber.value), name: "logDensities") {
                return .fail("\(m.label): \(found) (part 6)")
            }
            if let found = KeyComparison.matrix(try session.call(MembershipsRequest(points: m.data, model: model)), memberships.map { $0.map(KeyNumber.value) }, name: "memberships") {
                return .fail("\(m.label): \(found) (part 7)")
            }
            let got = try session.call(PredictRequest(points: m.data, model: model))
            guard got == labels else { return .fail("\(m.label): the labels differ from the most probable components (part 8)") }
            return .pass("match (\(m.label))")
        }
    }()

    static let fit: GradedItem = {
        let seed = fresh()
        return GradedItem("04.hidden.fit", chapter: 4, title: "hidden: fitCovarianceVariant on fresh blobs matches the reference",
                          points: 1, visibility: .hidden) { session throws(CallFailure) in
            var random = NumpyRandom(seed: seed)
            let shape = CovarianceShape.allCases[Int(random.interval(2))]
            let data = SyntheticDatasets.anisotropic(SyntheticDatasets.blobs(count: 150, stds: [1, 1.5, 0.7], seed: seed)).points
            let seeds = Chapter04Reference.kMeansPlusPlus(data: data, count: 3, seed: seed)
            let start = Chapter04Reference.start(data: data, seeds: seeds, covariance: shape, regularization: Chapter04Cases.regularization)
            guard let expected = Chapter04Reference.fit(data: data, initial: start, covariance: shape, maxIterations: 60,
                                                        tolerance: Chapter04Cases.tolerance, regularization: Chapter04Cases.regularization) else {
                return .fail("the reference could not fit seed \(seed)")
            }
            let got = try session.call(VariantFitRequest(data: data, initial: start, covariance: shape, maxIterations: 60))
            let label = "seed \(seed), \(shape.rawValue)"
            guard got.meanLogLikelihoods.count == expected.meanLogLikelihoods.count else {
                return .fail("\(label): your fit ran \(got.meanLogLikelihoods.count) iterations, the reference \(expected.meanLogLikelihoods.count) (part 9)")
            }
            if let found = KeyComparison.vector(got.meanLogLikelihoods, expected.meanLogLikelihoods.map(KeyNumber.value), name: "meanLogLikelihoods")
                ?? KeyModel(expected.model, hiding: false).mismatch(got.model) {
                return .fail("\(label): \(found) (part 9)")
            }
            return .pass("match (\(label), \(got.meanLogLikelihoods.count) iterations)")
        }
    }()

    static let all: [GradedItem] = [variances, seeding, queries, fit]
}
