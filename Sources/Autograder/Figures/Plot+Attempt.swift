import EMKit
import SubmissionCalls

extension Plot {
    /// The plot `draw` makes, or a placeholder titled `title` saying why it could not: a call
    /// that failed, or an answer that is not usable yet (empty, NaN, the skeleton's zeros), both
    /// a `CallFailure` like every other failure of a student's code.
    static func attempt(title: String, _ draw: () throws(CallFailure) -> Plot) -> Plot {
        do throws(CallFailure) {
            return try draw()
        } catch {
            if case .unusable(let reason) = error { return .placeholder(title: title, reason: reason) }
            return .placeholder(title: title, reason: "the code this figure draws could not finish: \(error).")
        }
    }
}

extension SubmissionSession {
    /// The submission's answer to `request`; a call that did not return becomes a reason a
    /// figure can show, naming the function.
    func answer<Call: SubmissionCall>(_ request: Call) throws(CallFailure) -> Call.Response {
        do throws(CallFailure) {
            return try call(request)
        } catch {
            if case .unusable = error { throw error }
            throw .unusable(SubmissionRun.failureReason(error, function: Call.function))
        }
    }
}
