import EMKit
import SubmissionCalls

/// The mistakes chapter 04's part items recognise (see `KnownMistake`). What each one returns on
/// an item's inputs is computed by `Chapter04Mistakes+Compute.swift` (left out of the student
/// edition) and recorded in the key (`Chapter04Key.mistakes`).
enum Chapter04Mistakes {
    static let sphericalDTimes = KnownMistake("04.spherical-d-times-too-large", part: 1,
        "your variances are d times too large; σ²ₖ is the mean of the d diagonal variances, so the weighted sum of squared distances is divided by d Nₖ, not by Nₖ alone")
    static let diagonalDividedByN = KnownMistake("04.diagonal-divided-by-N", part: 2,
        "you divided by N, the number of points, where the variances of cluster k divide by Nₖ, its soft count")
    static let mStepWithoutRegularization = KnownMistake("04.mstep-without-regularization", part: 3,
        "you left out the regularisation; add `regularization` to every diagonal entry of every covariance, whatever the shape")
    static let logDensityWithoutLogWeight = KnownMistake("04.log-density-without-log-weight", part: 6,
        "you left out log πₖ; score_samples is log Σₖ πₖ N(x | μₖ, Σₖ), so each term of the log-sum-exp is log πₖ + log N(x | μₖ, Σₖ)")
    static let membershipWithoutWeight = KnownMistake("04.membership-without-weight", part: 7,
        "you left out the weight πₖ; predict_proba normalises πₖ N(x | μₖ, Σₖ) over k, not the densities alone")

    static let all = [sphericalDTimes, diagonalDividedByN, mStepWithoutRegularization, logDensityWithoutLogWeight, membershipWithoutWeight]

    /// The message of an item whose value differs: `found` with the part, and the known mistake
    /// of that part the value is, if it is one.
    static func explain(_ found: String, part: Int, got: [Double], mistakes: MistakenValues?) -> String {
        let mistake = mistakes.flatMap { KnownMistake.recognise(got, among: all, values: $0, parts: [part]) }
        return KnownMistake.explain("\(found) (part \(part))", mistake)
    }

    /// Part 1 on one case: what differs, or nil.
    static func sphericalMismatch(_ got: Vector, label: String, expected: [KeyNumber], mistakes: MistakenValues?) -> String? {
        KeyComparison.vector(got, expected, name: "variances").map { explain("\(label): \($0)", part: 1, got: KnownMistake.flat(got), mistakes: mistakes) }
    }

    /// Part 2 on one case: what differs, or nil.
    static func diagonalMismatch(_ got: Matrix, label: String, expected: [[KeyNumber]], mistakes: MistakenValues?) -> String? {
        KeyComparison.matrix(got, expected, name: "variances").map { explain("\(label): \($0)", part: 2, got: KnownMistake.flat(got), mistakes: mistakes) }
    }

    /// Part 3 on one case (`Chapter04Cases.modular[index]`) and shape: what differs, or nil.
    static func mStepMismatch(_ got: GaussianMixture, index: Int, shape: CovarianceShape, key: Chapter04Key) -> String? {
        guard let shapeIndex = CovarianceShape.allCases.firstIndex(of: shape) else { return nil }
        return key.mStep[index][shapeIndex].mismatch(got).map {
            explain("\(shape.rawValue) covariances (\(Chapter04Cases.modular[index].label)): \($0)", part: 3, got: KnownMistake.flat(got),
                    mistakes: key.mistakes?.mStep[index][shapeIndex])
        }
    }

    /// Part 6 on the moons: what differs, or nil.
    static func logDensitiesMismatch(_ got: Vector, key: Chapter04Key) -> String? {
        KeyComparison.vector(got, key.logDensities, name: "logDensities").map {
            explain("the moons under the 16-component fit: \($0)", part: 6, got: got, mistakes: key.mistakes?.logDensities)
        }
    }

    /// Part 7 on the moons: what differs, or nil.
    static func membershipsMismatch(_ got: Matrix, key: Chapter04Key) -> String? {
        if let row = got.firstIndex(where: { !agrees($0.sum, 1) }) {
            return "row \(row) of the memberships sums to \(show(got[row].sum)), not 1 (part 7)"
        }
        return KeyComparison.matrix(got, key.memberships, name: "memberships").map {
            explain("the moons under the 16-component fit: \($0)", part: 7, got: KnownMistake.flat(got), mistakes: key.mistakes?.memberships)
        }
    }
}

/// What each known mistake of chapter 04 returns on the items' inputs.
struct Chapter04MistakenValues: Codable, Sendable {
    /// Parts 1 and 2 on each of `Chapter04Cases.modular`.
    var spherical: [MistakenValues]
    var diagonal: [MistakenValues]
    /// Part 3 on each of `Chapter04Cases.modular`, for every shape in `CovarianceShape.allCases` order.
    var mStep: [[MistakenValues]]
    /// Parts 6 and 7 on the moons under the key's `densityModel`.
    var logDensities: MistakenValues
    var memberships: MistakenValues
}
