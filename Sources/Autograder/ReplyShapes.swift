import EMKit
import SubmissionCalls

/// A reply whose sizes follow from its request (each chapter's `Grading/ChapterNNShapes.swift`
/// declares its calls' checks): K components in d dimensions, N points. The
/// grader checks them before it scores anything, so a reply of the wrong size is refused with a
/// clear message instead of being compared, and a huge matrix never reaches the grader's own
/// linear algebra (a 5,000 × 5,000 "covariance" would cost it hours).
protocol ShapeChecked: SubmissionCall {
    /// What is wrong with the reply's sizes, or nil.
    func shapeProblem(_ reply: Response) -> String?
}

/// Size checks shared by the replies.
enum Shape {
    /// "1 entry", "3 entries".
    static func count(_ n: Int, _ one: String, _ many: String) -> String { "\(n) \(n == 1 ? one : many)" }
    /// "1 is expected", "3 are expected".
    static func expected(_ n: Int) -> String { "\(n) \(n == 1 ? "is" : "are") expected" }

    static func vector(_ v: Vector, _ count: Int, _ name: String) -> String? {
        v.count == count ? nil : "\(name) has \(Shape.count(v.count, "entry", "entries")) where \(Shape.expected(count))"
    }

    static func matrix(_ m: Matrix, rows: Int, columns: Int, _ name: String) -> String? {
        guard m.count == rows else { return "\(name) has \(Shape.count(m.count, "row", "rows")) where \(Shape.expected(rows))" }
        if let row = m.firstIndex(where: { $0.count != columns }) {
            return "\(name)[\(row)] has \(Shape.count(m[row].count, "entry", "entries")) where \(Shape.expected(columns))"
        }
        return nil
    }

    static func mixture(weights: Vector, means: Matrix, covariances: [Matrix], k: Int, d: Int, _ prefix: String = "") -> String? {
        if let problem = vector(weights, k, prefix + "weights") ?? matrix(means, rows: k, columns: d, prefix + "means") { return problem }
        guard covariances.count == k else { return "\(prefix)covariances has \(Shape.count(covariances.count, "matrix", "matrices")) where \(Shape.expected(k))" }
        for (index, covariance) in covariances.enumerated() {
            if let problem = matrix(covariance, rows: d, columns: d, "\(prefix)covariances[\(index)]") { return problem }
        }
        return nil
    }

    static func mixture(_ model: GaussianMixture, k: Int, d: Int, _ prefix: String = "") -> String? {
        mixture(weights: model.weights, means: model.means, covariances: model.covariances, k: k, d: d, prefix)
    }

    /// A notebook-style EM result: the responsibilities may be empty (a run that never started).
    static func run(_ result: NotebookEMResult, k: Int, d: Int, n: Int, maxiter: Int) -> String? {
        if let problem = mixture(weights: result.weights, means: result.means, covariances: result.covs, k: k, d: d) { return problem }
        if !result.resp.isEmpty, let problem = matrix(result.resp, rows: n, columns: k, "resp") { return problem }
        if result.loglik.count > maxiter + 2 { return "loglik has \(result.loglik.count) values for at most \(maxiter) iterations" }
        return nil
    }

    static func dimension(_ data: Matrix) -> Int { data.first?.count ?? 0 }
}

/// The shape check of a request whose type is known only at run time.
func shapeProblem<Call: SubmissionCall>(_ request: Call, _ reply: Call.Response) -> String? {
    func open<Checked: ShapeChecked>(_ checked: Checked) -> String? {
        (reply as? Checked.Response).flatMap(checked.shapeProblem)
    }
    guard let checked = request as? any ShapeChecked else { return nil }
    return open(checked)
}
