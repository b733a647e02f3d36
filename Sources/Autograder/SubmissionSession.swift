import EMKit
import Foundation
import SubmissionCalls

/// The grader's handle on one submission: calls its functions through an `IsolatedRunner` and
/// remembers each answer, so items that need the same call (the quiz questions all use the
/// notebook's run) start the student's code once, even when they ask at the same moment
/// (items are graded concurrently; the second waits for the first's answer).
///
/// A call may take longer than the runner's time limit when its request says so
/// (`SubmissionCall.timeLimitScale`: the notebooks' long experiments, sized from measurement).
public final class SubmissionSession: @unchecked Sendable {
    public let runner: IsolatedRunner
    private let lock = NSLock()
    private var answers: [String: Result<Data, CallFailure>] = [:]
    /// One lock per call in flight, so a second asker waits instead of starting it again.
    private var inFlight: [String: NSLock] = [:]

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
        let callLock = inFlight[key] ?? NSLock()
        inFlight[key] = callLock
        lock.unlock()
        callLock.lock()
        lock.lock()
        let cached = answers[key]
        lock.unlock()
        var reply: Result<Data, CallFailure>
        if let cached {
            reply = cached
        } else {
            var timed = runner
            timed.policy.seconds = runner.policy.seconds * max(Call.timeLimitScale, 1)
            reply = timed.call(Call.function, arguments)
            lock.lock()
            answers[key] = reply
            lock.unlock()
        }
        callLock.unlock()
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
