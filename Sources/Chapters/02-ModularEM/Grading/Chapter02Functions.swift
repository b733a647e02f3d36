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

    /// What the student's function returns on `inputs`.
    func reply(session: SubmissionSession, inputs: ModularInputs) throws(CallFailure) -> ModularReply {
        switch self {
        case .responsibilities: return .matrix(try session.call(inputs.responsibilitiesRequest))
        case .softCounts: return .vector(try session.call(inputs.softCountsRequest))
        case .weights: return .vector(try session.call(inputs.weightsRequest))
        case .means: return .matrix(try session.call(inputs.meansRequest))
        case .covariances: return .matrices(try session.call(inputs.covariancesRequest))
        }
    }

    /// What is wrong with the student's answer on `inputs`, ending with its part, or nil when
    /// it matches `expected`.
    func mismatch(session: SubmissionSession, inputs: ModularInputs, expected: ModularCaseKey) throws(CallFailure) -> String? {
        mismatch(try reply(session: session, inputs: inputs), inputs: inputs, expected: expected)
    }

    /// What is wrong with `reply`, the student's answer on `inputs`, or nil when it matches
    /// `expected`; a known mistake (`Chapter02Mistakes`) is named.
    func mismatch(_ reply: ModularReply, inputs: ModularInputs, expected: ModularCaseKey) -> String? {
        let where_ = "\(name) on random inputs (\(inputs.label))"
        let detail: String?
        switch (self, reply) {
        case (.responsibilities, .matrix(let got)):
            detail = KeyComparison.matrix(got, expected.responsibilities, name: "resp").map { found in
                if let j = got.firstIndex(where: { abs($0.sum - 1) > 1e-9 }) {
                    return "\(found); row \(j) sums to \(show(got[j].sum)): is each row divided by its sum?"
                }
                return "\(found)"
            }
        case (.softCounts, .vector(let got)):
            detail = KeyComparison.vector(got, expected.counts, name: "counts").map { found in
                if got.count == inputs.resp.count { return "\(found); there is one count per cluster, each a sum over the points" }
                if !got.isEmpty, got.allSatisfy({ abs($0 - 1) < 1e-9 }) {
                    return "\(found); every count is 1, the sum of a row of resp (each row sums to 1): Nₖ adds up column k, resp[i][k] over all points i"
                }
                return "\(found)"
            }
        case (.weights, .vector(let got)):
            detail = KeyComparison.vector(got, expected.weights, name: "weights").map { found in
                abs(got.sum - 1) > 1e-9 ? "\(found); the weights sum to \(show(got.sum)), not 1" : "\(found)"
            }
        case (.means, .matrix(let got)):
            detail = KeyComparison.matrix(got, expected.means, name: "means").map { "\($0)" }
        case (.covariances, .matrices(let got)):
            detail = KeyComparison.matrices(got, expected.covariances, name: "covs").map { found in
                if let k = got.firstIndex(where: { !LinearAlgebra.isSymmetric($0, tolerance: 1e-9) }) {
                    return "\(found); covs[\(k)] is not symmetric (an outer product of a vector with itself is)"
                }
                return "\(found)"
            }
        default:
            detail = "the reply is not the kind of value \(name) returns"
        }
        guard let detail else { return nil }
        let mistake = KnownMistake.recognise(reply.flat, among: Chapter02Mistakes.all, values: expected.mistakes, parts: [part])
        return KnownMistake.explain("\(where_): \(detail) (part \(part))", mistake)
    }
}

/// What one of chapter 02's functions returns.
enum ModularReply: Sendable {
    case vector(Vector), matrix(Matrix), matrices([Matrix])

    /// Its numbers in order (`KnownMistake.flat`).
    var flat: [Double] {
        switch self {
        case .vector(let v): return KnownMistake.flat(v)
        case .matrix(let m): return KnownMistake.flat(m)
        case .matrices(let ms): return KnownMistake.flat(ms)
        }
    }
}
