import EMKit
import SubmissionCalls

/// The graded items of chapter 02 (EM in functions), in the order a student meets them.
///
/// Each of the five functions is checked on its own, on random inputs, against the answer
/// key; then the loop after one iteration, and the two notebook runs to convergence. Hidden
/// items (left out of the student edition) repeat the checks on fresh inputs.
public enum Chapter02Items {

    static func functionItem(_ function: ModularFunction, points: Double) -> GradedItem {
        GradedItem("02.part\(function.part)", chapter: 2, title: "part \(function.part): \(function.name) matches the reference on random inputs",
                   points: points) { session throws(CallFailure) in
            guard let key = Chapter02Key.current else { return Chapter02Key.missing }
            if let found = try firstMismatch(function, session: session, key: key) { return .fail(found) }
            return .pass("matches on \(key.cases.count) sets of random inputs")
        }
    }

    /// The first case where `function` differs from the key, described for the student.
    static func firstMismatch(_ function: ModularFunction, session: SubmissionSession, key: Chapter02Key) throws(CallFailure) -> String? {
        for expected in key.cases {
            if let found = try function.mismatch(session: session, inputs: expected.inputs, expected: expected) {
                return found
            }
        }
        return nil
    }

    /// Which function computes each quantity of an EM state.
    static func function(for quantity: EMQuantity) -> ModularFunction? {
        switch quantity {
        case .responsibilities: return .responsibilities
        case .weights: return .weights
        case .means: return .means
        case .covariances: return .covariances
        case .logLikelihood: return nil
        }
    }

    /// Where the student's loop leaves the reference after one iteration on the two-cluster
    /// data, pointing at the function to fix or at part 6.
    static func loopMismatch(_ session: SubmissionSession, key: Chapter02Key) throws(CallFailure) -> String? {
        let student = try session.call(Chapter02Quiz.firstIteration).result
        guard let found = firstDifference(student: student, iterations: 1, reference: key.firstIteration) else { return nil }
        let quantity = found.quantity
        let prefix = "after one iteration on the two-cluster data your \(found.quantity.name) differ: \(found.detail)"
        if let function = function(for: quantity) {
            if let broken = try firstMismatch(function, session: session, key: key) {
                return "\(prefix). \(function.name) fails its own check, so fix it first: \(broken)"
            }
            if quantity == .weights, let broken = try firstMismatch(.softCounts, session: session, key: key) {
                return "\(prefix). computeSoftCounts fails its own check, so fix it first: \(broken)"
            }
            return "\(prefix). \(function.name) passes its own check, so look at how part 6 calls it (which values it passes, in which order)"
        }
        return "\(prefix) (part 6: the log-likelihood of the new parameters, with logLikelihood(of:weights:means:covariances:))"
    }

    /// The run to convergence on one of the notebook's data sets, compared with the key's digests.
    static func runItem(_ id: String, title: String, request: EMAlgorithmRequest, expected: @escaping @Sendable (Chapter02Key) -> RunKey) -> GradedItem {
        GradedItem(id, chapter: 2, title: title, points: 2) { session throws(CallFailure) in
            guard let key = Chapter02Key.current else { return Chapter02Key.missing }
            let reference = expected(key)
            let student = try session.call(request).result
            let iterations = student.loglik.count - 1
            let right = reference.iterations.matches(Double(iterations))
                && KeyComparison.vector(student.weights, reference.weights, name: "") == nil
                && KeyComparison.matrix(student.means, reference.means, name: "") == nil
                && KeyComparison.same(student.covs, reference.covariances)
                && reference.loglik.matches(student.loglik.last ?? .nan)
            if right { return .pass("\(iterations) iterations, weights \(student.weights.map(show).joined(separator: ", "))") }
            if let first = try loopMismatch(session, key: key) { return .fail(first) }
            return .fail("your first iteration matches the reference, but after \(iterations) iterations your fit is not the reference's: look at what part 6 carries from one iteration to the next")
        }
    }

    static let visible: [GradedItem] = [
        functionItem(.responsibilities, points: 2),
        functionItem(.softCounts, points: 1),
        functionItem(.weights, points: 1),
        functionItem(.means, points: 2),
        functionItem(.covariances, points: 2),
        GradedItem("02.part6", chapter: 2, title: "part 6: emAlgorithm's first iteration on the two-cluster data", points: 2) { session throws(CallFailure) in
            guard let key = Chapter02Key.current else { return Chapter02Key.missing }
            if let found = try loopMismatch(session, key: key) { return .fail(found) }
            return .pass("responsibilities, weights, means, covariances and log-likelihood match after one iteration")
        },
        runItem("02.two-clusters", title: "quiz: EM on the two-cluster data ends at the reference's fit (iterations, weights, log-likelihood)",
                request: Chapter02Quiz.twoClustersRun, expected: \.twoClusters),
        runItem("02.three-clusters", title: "quiz: EM on the three-cluster data ends at the reference's fit (iterations, weights, log-likelihood)",
                request: Chapter02Quiz.threeClustersRun, expected: \.threeClusters),
    ]

    public static var all: [GradedItem] {
        #if STUDENT_EDITION
        return visible
        #else
        return visible + Chapter02Hidden.all
        #endif
    }
}
