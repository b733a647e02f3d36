import EMKit
import Foundation
import SubmissionCalls

/// The notebook's steps on real data, each done by the student's functions through the session,
/// with the shape of every answer checked before it is used.
struct Chapter05Student {
    let session: SubmissionSession

    func call<Call: SubmissionCall>(_ request: Call) throws(CallFailure) -> Call.Response {
        try session.call(request)
    }

    /// The standardised penguins (part 1).
    func standardizedPenguins() throws(CallFailure) -> Matrix {
        let raw = Chapter05Runs.penguins.points
        let z = try call(StandardizeRequest(data: raw))
        guard z.count == raw.count, z.allSatisfy({ $0.count == raw[0].count }) else {
            throw .unusable("standardizeColumns (part 1) returned \(z.count) rows where the penguins have \(raw.count) rows of \(raw.first?.count ?? 0)")
        }
        guard LinearAlgebra.isFinite(z) else { throw .unusable("standardizeColumns (part 1) returned NaN or infinite values") }
        return z
    }

    /// The student's EM run on `data` (part 3), checked for shape and finite numbers.
    func fit(_ data: Matrix, components k: Int, seed: UInt32, maxiter: Int = 1000, name: String) throws(CallFailure) -> NotebookEMResult {
        let result = try call(FitRealDataRequest(data: data, components: k, seed: seed, maxiter: maxiter))
        let run = "fitRealData (part 3) on \(name) with seed \(seed)"
        guard result.resp.count == data.count, result.resp.allSatisfy({ $0.count == k }), result.weights.count == k else {
            throw .unusable("\(run) returned \(result.weights.count) weights and \(result.resp.count) rows of responsibilities; expected \(k) and \(data.count)")
        }
        guard result.loglik.count >= 2, result.loglik.allSatisfy(\.isFinite), LinearAlgebra.isFinite(result.resp) else {
            throw .unusable("\(run) did not give a finite log-likelihood trace and responsibilities (are parts 2–3 written, and chapter 01's runEM? `swift run emkit check --chapter 1` tells)")
        }
        return result
    }

    /// The entropy of each row of `resp` (part 4).
    func entropy(_ resp: Matrix) throws(CallFailure) -> Vector {
        let h = try call(EntropyRequest(resp: resp))
        guard h.count == resp.count, h.allSatisfy(\.isFinite) else {
            throw .unusable("responsibilityEntropy (part 4) returned \(h.count) values (finite: \(h.allSatisfy(\.isFinite))) for \(resp.count) rows")
        }
        return h
    }

    /// The mean entropy of `resp` (part 4).
    func meanEntropy(_ resp: Matrix) throws(CallFailure) -> Double {
        try entropy(resp).sum / Double(resp.count)
    }

    /// The clusters × classes table of a run (parts 6–7).
    func table(_ resp: Matrix, labels: [Int], clusters: Int, classes: Int) throws(CallFailure) -> [[Int]] {
        let assigned = try assignments(resp, clusters: clusters)
        let table = try call(ContingencyRequest(assignments: assigned, labels: labels, clusters: clusters, classes: classes))
        guard table.count == clusters, table.allSatisfy({ $0.count == classes }), table.joined().reduce(0, +) == resp.count else {
            throw .unusable("contingencyTable (part 7) returned a table that is not \(clusters) × \(classes) with \(resp.count) points in all")
        }
        return table
    }

    /// The cluster of each row of `resp` (part 6).
    func assignments(_ resp: Matrix, clusters: Int) throws(CallFailure) -> [Int] {
        let assignments = try call(AssignmentsRequest(resp: resp))
        guard assignments.count == resp.count, assignments.allSatisfy({ (0..<clusters).contains($0) }) else {
            throw .unusable("clusterAssignments (part 6) returned \(assignments.count) values, not all in 0..<\(clusters), for \(resp.count) points")
        }
        return assignments
    }

    /// The purity of a table (part 8).
    func purity(_ table: [[Int]]) throws(CallFailure) -> Double {
        let value = try call(PurityRequest(table: table))
        guard value.isFinite else { throw .unusable("clusteringPurity (part 8) returned \(value)") }
        return value
    }

    /// The most uncertain points of `entropy` (part 5).
    func mostUncertain(_ entropy: Vector, count: Int) throws(CallFailure) -> [Int] {
        let indices = try call(MostUncertainRequest(entropy: entropy, count: count))
        guard indices.count == count else { throw .unusable("mostUncertainPoints (part 5) returned \(indices.count) indices where \(count) were asked for") }
        return indices
    }
}
