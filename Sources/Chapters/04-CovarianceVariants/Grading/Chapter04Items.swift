import EMKit
import SubmissionCalls

/// The graded items of chapter 04 (covariance variants, scikit-learn's k-means start and the random one, the library's queries).
public enum Chapter04Items {

    /// "; part 3 uses chapter 02's functions and computeMeans fails its check: …" when one does.
    static func chapter02Broken(_ session: SubmissionSession, used: [ModularFunction]) throws(CallFailure) -> String {
        guard let key = Chapter02Key.current else { return "" }
        for function in used {
            if let broken = try Chapter02Items.firstMismatch(function, session: session, key: key) {
                return "; this builds on chapter 02 and \(function.name) fails its check: \(broken)"
            }
        }
        return ""
    }

    /// What is wrong with part 3 on the fixed inputs, or nil.
    static func mStepMismatch(_ session: SubmissionSession, key: Chapter04Key) throws(CallFailure) -> String? {
        for index in Chapter04Cases.modular.indices {
            for shape in CovarianceShape.allCases {
                let got = try session.call(Chapter04Cases.mStepRequest(Chapter04Cases.modular[index], shape))
                if let found = Chapter04Mistakes.mStepMismatch(got, index: index, shape: shape, key: key) {
                    if found.contains(Chapter04Mistakes.mStepWithoutRegularization.sentence) { return found }
                    return found + (try chapter02Broken(session, used: [.softCounts, .weights, .means] + (shape == .full ? [.covariances] : [])))
                }
            }
        }
        return nil
    }

    /// What is wrong with the student's fit of one graded run over its first iterations, or nil.
    static func traceMismatch(_ session: SubmissionSession, run: Chapter04Key.Run) throws(CallFailure) -> String? {
        guard let spec = Chapter04Cases.run(named: run.name) else { return "the kit has no run \(run.name)" }
        let got = try session.call(VariantFitRequest(data: spec.data, initial: run.start, covariance: spec.covariance))
        guard got.meanLogLikelihoods.count >= run.firstTrace.count else {
            return "\(run.name): meanLogLikelihoods holds \(got.meanLogLikelihoods.count) values, where every iteration adds one (part 9)"
        }
        for (i, expected) in run.firstTrace.enumerated() where !expected.matches(got.meanLogLikelihoods[i]) {
            return "\(run.name): meanLogLikelihoods[\(i)] " + expected.expectation(for: got.meanLogLikelihoods[i])
                + (i == 0 ? " (part 9: the mean of part 6 over the data, under the start)" : " (part 9: does each iteration apply part 3's M-step, with the covariance shape passed in?)")
        }
        return nil
    }

    /// The student's fit of a graded run, checked to the end against the key.
    static func fitMismatch(_ session: SubmissionSession, key: Chapter04Key, _ name: String) throws(CallFailure) -> String? {
        guard let run = key.run(name), let spec = Chapter04Cases.run(named: name) else { return "the kit has no run \(name)" }
        if let found = try traceMismatch(session, run: run) { return found }
        let got = try session.call(VariantFitRequest(data: spec.data, initial: run.start, covariance: spec.covariance))
        let final = got.meanLogLikelihoods.last ?? .nan
        let count = got.meanLogLikelihoods.count
        if run.iterations.matches(Double(count + 1)) {
            return "\(name): your trace stops one value short of the reference's (\(count) values, the last \(show(final))): append each mean log-likelihood before the stopping test, so the one that stops EM is in the trace too (part 9)"
        }
        guard run.iterations.matches(Double(count)), run.finalMeanLogLikelihood.matches(final) else {
            return "\(name): your trace has \(count) value\(count == 1 ? "" : "s"), the last \(show(final)), not where the reference stops (part 9: stop once |ll − previous| < tolerance)"
        }
        guard KeyComparison.vector(got.model.weights.sorted(), run.sortedWeights, name: "") == nil else {
            return "\(name): the trace matches but the returned weights \(got.model.weights.map(show).joined(separator: ", ")) are not the fitted ones (part 9: return the updated model)"
        }
        return nil
    }

