// edition: omit (the chapter 04 reference with the known mistakes made)
import EMKit
import Foundation
import SubmissionCalls
import Reference

extension Chapter04Mistakes {
    /// Every mistake's values on the items' inputs: the kit's reference with the one change.
    static func values(densityModel model: GaussianMixture) throws -> Chapter04MistakenValues {
        let R = Chapter04Reference.self
        // The densities alone are the mixture with every weight 1/K, scaled back by K.
        let k = model.weights.count
        let unweighted = GaussianMixture(weights: Array(repeating: 1 / Double(k), count: k), means: model.means, covariances: model.covariances)
        return Chapter04MistakenValues(
            spherical: Chapter04Cases.modular.map { m in
                let d = Double(m.data.first?.count ?? 1)
                return [sphericalDTimes.id: KnownMistake.record(R.sphericalVariances(data: m.data, resp: m.resp, counts: m.counts, means: m.means).map { $0 * d })]
            },
            diagonal: Chapter04Cases.modular.map { m in
                let everyPoint = Vector(repeating: Double(m.data.count), count: m.counts.count)
                return [diagonalDividedByN.id: KnownMistake.record(KnownMistake.flat(R.diagonalVariances(data: m.data, resp: m.resp, counts: everyPoint, means: m.means)))]
            },
            mStep: Chapter04Cases.modular.map { m in
                CovarianceShape.allCases.map { shape in
                    [mStepWithoutRegularization.id: KnownMistake.record(KnownMistake.flat(R.mStep(data: m.data, resp: m.resp, covariance: shape, regularization: 0)))]
                }
            },
            logDensities: [logDensityWithoutLogWeight.id: KnownMistake.record(try unweighted.logDensities(of: Chapter04Cases.moons).map { $0 + log(Double(k)) })],
            memberships: [membershipWithoutWeight.id: KnownMistake.record(KnownMistake.flat(try unweighted.membershipProbabilities(of: Chapter04Cases.moons)))])
    }
}
