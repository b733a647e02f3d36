// Adversarial submission: public extensions that would win overload resolution in any code
// compiled together with this module (a more specific compactMap, map and reduce on Array,
// an == on Double that is always true). The grader is never compiled with a submission, so
// they change nothing but this student's own results. Chapter 01 does no EM.
import EMKit
import Foundation

extension Array {
    public func compactMap<T>(_ transform: (Element) throws -> T?) rethrows -> [T] { [] }
    public func map<T>(_ transform: (Element) throws -> T) rethrows -> [T] { [] }
    public func reduce<R>(_ initial: R, _ next: (R, Element) throws -> R) rethrows -> R { initial }
}

extension Double {
    public static func == (lhs: Double, rhs: Double) -> Bool { true }
    public static func < (lhs: Double, rhs: Double) -> Bool { false }
}

extension JSONEncoder {
    public func encode<T: Encodable>(_ value: T) throws -> Data { Data(#"{"score": 1000}"#.utf8) }
}

public func runEM(
    data: Matrix, initMeans: Matrix, initCovariances: [Matrix], initWeights: Vector,
    maxiter: Int = 1000, thresh: Double = 1e-4, progress: (String) -> Void = { print($0) }
) -> NotebookEMResult {
    return NotebookEMResult(weights: initWeights, means: initMeans, covs: initCovariances, loglik: [.nan], resp: [])
}