    static let visible: [GradedItem] = [
        GradedItem("04.part1", chapter: 4, title: "part 1: sphericalVariances is the pseudo-code's σ²ₖ", points: 1) { session throws(CallFailure) in
            guard let key = Chapter04Key.current else { return Chapter04Key.missing }
            for (index, (m, expected)) in zip(Chapter04Cases.modular, key.spherical).enumerated() {
                let got = try session.call(Chapter04Cases.sphericalRequest(m))
                if let found = Chapter04Mistakes.sphericalMismatch(got, label: m.label, expected: expected, mistakes: key.mistakes?.spherical[index]) {
                    return .fail(found)
                }
            }
            return .pass("\(key.spherical.count) cases")
        },
        GradedItem("04.part2", chapter: 4, title: "part 2: diagonalVariances, a variance per cluster and coordinate", points: 1) { session throws(CallFailure) in
            guard let key = Chapter04Key.current else { return Chapter04Key.missing }
            for (index, (m, expected)) in zip(Chapter04Cases.modular, key.diagonal).enumerated() {
                let got = try session.call(Chapter04Cases.diagonalRequest(m))
                if let found = Chapter04Mistakes.diagonalMismatch(got, label: m.label, expected: expected, mistakes: key.mistakes?.diagonal[index]) {
                    return .fail(found)
                }
            }
            return .pass("\(key.diagonal.count) cases")
        },
        GradedItem("04.part3", chapter: 4, title: "part 3: mixtureMStep for full, diagonal and spherical covariances", points: 2) { session throws(CallFailure) in
            guard let key = Chapter04Key.current else { return Chapter04Key.missing }
            if let found = try mStepMismatch(session, key: key) { return .fail(found) }
            return .pass("\(key.mStep.count) cases × 3 shapes")
        },
        GradedItem("04.part4", chapter: 4, title: "part 4: kMeansPlusPlusIndices draws scikit-learn's k-means++ seeds", points: 1) { session throws(CallFailure) in
            guard let key = Chapter04Key.current else { return Chapter04Key.missing }
            for (request, expected) in zip(Chapter04Cases.seeding, key.seeding) {
                let got = try session.call(request)
                guard got == expected else {
                    let wrong = got.indices.first { $0 >= expected.count || got[$0] != expected[$0] } ?? min(got.count, expected.count)
                    let why = wrong == 0
                        ? "the first seed is random.choice(probabilities:) with probability 1/N for every point"
                        : "seeds 1–\(wrong) are right and seed \(wrong + 1) is not: D²ᵢ is the squared distance to the nearest seed so far (the min over all of them, not the newest one); "
                            + "each further seed is the best of 2 + ⌊ln K⌋ candidates, their uniforms drawn first, candidate t the first index whose running sum of D² is ≥ uₜ · ΣD², "
                            + "and the best the one whose new ΣD² is smallest"
                    return .fail("\(request.count) seeds in \(request.data.count) points (seed \(request.seed)): you return \(got) where it should be \(expected); \(why) (part 4)")
                }
            }
            return .pass("\(key.seeding.count) cases")
        },
        GradedItem("04.part5", chapter: 4, title: "part 5: startFromSeeds assigns points to their nearest seed, then one M-step", points: 1) { session throws(CallFailure) in
            guard let key = Chapter04Key.current else { return Chapter04Key.missing }
            for (request, expected) in zip(Chapter04Cases.seedStarts, key.seedStarts) {
                let got = try session.call(request)
                if let found = expected.mismatch(got) {
                    let mStep = try mStepMismatch(session, key: key).map { "; part 3 fails its check: " + $0 } ?? ""
                    return .fail("\(request.data.count) points, \(request.covariance.rawValue), seeds \(request.seeds): \(found) (part 5)" + mStep)
                }
            }
            return .pass("\(Chapter04Cases.seedStarts.count) starts")
        },
        GradedItem("04.part11", chapter: 4, title: "part 11: kMeansLabels runs Lloyd's iterations to scikit-learn's labels", points: 1) { session throws(CallFailure) in
            guard let key = Chapter04Key.current else { return Chapter04Key.missing }
            for (request, (seeds, expected)) in zip(Chapter04Cases.seeding, zip(key.seeding, key.lloyd)) {
                let got = try session.call(KMeansLabelsRequest(data: request.data, seeds: seeds))
                let label = "\(seeds.count) centers from seeds \(seeds) in \(request.data.count) points"
                guard got.labels.count == expected.labels.count else {
                    return .fail("\(label): \(got.labels.count) labels where every point needs one (part 11)")
                }
                if let i = got.labels.indices.first(where: { got.labels[$0] != expected.labels[$0] }) {
                    let off = got.iterations != expected.iterations
                        ? " after \(got.iterations) iterations where scikit-learn runs \(expected.iterations): stop when the labels repeat, or when Σ‖newₖ − oldₖ‖² ≤ tolerance × the mean per-feature variance (then label once more)"
                        : ": every point goes to its nearest center (the first on a tie), every center to the mean of its points"
                    return .fail("\(label): point \(i) gets label \(got.labels[i]) where scikit-learn's is \(expected.labels[i])\(off) (part 11)")
                }
                guard got.iterations == expected.iterations else {
                    return .fail("\(label): the labels are right but you count \(got.iterations) iterations where scikit-learn runs \(expected.iterations) (part 11: count every assignment-and-update, the one that finds the labels unchanged too)")
                }
            }
            return .pass("\(key.lloyd.count) cases, labels and iterations")
        },
        GradedItem("04.part12", chapter: 4, title: "part 12: kMeansStart is scikit-learn's default start (k-means++, Lloyd, one M-step)", points: 1) { session throws(CallFailure) in
            guard let key = Chapter04Key.current else { return Chapter04Key.missing }
            for name in Chapter04Cases.kmeansStartRuns {
                guard let run = key.run(name), let spec = Chapter04Cases.run(named: name) else { return Chapter04Key.missing }
                let got = try session.call(Chapter04Cases.kmeansStart(spec))
                if let found = KeyMixture(run.start, hidden: false).mismatch(got) {
                    var cause = ""
                    for (request, (seeds, lloyd)) in zip(Chapter04Cases.seeding, zip(key.seeding, key.lloyd)) where cause.isEmpty {
                        if try session.call(request) != seeds { cause = "; part 4 fails its check (seeds)" }
                        else if try session.call(KMeansLabelsRequest(data: request.data, seeds: seeds)) != lloyd { cause = "; part 11 fails its check (labels)" }
                    }
                    if cause.isEmpty, let mStep = try mStepMismatch(session, key: key) { cause = "; part 3 fails its check: " + mStep }
                    if cause.isEmpty { cause = ": seeds from part 4 with the random you are given, labels from part 11 with its defaults, a 1 per row in the label's column, then part 3" }
                    return .fail("\(name) (K = \(spec.components), \(spec.covariance.rawValue), random_state \(spec.seed)): \(found) (part 12)" + cause)
                }
            }
            return .pass("\(Chapter04Cases.kmeansStartRuns.count) starts, scikit-learn's")
        },
        GradedItem("04.part6", chapter: 4, title: "part 6: mixtureLogDensities, the library's score_samples", points: 1) { session throws(CallFailure) in
            guard let key = Chapter04Key.current else { return Chapter04Key.missing }
            let got = try session.call(LogDensitiesRequest(points: Chapter04Cases.moons, model: key.densityModel))
            if let found = Chapter04Mistakes.logDensitiesMismatch(got, key: key) { return .fail(found) }
            return .pass("\(got.count) points under 16 components")
        },
        GradedItem("04.part7", chapter: 4, title: "part 7: membershipProbabilities, the library's predict_proba", points: 1) { session throws(CallFailure) in
            guard let key = Chapter04Key.current else { return Chapter04Key.missing }
            let got = try session.call(MembershipsRequest(points: Chapter04Cases.moons, model: key.densityModel))
            if let found = Chapter04Mistakes.membershipsMismatch(got, key: key) { return .fail(found) }
            return .pass("\(got.count) rows")
        },
        GradedItem("04.part8", chapter: 4, title: "part 8: predictComponents, the library's predict", points: 1) { session throws(CallFailure) in
            guard let key = Chapter04Key.current else { return Chapter04Key.missing }
            let got = try session.call(PredictRequest(points: Chapter04Cases.moons, model: key.densityModel))
            guard got.count == key.labels.count else { return .fail("\(got.count) labels for \(key.labels.count) points (part 8)") }
            if let i = got.indices.first(where: { got[$0] != key.labels[$0] }) {
                return .fail("point \(i) gets component \(got[i]) where the most probable one is \(key.labels[i]) (part 8)")
            }
            return .pass("\(got.count) labels")
        },
        GradedItem("04.part9", chapter: 4, title: "part 9: fitCovarianceVariant on the two moons, K = 2, from scikit-learn's k-means start", points: 2) { session throws(CallFailure) in
            guard let key = Chapter04Key.current else { return Chapter04Key.missing }
            if let found = try fitMismatch(session, key: key, "moons-k2") { return .fail(found) }
            return .pass("trace, iterations and weights match")
        },
        GradedItem("04.quiz.density", chapter: 4, title: "quiz: 16 components model the moons' density (fit ends where the reference's does)", points: 1) { session throws(CallFailure) in
            guard let key = Chapter04Key.current else { return Chapter04Key.missing }
            if let found = try fitMismatch(session, key: key, "moons-k16") { return .fail(found) }
            return .pass("the 16-component fit matches")
        },
        GradedItem("04.quiz.shapes", chapter: 4, title: "quiz: spherical, diagonal and full fits of the anisotropic blobs", points: 1) { session throws(CallFailure) in
            guard let key = Chapter04Key.current else { return Chapter04Key.missing }
            for name in ["aniso-spherical", "aniso-diag", "aniso-full"] {
                if let found = try fitMismatch(session, key: key, name) {
                    let mStep = try mStepMismatch(session, key: key).map { "; part 3 fails its check: " + $0 } ?? ""
                    return .fail(found + mStep)
                }
            }
            return .pass("all three shapes match")
        },
        GradedItem("04.part10", chapter: 4, title: "part 10: sampleFromFit draws new moons from the 16-component fit", points: 1) { session throws(CallFailure) in
            guard let key = Chapter04Key.current else { return Chapter04Key.missing }
            var firstDraws: [Matrix] = []
            for seed in Chapter04Cases.sampleSeeds {
                let request = SampleMixtureRequest(count: Chapter04Cases.sampleDraws, seed: seed, model: key.densityModel)
                let got = try session.call(SampleFromFitRequest(count: request.count, seed: seed, model: key.densityModel))
                for aspect in [SamplerBands.Aspect.frequencies, .means, .covariances] {
                    if let found = SamplerBands.failure(aspect, request: request, got: got) {
                        return .fail(found + " (part 10: does it hand the fit to your chapter 03 sampleMixture?)")
                    }
                }
                firstDraws.append(Array(got.samples.prefix(10)))
            }
            // Bands cannot see where the randomness comes from; different seeds must give different draws.
            if firstDraws.count > 1, firstDraws.dropFirst().allSatisfy({ $0 == firstDraws[0] }) {
                return .fail("seeds \(Chapter04Cases.sampleSeeds.map(String.init).joined(separator: " and ")) give the same points: draw from the `random` you are given, not from a generator of your own (part 10)")
            }
            return .pass("inside the bands on \(Chapter04Cases.sampleSeeds.count) runs of \(Chapter04Cases.sampleDraws) draws")
        },
    ]

    public static var all: [GradedItem] {
        #if STUDENT_EDITION
        return visible
        #else
        return visible + Chapter04Hidden.all
        #endif
    }
}
