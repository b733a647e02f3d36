import EMKit
import SubmissionCalls

/// Chapter 05's part items for the summaries (parts 4 to 8), each on a small fixed input.
extension Chapter05Parts {
    static func call<Call: SubmissionCall>(_ s: Chapter05Student, _ request: Call) throws(CallFailure) -> Call.Response {
        try s.call(request)
    }

    static let entropy = item("part4", "part 4: responsibilityEntropy on a sure point, ties and uneven rows") { key, s throws(CallFailure) in
        let got = try call(s, EntropyRequest(resp: runs.exampleResp))
        return Chapter05Mistakes.entropyVerdict(got, key: key)
    }

    static let uncertain = item("part5", "part 5: mostUncertainPoints picks the largest entropies, ties in index order") { key, s throws(CallFailure) in
        let got = try call(s, MostUncertainRequest(entropy: runs.exampleEntropy, count: 3))
        guard got == key.exampleUncertain else {
            return .fail("for entropies \(runs.exampleEntropy.map(show)) and count 3 you return \(got) where it should be \(key.exampleUncertain)")
        }
        return .pass("\(got)")
    }

    static let assignments = item("part6", "part 6: clusterAssignments takes each row's most responsible cluster, the first on a tie") { key, s throws(CallFailure) in
        let got = try call(s, AssignmentsRequest(resp: runs.exampleResp))
        guard got == key.exampleAssignments else {
            let row = zip(got, key.exampleAssignments).enumerated().first { $0.element.0 != $0.element.1 }?.offset
            let detail = row.map { "row \($0), \(runs.exampleResp[$0].map(show)), goes to cluster \(got[$0]) where it should go to \(key.exampleAssignments[$0])" }
                ?? "you return \(got.count) assignments for \(key.exampleAssignments.count) rows"
            return .fail(detail)
        }
        return .pass("\(got)")
    }

    static let table = item("part7", "part 7: contingencyTable counts clusters against classes") { key, s throws(CallFailure) in
        let got = try call(s, ContingencyRequest(assignments: runs.exampleAssignments, labels: runs.exampleLabels, clusters: 3, classes: 2))
        guard got == key.exampleTable else {
            return .fail("for assignments \(runs.exampleAssignments) and classes \(runs.exampleLabels) (3 clusters, 2 classes) you return \(got) where it should be \(key.exampleTable): rows are clusters, columns classes")
        }
        return .pass("\(got)")
    }

    static let purity = item("part8", "part 8: clusteringPurity credits each cluster with its most common class") { key, s throws(CallFailure) in
        let got = try call(s, PurityRequest(table: runs.exampleTable))
        return Chapter05Mistakes.purityVerdict(got, key: key)
    }

    /// Parts 1 to 8 in order.
    static let all: [GradedItem] = [standardize, initialization, fit, entropy, uncertain, assignments, table, purity]
}
