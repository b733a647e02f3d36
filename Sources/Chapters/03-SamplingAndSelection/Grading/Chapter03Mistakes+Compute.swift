// edition: omit (the reference criteria with the known mistakes made)
import EMKit
import Foundation
import SubmissionCalls

extension Chapter03Mistakes {
    /// What (parameterCount, bic, aic) are on `request` with `mistake`: the kit's reference with
    /// the one change. bic and aic are given the right parameter count (`request.parameters`), as
    /// the item gives them, so a counting mistake shows in parameterCount only.
    static func value(_ mistake: KnownMistake, _ request: CriteriaRequest) -> [Double]? {
        let R = Chapter03Reference.self
        let k = request.components, d = request.dimension, n = Double(request.points)
        var p = Double(R.parameterCount(components: k, dimension: d))
        var (bic, aic) = R.criteria(meanNLL: request.meanNLL, points: request.points, parameters: request.parameters)
        switch mistake {
        case everyWeightCounted: p += 1
        case fullCovarianceCounted: p = Double((k - 1) + k * d + k * d * d)
        case bicFromMeanNLL: bic = 2 * request.meanNLL + Double(request.parameters) * log(n)
        case aicWithOneP: aic -= Double(request.parameters)
        default: return nil
        }
        return [p, bic, aic]
    }

    static func values(_ request: CriteriaRequest) -> MistakenValues {
        var values: MistakenValues = [:]
        for mistake in all { if let value = value(mistake, request) { values[mistake.id] = KnownMistake.record(value) } }
        return values
    }
}
