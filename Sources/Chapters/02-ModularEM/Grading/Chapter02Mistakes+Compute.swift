// edition: omit (the reference functions with the known mistakes made)
import EMKit
import SubmissionCalls

extension Chapter02Mistakes {
    /// What the function with `mistake` returns on `inputs`, flattened (`KnownMistake.flat`):
    /// the kit's reference function with the one change.
    static func value(_ mistake: KnownMistake, _ inputs: ModularInputs) -> [Double]? {
        let R = Chapter02Reference.self
        let n = Double(inputs.data.count), counts = inputs.counts
        switch mistake {
        case responsibilityWithoutWeight:
            let equal = Vector(repeating: 1 / Double(inputs.weights.count), count: inputs.weights.count)
            return R.responsibilities(data: inputs.data, weights: equal, means: inputs.means, covariances: inputs.covariances).map(KnownMistake.flat)
        case weightsNotNormalised:
            return counts
        case meanDividedByN:
            return KnownMistake.flat(R.means(data: inputs.data, resp: inputs.resp, counts: Vector(repeating: n, count: counts.count)))
        case covarianceUncentred:
            let zero = inputs.means.map { $0.map { _ in 0.0 } }
            return KnownMistake.flat(R.covariances(data: inputs.data, resp: inputs.resp, counts: counts, means: zero))
        case covarianceDividedByN:
            return KnownMistake.flat(R.covariances(data: inputs.data, resp: inputs.resp, counts: Vector(repeating: n, count: counts.count), means: inputs.means))
        default:
            return nil
        }
    }

    /// Every mistake's value on `inputs`, as a key records them.
    static func values(_ inputs: ModularInputs) -> MistakenValues {
        var values: MistakenValues = [:]
        for mistake in all {
            if let value = value(mistake, inputs), value.allSatisfy(\.isFinite) { values[mistake.id] = KnownMistake.record(value) }
        }
        return values
    }
}
