// edition: omit (computes the answer key with the chapter 04 reference)
import EMKit
import Foundation
import SubmissionCalls
import Reference

extension Chapter04Key {
    static func compute() throws -> Chapter04Key {
        let reg = Chapter04Cases.regularization
        var runs: [Run] = []
        var fits: [String: GaussianMixture] = [:]
        for name in Chapter04Cases.graded {
            guard let run = Chapter04Cases.run(named: name) else { throw KitError("chapter 04 grades a run named \(name) that its cases do not define") }
            let (seeds, start) = Chapter04Reference.start(run, regularization: reg)
            guard let fit = Chapter04Reference.fit(data: run.data, initial: start, covariance: run.covariance,
                                                   maxIterations: Chapter04Cases.maxIterations, tolerance: Chapter04Cases.tolerance,
                                                   regularization: reg) else {
                throw KitError("the reference fit of \(name) failed (a covariance lost positive definiteness?)")
            }
            fits[name] = fit.model
            let scores = try fit.model.logDensities(of: run.data)
            runs.append(Run(name: name, seeds: seeds, start: start, firstTrace: fit.meanLogLikelihoods.prefix(3).map(KeyNumber.value),
                            iterations: .hiding(Double(fit.meanLogLikelihoods.count)),
                            finalMeanLogLikelihood: .hiding(fit.meanLogLikelihoods.last ?? .nan),
                            finalScore: .hiding(scores.sum / Double(max(scores.count, 1))),
                            sortedWeights: fit.model.weights.sorted().map(KeyNumber.hiding)))
        }
        guard let model = fits["moons-k16"] else { throw KitError("chapter 04's graded runs lack moons-k16, which the queries use") }
        let logDensities = try model.logDensities(of: Chapter04Cases.moons)
        let memberships = try model.membershipProbabilities(of: Chapter04Cases.moons)
        let labels = try model.predict(Chapter04Cases.moons)
        let draws = try model.sample(count: 4_000, seed: Chapter04Cases.newPointsSeed)
        let drawnDensities = try model.logDensities(of: draws.points)
        let mean = drawnDensities.sum / Double(drawnDensities.count)
        let seeding = Chapter04Cases.seeding.map { Chapter04Reference.kMeansPlusPlus(data: $0.data, count: $0.count, seed: $0.seed) }
        let variance = drawnDensities.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(drawnDensities.count - 1)
        return Chapter04Key(
            spherical: Chapter04Cases.modular.map { m in
                Chapter04Reference.sphericalVariances(data: m.data, resp: m.resp, counts: m.counts, means: m.means).map(KeyNumber.value)
            },
            diagonal: Chapter04Cases.modular.map { m in
                Chapter04Reference.diagonalVariances(data: m.data, resp: m.resp, counts: m.counts, means: m.means).map { $0.map(KeyNumber.value) }
            },
            mStep: Chapter04Cases.modular.map { m in
                CovarianceShape.allCases.map { shape in
                    KeyMixture(Chapter04Reference.mStep(data: m.data, resp: m.resp, covariance: shape, regularization: Chapter04Cases.mStepRegularization), hidden: false)
                }
            },
            seeding: seeding,
            lloyd: zip(Chapter04Cases.seeding, seeding).map { request, seeds in
                let result = Chapter04Reference.kMeansLabels(data: request.data, seeds: seeds)
                return KMeansLabelsResponse(labels: result.labels, iterations: result.iterations)
            },
            seedStarts: Chapter04Cases.seedStarts.map {
                KeyMixture(Chapter04Reference.start(data: $0.data, seeds: $0.seeds, covariance: $0.covariance, regularization: $0.regularization), hidden: false)
            },
            runs: runs, densityModel: model,
            logDensities: logDensities.map(KeyNumber.value), memberships: memberships.map { $0.map(KeyNumber.value) }, labels: labels,
            newPointsMeanLogDensity: mean,
            newPointsBand: 5.5 * (variance / Double(Chapter04Cases.newPoints)).squareRoot(),
            mistakes: try Chapter04Mistakes.values(densityModel: model))
    }
}
