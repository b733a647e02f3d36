import EMKit
import SubmissionCalls

/// Why a figure cannot be drawn from the submission yet, worded for its placeholder: a call
/// that failed, or an answer that is not usable (empty, NaN, the skeleton's zeros).
struct FigureUnavailable: Error {
    var reason: String

    init(_ reason: String) {
        self.reason = reason
    }

    /// A call into the submission that did not return (crash, time-out, missing function).
    static func call(_ function: String, _ failure: CallFailure) -> FigureUnavailable {
        FigureUnavailable(SubmissionRun.failureReason(failure, function: function))
    }

    /// The plot `draw` makes, or a placeholder titled `title` saying why it could not.
    static func attempt(title: String, _ draw: () throws(FigureUnavailable) -> Plot) -> Plot {
        do throws(FigureUnavailable) {
            return try draw()
        } catch {
            return .placeholder(title: title, reason: error.reason)
        }
    }
}

extension SubmissionSession {
    /// The submission's answer to `request`, or the reason a figure cannot use it.
    func answer<Call: SubmissionCall>(_ request: Call) throws(FigureUnavailable) -> Call.Response {
        do throws(CallFailure) {
            return try call(request)
        } catch {
            throw .call(Call.function, error)
        }
    }
}
