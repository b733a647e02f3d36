import EMKit
import SubmissionCalls

/// Where a student's EM state first differs from the reference, in the notebook's terms.
struct EMDifference: Sendable, Equatable {
    var quantity: EMQuantity
    /// What differs and where, e.g. "means[2][1] (cluster 2, coordinate 1) is 0.81 where it should be 0.91".
    var mismatch: Mismatch
    var detail: String { mismatch.description }
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
}

/// Compares one quantity of the student's state with the reference's.
func difference(in quantity: EMQuantity, student: NotebookEMResult, iterations: Int, reference: KeyState) -> EMDifference? {
    let found: Mismatch?
    switch quantity {
    case .responsibilities:
        found = KeyComparison.matrix(student.resp, reference.resp, name: "resp") { "resp[\($0)][\($1)] (point \($0), cluster \($1))" }
    case .weights:
        found = KeyComparison.vector(student.weights, reference.weights, name: "weights")
    case .means:
        found = KeyComparison.matrix(student.means, reference.means, name: "means") { "means[\($0)][\($1)] (cluster \($0), coordinate \($1))" }
    case .covariances:
        found = KeyComparison.matrices(student.covs, reference.covs, name: "covs") { "covs[\($0)][\($1)][\($2)] (cluster \($0))" }
    case .logLikelihood:
        if student.loglik.count <= iterations {
            found = Mismatch(path: "loglik after \(iterations) iteration\(iterations == 1 ? "" : "s")", kind: .count(got: student.loglik.count, expected: iterations + 1, of: "values"))
        } else if !reference.loglik.matches(student.loglik[iterations]) {
            found = Mismatch(path: "loglik[\(iterations)]", kind: .value(got: student.loglik[iterations], expected: reference.loglik))
        } else {
            found = nil
        }
    }
    return found.map { EMDifference(quantity: quantity, mismatch: $0) }
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
/// `recognise` names the known mistake a difference is, when it can (it is given the difference,
/// the student's state and the iteration).
func locateDivergence(
    session: SubmissionSession, data: Matrix, initial: GaussianMixture, reference: [KeyState], exercise: EMExercise,
    recognise: (EMDifference, NotebookEMResult, Int) -> KnownMistake? = { _, _, _ in nil }
) throws(CallFailure) -> String? {
    for step in reference {
        let response = try session.runEM(RunEMRequest(data: data, initial: initial, maxiter: step.number))
        if let difference = firstDifference(student: response.result, iterations: step.number, reference: step) {
            let matching = EMQuantity.allCases.prefix { $0 != difference.quantity }.map(\.name)
            let agreed = matching.isEmpty ? "" : "your \(matching.joined(separator: ", ")) match, "
            let verb = difference.quantity == .logLikelihood ? "does" : "do"
            return KnownMistake.explain(
                "after iteration \(step.number) \(agreed)your \(difference.quantity.name) \(verb) not (\(exercise.part(difference.quantity))): \(difference.detail)",
                recognise(difference, response.result, step.number))
        }
    }
    return nil
}
