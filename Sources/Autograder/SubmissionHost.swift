import EMKit
import Foundation

/// The child side of an isolated call: runs one function of the submission being graded
/// (the reference `Solutions` with the trait on, the student's `Exercises` otherwise) on
/// arguments read from a file and writes what it returned to another file.
///
/// Submission code is called only from `SubmissionCall.perform()`, and that runs only inside
/// the child process started by `IsolatedRunner`, so a trap or an endless loop there costs the
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
        guard let call = Catalog.calls.first(where: { $0.function == name }) else {
            throw InputError(parameter: "function", "unknown submission function \"\(name)\"")
        }
        let reply = try call.serve(try Data(contentsOf: input))
        try reply.write(to: output)
    }
}
