import EMKit
import Foundation
#if Solutions
import Solutions
#else
import Exercises
#endif

/// The child side of an isolated call: runs one function of the submission being graded
/// (the reference `Solutions` with the trait on, the student's `Exercises` otherwise) on
/// arguments read from a file and writes what it returned to another file.
///
/// This is the only place in the kit that calls submission code, and it runs only inside the
/// child process started by `IsolatedRunner`, so a trap or an endless loop there costs the
/// parent nothing but that one call.
public enum SubmissionHost {
    /// Which code this build grades: "Solutions" or "Exercises".
    public static var submissionName: String {
        #if Solutions
        return "Solutions"
        #else
        return "Exercises"
        #endif
    }

    /// Serves one call; errors here are the host's own (unreadable input, unknown function).
    public static func serve(function name: String, input: URL, output: URL) throws {
        guard let function = SubmissionFunction(rawValue: name) else {
            throw InputError(parameter: "function", "unknown submission function \"\(name)\"")
        }
        let arguments = try Data(contentsOf: input)
        let reply: Data
        switch function {
        case .runEM:
            let request = try ExchangeCoding.decoder.decode(RunEMRequest.self, from: arguments)
            var progress: [String] = []
            let result = runEM(
                data: request.data, initMeans: request.initMeans, initCovariances: request.initCovariances,
                initWeights: request.initWeights, maxiter: request.maxiter, thresh: request.thresh,
                progress: { progress.append($0) })
            reply = try ExchangeCoding.encoder.encode(RunEMResponse(result: result, progress: progress))
        }
        try reply.write(to: output)
    }
}
