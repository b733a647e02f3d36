import EMKit
import Foundation

/// One call into the submission that the grader can make: the arguments (this value), the
/// function's name, what it returns, and how the child process performs it.
///
/// Student code always runs in a child process (see `IsolatedRunner`); only `Response` values
/// come back, and every score is computed from them by the parent.
///
/// To let the grader call a new exercise function:
/// 1. declare a request type conforming to `SubmissionCall` in `ChapterNN/ChapterNNCalls.swift`,
///    whose `perform()` calls the exercise function (that file imports the submission module);
/// 2. list the type in `Catalog.calls`;
/// 3. call it from an item with `try session.call(request)`.
public protocol SubmissionCall: Codable, Hashable, Sendable {
    associatedtype Response: Codable & Sendable
    /// The name the child process is started with (`emkit __call NAME IN OUT`).
    static var function: String { get }
    /// Runs the submission's function on these arguments. Called only in the child process.
    func perform() -> Response
}

extension SubmissionCall {
    /// Decodes the arguments, performs the call and encodes the reply (the child's side).
    static func serve(_ arguments: Data) throws -> Data {
        let request = try ExchangeCoding.decoder.decode(Self.self, from: arguments)
        return try ExchangeCoding.encoder.encode(request.perform())
    }
}

/// JSON that carries NaN and infinities (a student's code may well produce them).
enum ExchangeCoding {
    static var encoder: JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        encoder.nonConformingFloatEncodingStrategy = .convertToString(positiveInfinity: "inf", negativeInfinity: "-inf", nan: "nan")
        return encoder
    }

    static var decoder: JSONDecoder {
        let decoder = JSONDecoder()
        decoder.nonConformingFloatDecodingStrategy = .convertFromString(positiveInfinity: "inf", negativeInfinity: "-inf", nan: "nan")
        return decoder
    }
}
