import Autograder
import EMKit
import Foundation

/// `emkit __call FUNCTION INPUT OUTPUT`: the child side of an isolated call (not for people;
/// `IsolatedRunner` starts it). Runs one submission function and writes what it returned.
enum CallCommand {
    static func run(_ words: [String]) throws(InputError) {
        guard words.count == 3 else { throw InputError(parameter: "__call", "expects FUNCTION INPUT OUTPUT") }
        do {
            try SubmissionHost.serve(function: words[0], input: URL(fileURLWithPath: words[1]), output: URL(fileURLWithPath: words[2]))
        } catch let error as InputError {
            throw error
        } catch {
            throw InputError(parameter: "__call", "\(error)")
        }
    }
}
