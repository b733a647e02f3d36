import EMKit
import SubmissionCalls

/// Compares a student's numbers with an answer key's, entry by entry, and describes the first
/// entry that differs ("means[1][0] is 0.81 where it should be 0.91").
enum KeyComparison {
    static func vector(_ got: Vector, _ expected: [KeyNumber], name: String) -> String? {
        guard got.count == expected.count else { return "\(name) has \(got.count) entries where \(expected.count) are expected" }
        for i in expected.indices where !expected[i].matches(got[i]) {
            return "\(name)[\(i)] " + expected[i].expectation(for: got[i])
        }
        return nil
    }

    static func matrix(_ got: Matrix, _ expected: [[KeyNumber]], name: String) -> String? {
        guard got.count == expected.count else { return "\(name) has \(got.count) rows where \(expected.count) are expected" }
        for i in expected.indices {
            if let found = vector(got[i], expected[i], name: "\(name)[\(i)]") { return found }
        }
        return nil
    }

    static func matrices(_ got: [Matrix], _ expected: [[[KeyNumber]]], name: String) -> String? {
        guard got.count == expected.count else { return "\(name) has \(got.count) matrices where \(expected.count) are expected" }
        for k in expected.indices {
            if let found = matrix(got[k], expected[k], name: "\(name)[\(k)]") { return found }
        }
        return nil
    }

    /// Whether every entry matches.
    static func same(_ got: [Matrix], _ expected: [[[KeyNumber]]]) -> Bool { matrices(got, expected, name: "") == nil }
}
