import EMKit
import SubmissionCalls

/// Chapter 02's five functions as the items check them: which part, what it is called, and
/// how its answer on one set of inputs compares with a reference (`ModularCaseKey`).
enum ModularFunction: Int, CaseIterable, Sendable {
    case responsibilities = 1, softCounts, weights, means, covariances

    var part: Int { rawValue }

    var name: String {
        switch self {
        case .responsibilities: return "computeResponsibilities"
        case .softCounts: return "computeSoftCounts"
        case .weights: return "computeWeights"
        case .means: return "computeMeans"
        case .covariances: return "computeCovariances"
        }
    }

    /// What is wrong with the student's answer on `inputs`, or nil when it matches `expected`.
    func mismatch(session: SubmissionSession, inputs: ModularInputs, expected: ModularCaseKey) throws(CallFailure) -> String? {
        let where_ = "\(name) on random inputs (\(inputs.label))"
        let detail: String?
        switch self {
        case .responsibilities:
            let got = try session.call(inputs.responsibilitiesRequest)
            detail = KeyComparison.matrix(got, expected.responsibilities, name: "resp").map { found in
                if let j = got.firstIndex(where: { abs($0.sum - 1) > 1e-9 }) {
                    return "\(found); row \(j) sums to \(show(got[j].sum)): is each row divided by its sum?"
                }
                return "\(found)"
            }
        case .softCounts:
            let got = try session.call(inputs.softCountsRequest)
            detail = KeyComparison.vector(got, expected.counts, name: "counts").map { found in
                if got.count == inputs.resp.count { return "\(found); there is one count per cluster, each a sum over the points" }
                if !got.isEmpty, got.allSatisfy({ abs($0 - 1) < 1e-9 }) {
                    return "\(found); every count is 1, the sum of a row of resp (each row sums to 1): Nₖ adds up column k, resp[i][k] over all points i"
                }
                return "\(found)"
            }
        case .weights:
            let got = try session.call(inputs.weightsRequest)
            detail = KeyComparison.vector(got, expected.weights, name: "weights").map { found in
                abs(got.sum - 1) > 1e-9 ? "\(found); the weights sum to \(show(got.sum)), not 1" : "\(found)"
            }
        case .means:
            let got = try session.call(inputs.meansRequest)
            detail = KeyComparison.matrix(got, expected.means, name: "means").map { found in
                guard got.count == inputs.counts.count else { return "\(found)" }
                let n = Double(inputs.data.count)
                let rescaled = got.enumerated().map { k, row in row.map { $0 * n / inputs.counts[k] } }
                return KeyComparison.matrix(rescaled, expected.means, name: "") == nil
                    ? "\(found); divide the weighted sum by the soft count of the cluster, not by the number of points" : "\(found)"
            }
        case .covariances:
            let got = try session.call(inputs.covariancesRequest)
            detail = KeyComparison.matrices(got, expected.covariances, name: "covs").map { found in
                if let k = got.firstIndex(where: { !LinearAlgebra.isSymmetric($0, tolerance: 1e-9) }) {
                    return "\(found); covs[\(k)] is not symmetric (an outer product of a vector with itself is)"
                }
                return "\(found)"
            }
        }
        return detail.map { "\(where_): \($0)" }
    }
}
