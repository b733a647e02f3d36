import EMKit
import SubmissionCalls

/// Where a student's numbers first differ from an answer key's, as data: the entry's path
/// ("means[1][0]", or a label such as "resp[3][1] (point 3, cluster 1)"), and what was got and
/// expected. Every message about a wrong value is worded from it (`description`), so the wording
/// lives in one place.
struct Mismatch: Sendable, Equatable, CustomStringConvertible {
    enum Kind: Sendable, Equatable {
        /// One entry differs.
        case value(got: Double, expected: KeyNumber)
        /// The student's value has the wrong number of entries, rows or matrices.
        case count(got: Int, expected: Int, of: String)
    }

    var path: String
    var kind: Kind

    var description: String {
        switch kind {
        case .value(let got, let expected): return "\(path) " + expected.expectation(for: got)
        case .count(let got, let expected, let unit): return "\(path) has \(got) \(unit) where \(expected) \(expected == 1 ? "is" : "are") expected"
        }
    }

    /// The student's value at the mismatch, when it is one entry.
    var got: Double? {
        if case .value(let got, _) = kind { return got }
        return nil
    }
}

/// Compares a student's numbers with an answer key's, entry by entry, and returns the first
/// entry that differs as a `Mismatch` ("means[1][0] is 0.81 where it should be 0.91").
/// `label` names an entry when the plain path would not say enough.
enum KeyComparison {
    static func vector(_ got: Vector, _ expected: [KeyNumber], name: String, label: ((Int) -> String)? = nil) -> Mismatch? {
        guard got.count == expected.count else { return Mismatch(path: name, kind: .count(got: got.count, expected: expected.count, of: "entries")) }
        for i in expected.indices where !expected[i].matches(got[i]) {
            return Mismatch(path: label?(i) ?? "\(name)[\(i)]", kind: .value(got: got[i], expected: expected[i]))
        }
        return nil
    }

    static func matrix(_ got: Matrix, _ expected: [[KeyNumber]], name: String, label: ((Int, Int) -> String)? = nil) -> Mismatch? {
        guard got.count == expected.count else { return Mismatch(path: name, kind: .count(got: got.count, expected: expected.count, of: "rows")) }
        for i in expected.indices {
            if let found = vector(got[i], expected[i], name: "\(name)[\(i)]", label: label.map { label in { label(i, $0) } }) { return found }
        }
        return nil
    }

    static func matrices(_ got: [Matrix], _ expected: [[[KeyNumber]]], name: String, label: ((Int, Int, Int) -> String)? = nil) -> Mismatch? {
        guard got.count == expected.count else { return Mismatch(path: name, kind: .count(got: got.count, expected: expected.count, of: "matrices")) }
        for k in expected.indices {
            if let found = matrix(got[k], expected[k], name: "\(name)[\(k)]", label: label.map { label in { label(k, $0, $1) } }) { return found }
        }
        return nil
    }

    /// Whether every entry matches.
    static func same(_ got: [Matrix], _ expected: [[[KeyNumber]]]) -> Bool { matrices(got, expected, name: "") == nil }
}

/// A mixture as an answer key keeps it: every number in clear or as a digest (see `KeyNumber`).
struct KeyMixture: Codable, Sendable, Equatable {
    var weights: [KeyNumber]
    var means: [[KeyNumber]]
    var covariances: [[[KeyNumber]]]

    init(_ model: GaussianMixture, hidden: Bool) {
        let keep: (Double) -> KeyNumber = { hidden ? .hiding($0) : .value($0) }
        weights = model.weights.map(keep)
        means = model.means.map { $0.map(keep) }
        covariances = model.covariances.map { $0.map { $0.map(keep) } }
    }

    /// The first entry where `got` differs: weights, then means, then covariances.
    func mismatch(_ got: GaussianMixture) -> Mismatch? {
        KeyComparison.vector(got.weights, weights, name: "weights")
            ?? KeyComparison.matrix(got.means, means, name: "means")
            ?? KeyComparison.matrices(got.covariances, covariances, name: "covariances")
    }
}
