import EMKit
import Foundation

/// The grader's handle on one submission: calls its functions through an `IsolatedRunner` and
/// remembers each answer, so items that need the same run (the quiz questions all use the
/// notebook's run) start the student's code once.
public final class SubmissionSession: @unchecked Sendable {
    public let runner: IsolatedRunner
    private let lock = NSLock()
    private var runs: [RunEMRequest: Result<RunEMResponse, CallFailure>] = [:]

    public init(runner: IsolatedRunner) {
        self.runner = runner
    }

    /// The student's `runEM` on these arguments.
    public func runEM(_ request: RunEMRequest) throws(CallFailure) -> RunEMResponse {
        lock.lock()
        let cached = runs[request]
        lock.unlock()
        let result = cached ?? runner.call(.runEM, request, as: RunEMResponse.self)
        if cached == nil {
            lock.lock()
            runs[request] = result
            lock.unlock()
        }
        return try result.get()
    }
}
