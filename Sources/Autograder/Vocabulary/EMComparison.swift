import EMKit
import SubmissionCalls

/// Where a student's EM state first differs from the reference, in the notebook's terms.
struct EMDifference: Sendable, Equatable {
    /// "responsibilities", "weights", "means", "covariances" or "log-likelihood".
    var quantity: String
    /// The parts of the exercise that compute it, e.g. "parts 3–4".
    var parts: String
    /// What differs, e.g. "component 2, coordinate 1 is 0.81 where it should be 0.91".
    var detail: String
}

/// The order in which EM computes things, so the first difference is the earliest mistake.
enum EMQuantity: CaseIterable {
    case responsibilities, weights, means, covariances, logLikelihood

    var name: String {
        switch self {
        case .responsibilities: return "responsibilities"
        case .weights: return "weights"
        case .means: return "means"
        case .covariances: return "covariances"
        case .logLikelihood: return "log-likelihood"
        }
    }

    /// The quantities this one is computed from in the same iteration: a mistake there shows
    /// up here too, so the feedback names it first.
    var prerequisites: [EMQuantity] {
        switch self {
        case .responsibilities: return []
        case .weights, .means: return [.responsibilities]
        case .covariances: return [.responsibilities, .means]
        case .logLikelihood: return [.responsibilities, .weights, .means, .covariances]
        }
    }

    var parts: String {
        switch self {
        case .responsibilities: return "part 1"
        case .weights: return "part 2"
        case .means: return "parts 3–4"
        case .covariances: return "parts 5–6"
        case .logLikelihood: return "part 7"
        }
    }
}

/// The first entry where `got` and `expected` differ, described with `label(i, j)`.
private func firstDifference(_ got: Matrix, _ expected: [[KeyNumber]], label: (Int, Int) -> String) -> String? {
    guard got.count == expected.count else { return "has \(got.count) rows where \(expected.count) are expected" }
    for i in expected.indices {
        guard got[i].count == expected[i].count else { return "row \(i) has \(got[i].count) entries where \(expected[i].count) are expected" }
        for j in expected[i].indices where !expected[i][j].matches(got[i][j]) {
            return "\(label(i, j)) " + expected[i][j].expectation(for: got[i][j])
        }
    }
    return nil
}

/// Compares one quantity of the student's state with the reference's.
func difference(in quantity: EMQuantity, student: NotebookEMResult, iterations: Int, reference: KeyState) -> EMDifference? {
    let detail: String?
    switch quantity {
    case .responsibilities:
        detail = firstDifference(student.resp, reference.resp) { "resp[\($0)][\($1)] (point \($0), cluster \($1))" }
    case .weights:
        detail = firstDifference([student.weights], [reference.weights]) { _, k in "weights[\(k)]" }
    case .means:
        detail = firstDifference(student.means, reference.means) { "means[\($0)][\($1)] (cluster \($0), coordinate \($1))" }
    case .covariances:
        guard student.covs.count == reference.covs.count else {
            detail = "there are \(student.covs.count) covariance matrices where \(reference.covs.count) are expected"
            break
        }
        detail = zip(student.covs, reference.covs).enumerated().lazy.compactMap { k, pair in
            firstDifference(pair.0, pair.1) { "covs[\(k)][\($0)][\($1)] (cluster \(k))" }
        }.first
    case .logLikelihood:
        if student.loglik.count <= iterations {
            detail = "loglik has \(student.loglik.count) values after \(iterations) iteration(s); it should have \(iterations + 1)"
        } else if !reference.loglik.matches(student.loglik[iterations]) {
            detail = "loglik[\(iterations)] " + reference.loglik.expectation(for: student.loglik[iterations])
        } else {
            detail = nil
        }
    }
    return detail.map { EMDifference(quantity: quantity.name, parts: quantity.parts, detail: $0) }
}

/// The first quantity, in EM's order, where the student's state differs from the reference.
func firstDifference(student: NotebookEMResult, iterations: Int, reference: KeyState) -> EMDifference? {
    for quantity in EMQuantity.allCases {
        if let found = difference(in: quantity, student: student, iterations: iterations, reference: reference) { return found }
    }
    return nil
}

/// Tells, iteration by iteration, where the student's EM and the reference part ways:
/// "after iteration 1 your responsibilities match, your means do not: …".
func locateDivergence(
    session: SubmissionSession, data: Matrix, initial: GaussianMixture, reference: [KeyState]
) throws(CallFailure) -> String? {
    for step in reference {
        let response = try session.runEM(RunEMRequest(data: data, initial: initial, maxiter: step.number))
        if let difference = firstDifference(student: response.result, iterations: step.number, reference: step) {
            let matching = EMQuantity.allCases.prefix { $0.name != difference.quantity }.map(\.name)
            let agreed = matching.isEmpty ? "" : "your \(matching.joined(separator: ", ")) match, "
            return "after iteration \(step.number) \(agreed)your \(difference.quantity) do not (\(difference.parts)): \(difference.detail)"
        }
    }
    return nil
}
