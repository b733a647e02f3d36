import EMKit
import Foundation
import SubmissionCalls

/// The grader's handle on one submission: calls its functions through an `IsolatedRunner` and
/// remembers each answer, so items that need the same call (the quiz questions all use the
/// notebook's run) start the student's code once.
public final class SubmissionSession: @unchecked Sendable {
    public let runner: IsolatedRunner
    private let lock = NSLock()
    private var answers: [String: Result<Data, CallFailure>] = [:]

    public init(runner: IsolatedRunner) {
        self.runner = runner
    }

    /// The submission's answer to one call, run in a child process the first time it is asked for.
    public func call<Call: SubmissionCall>(_ request: Call) throws(CallFailure) -> Call.Response {
        guard let arguments = try? ExchangeCoding.encoder.encode(request) else {
            throw .hostError("cannot encode the arguments of \(Call.function)")
        }
        let key = Call.function + "\u{0}" + String(decoding: arguments, as: UTF8.self)
        lock.lock()
        let cached = answers[key]
        lock.unlock()
        let reply = cached ?? runner.call(Call.function, arguments)
        if cached == nil {
            lock.lock()
            answers[key] = reply
            lock.unlock()
        }
        let response: Call.Response
        do {
            response = try ExchangeCoding.decoder.decode(Call.Response.self, from: reply.get())
        } catch let failure as CallFailure {
            throw failure
        } catch {
            // The reply is whatever the submission's process wrote: one that does not decode is
            // the submission's failure, and scores nothing.
            throw .crashed("\(Call.function) returned something that is not a \(Call.Response.self) (\(String(describing: error).prefix(200)))")
        }
        if let problem = shapeProblem(request, response) {
            throw .crashed("\(Call.function) returned values of the wrong size: \(problem)")
        }
        return response
    }

    /// The student's `runEM` on these arguments (chapter 01).
    public func runEM(_ request: RunEMRequest) throws(CallFailure) -> RunEMResponse {
        try call(request)
    }
}
