// edition: omit (hidden checks: chapter 04's functions on fresh inputs against the reference)
import EMKit
import SubmissionCalls
import Reference

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
                let expected = Chapter04Reference.mStep(data: m.data, resp: m.resp, covariance: shape, regularization: Chapter04Cases.mStepRegularization)
                if let found = KeyMixture(expected, hidden: false).mismatch(try session.call(Chapter04Cases.mStepRequest(m, shape))) {
                    return .fail("\(shape.rawValue), \(m.label): \(found) (part 3)")
                }
            }
            return .pass("match (\(m.label))")
        }
    }()

    static let seeding: GradedItem = {
        let seed = fresh()
        return GradedItem("04.hidden.seeding", chapter: 4, title: "hidden: k-means++ seeds, Lloyd's labels and the starts on fresh data match the reference",
                          points: 1, visibility: .hidden) { session throws(CallFailure) in
            var random = NumpyRandom(seed: seed)
            let k = 2 + Int(random.interval(4))
            let data = SyntheticDatasets.blobs(count: 120, stds: (0..<k).map { _ in 0.5 + random.uniform() }, seed: seed).points
            let request = KMeansPlusPlusRequest(data: data, count: k, seed: seed)
            let expected = Chapter04Reference.kMeansPlusPlus(data: data, count: k, seed: seed)
            let got = try session.call(request)
            guard got == expected else { return .fail("seed \(seed), \(k) seeds: you return \(got) where it should be \(expected) (part 4)") }
            let lloyd = Chapter04Reference.kMeansLabels(data: data, seeds: expected)
            let gotLloyd = try session.call(KMeansLabelsRequest(data: data, seeds: expected))
            guard gotLloyd.labels == lloyd.labels, gotLloyd.iterations == lloyd.iterations else {
                return .fail("seed \(seed), \(k) centers from seeds \(expected): your labels or iteration count (\(gotLloyd.iterations)) differ from Lloyd's iterations to scikit-learn's rule (\(lloyd.iterations) iterations) (part 11)")
            }
            let shape = CovarianceShape.allCases[Int(random.interval(2))]
            let start = Chapter04Reference.start(data: data, seeds: expected, covariance: shape, regularization: Chapter04Cases.regularization)
            let gotStart = try session.call(StartFromSeedsRequest(data: data, seeds: expected, covariance: shape, regularization: Chapter04Cases.regularization))
            if let found = KeyMixture(start, hidden: false).mismatch(gotStart) { return .fail("seed \(seed), \(shape.rawValue): \(found) (part 5)") }
            let kmeans = Chapter04Reference.kMeansStart(data: data, components: k, covariance: shape, regularization: Chapter04Cases.regularization, seed: seed)
            let gotKMeans = try session.call(KMeansStartRequest(data: data, components: k, covariance: shape, regularization: Chapter04Cases.regularization, seed: seed))
            if let found = KeyMixture(kmeans, hidden: false).mismatch(gotKMeans) { return .fail("seed \(seed), \(shape.rawValue), the k-means start: \(found) (part 12)") }
            return .pass("match (seed \(seed), K = \(k), \(shape.rawValue))")
        }
    }()

    static let queries: GradedItem = {
        let seed = fresh()
        return GradedItem("04.hidden.queries", chapter: 4, title: "hidden: log-densities, memberships and labels under a fresh model match the reference",
                          points: 1, visibility: .hidden) { session throws(CallFailure) in
            var random = NumpyRandom(seed: seed)
            let m = ModularInputs(seed: seed, points: 40, dimension: 1 + Int(random.interval(2)), clusters: 2 + Int(random.interval(3)))
            // The last component is a copy of the first, so some points tie exactly between the
            // two (predict keeps the first), and one extra point lies far from every component,
            // where plain densities underflow to 0 and only log space gives an answer.
            let k = m.means.count
            var weights = m.weights
            weights[k - 1] = weights[0]
            let total = weights.sum
            var means = m.means, covariances = m.covariances
            means[k - 1] = means[0]
            covariances[k - 1] = covariances[0]
            let model = GaussianMixture(weights: weights.map { $0 / total }, means: means, covariances: covariances)
            let far = means[0].map { $0 + 1_000 }
            let points = m.data + [far]
            guard let densities = try? model.logDensities(of: points), let memberships = try? model.membershipProbabilities(of: points),
                  let labels = try? model.predict(points) else { return .fail("the reference could not score seed \(seed)") }
            let label = m.label + ", component \(k - 1) a copy of component 0, and point \(points.count - 1) far from all"
            let gotDensities = try session.call(LogDensitiesRequest(points: points, model: model))
            if let found = KeyComparison.vector(gotDensities, densities.map(KeyNumber.value), name: "logDensities") {
                let underflow = gotDensities.count == points.count && !gotDensities[points.count - 1].isFinite && gotDensities.dropLast().allSatisfy(\.isFinite)
                return .fail("\(label): \(found) (part 6" + (underflow ? ": at the far point the densities underflow; take logSumExp of the log terms" : "") + ")")
            }
            let gotMemberships = try session.call(MembershipsRequest(points: points, model: model))
            if let found = KeyComparison.matrix(gotMemberships, memberships.map { $0.map(KeyNumber.value) }, name: "memberships") {
                let underflow = gotMemberships.count == points.count && gotMemberships[points.count - 1].contains { !$0.isFinite }
                return .fail("\(label): \(found) (part 7" + (underflow ? ": at the far point every density underflows to 0, and 0 / 0 is NaN; subtract the row's logSumExp before exp" : "") + ")")
            }
            let got = try session.call(PredictRequest(points: points, model: model))
            if got != labels {
                let tie = zip(got, labels).contains { $0 == k - 1 && $1 == 0 }
                return .fail("\(label): the labels differ from the most probable components (part 8" + (tie ? ": on a tie keep the first component" : "") + ")")
            }
            return .pass("match (\(label))")
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
            // A regularisation other than the default, so a fit that ignores its argument shows.
            let regularization = 1e-3
            let start = Chapter04Reference.start(data: data, seeds: seeds, covariance: shape, regularization: regularization)
            guard let expected = Chapter04Reference.fit(data: data, initial: start, covariance: shape, maxIterations: 60,
                                                        tolerance: Chapter04Cases.tolerance, regularization: regularization) else {
                return .fail("the reference could not fit seed \(seed)")
            }
            let got = try session.call(VariantFitRequest(data: data, initial: start, covariance: shape, maxIterations: 60, regularization: regularization))
            let label = "seed \(seed), \(shape.rawValue), regularization \(regularization)"
            guard got.meanLogLikelihoods.count == expected.meanLogLikelihoods.count else {
                return .fail("\(label): your trace has \(got.meanLogLikelihoods.count) values, the reference's \(expected.meanLogLikelihoods.count) (part 9)")
            }
            if let found = KeyComparison.vector(got.meanLogLikelihoods, expected.meanLogLikelihoods.map(KeyNumber.value), name: "meanLogLikelihoods")
                ?? KeyMixture(expected.model, hidden: false).mismatch(got.model) {
                return .fail("\(label): \(found) (part 9)")
            }
            return .pass("match (\(label), \(got.meanLogLikelihoods.count) iterations)")
        }
    }()

    static let all: [GradedItem] = [variances, seeding, queries, fit]
}
