import EMKit

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

/// Agreement test used throughout chapter 01: `|a − b| ≤ 1e−6 · max(1, |b|)`.
///
/// A correct EM written another way (log space, other summation order) agrees with the
/// reference to about 1e−12 after the notebook's 23 iterations; any real mistake moves some
/// value by far more than 1e−6.
func agrees(_ a: Double, _ b: Double) -> Bool {
    abs(a - b) <= 1e-6 * max(1, abs(b))
}

func show(_ x: Double) -> String {
    x.isFinite ? String(format: "%.8g", x) : "\(x)"
}

/// The first entry where `got` and `expected` differ, described with `label(i, j)`.
private func firstDifference(_ got: Matrix, _ expected: Matrix, label: (Int, Int) -> String) -> String? {
    guard got.count == expected.count else { return "has \(got.count) rows where \(expected.count) are expected" }
    for i in expected.indices {
        guard got[i].count == expected[i].count else { return "row \(i) has \(got[i].count) entries where \(expected[i].count) are expected" }
        for j in expected[i].indices where !agrees(got[i][j], expected[i][j]) {
            return "\(label(i, j)) is \(show(got[i][j])) where it should be \(show(expected[i][j]))"
        }
    }
    return nil
}

/// Compares one quantity of the student's state with the reference's.
func difference(in quantity: EMQuantity, student: NotebookEMResult, iterations: Int, reference: EMIteration) -> EMDifference? {
    let detail: String?
    switch quantity {
    case .responsibilities:
        detail = firstDifference(student.resp, reference.responsibilities) { "resp[\($0)][\($1)] (point \($0), cluster \($1))" }
    case .weights:
        detail = firstDifference([student.weights], [reference.model.weights]) { _, k in "weights[\(k)]" }
    case .means:
        detail = firstDifference(student.means, reference.model.means) { "means[\($0)][\($1)] (cluster \($0), coordinate \($1))" }
    case .covariances:
        guard student.covs.count == reference.model.covariances.count else {
            detail = "there are \(student.covs.count) covariance matrices where \(reference.model.covariances.count) are expected"
            break
        }
        detail = zip(student.covs, reference.model.covariances).enumerated().lazy.compactMap { k, pair in
            firstDifference(pair.0, pair.1) { "covs[\(k)][\($0)][\($1)] (cluster \(k))" }
        }.first
    case .logLikelihood:
        if student.loglik.count <= iterations {
            detail = "loglik has \(student.loglik.count) values after \(iterations) iteration(s); it should have \(iterations + 1)"
        } else if !agrees(student.loglik[iterations], reference.logLikelihood) {
            detail = "loglik[\(iterations)] is \(show(student.loglik[iterations])) where it should be \(show(reference.logLikelihood))"
        } else {
            detail = nil
        }
    }
    return detail.map { EMDifference(quantity: quantity.name, parts: quantity.parts, detail: $0) }
}

/// The first quantity, in EM's order, where the student's state differs from the reference.
func firstDifference(student: NotebookEMResult, iterations: Int, reference: EMIteration) -> EMDifference? {
    for quantity in EMQuantity.allCases {
        if let found = difference(in: quantity, student: student, iterations: iterations, reference: reference) { return found }
    }
    return nil
}

/// Tells, iteration by iteration, where the student's EM and the reference part ways:
/// "after iteration 1 your responsibilities match, your means do not: …".
func locateDivergence(
    session: SubmissionSession, data: Matrix, initial: GaussianMixture, reference: [EMIteration]
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
