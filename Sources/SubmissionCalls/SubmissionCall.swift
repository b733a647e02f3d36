import EMKit
import Foundation

/// One call into the submission that the grader can make: the arguments (this value), the
/// function's name and what it returns.
///
/// This module is the whole vocabulary the grader and the call host share: plain values that
/// cross between them as JSON bytes. It holds no behaviour. The call host (`Sources/CallHost`)
/// is the only program linked with a submission; it gives each request a `perform()` that calls
/// the submission's function. The grader (`Sources/Autograder`) never links a submission: it
/// encodes a request, starts the call host in a sandbox, and decodes the reply with a size limit.
///
/// To let the grader call a new exercise function:
/// 1. declare a request type conforming to `SubmissionCall` here, in `ChapterNNCalls.swift`;
/// 2. give it a `perform()` in `Sources/CallHost/ChapterNNPerformers.swift` and list it in
///    `CallHost.performers`;
/// 3. call it from an item with `try session.call(request)`.
public protocol SubmissionCall: Codable, Hashable, Sendable {
    associatedtype Response: Codable & Sendable
    /// The name the call host is asked to run.
    static var function: String { get }
    /// How many times the grader's time limit per call (`--time-limit`, 10 s by default) this
    /// call may run: 1 for nearly every call. A call that runs a notebook's experiment at the
    /// notebook's size says more, sized from measurement with a safety factor (INSTRUCTORS.md, "Speed
    /// and time limits"), so an endless loop there is still stopped within about a minute.
    static var timeLimitScale: Double { get }
}

extension SubmissionCall {
    public static var timeLimitScale: Double { 1 }
}

/// JSON that carries NaN and infinities (a student's code may well produce them).
public enum ExchangeCoding {
    public static var encoder: JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        encoder.nonConformingFloatEncodingStrategy = .convertToString(positiveInfinity: "inf", negativeInfinity: "-inf", nan: "nan")
        return encoder
    }

    public static var decoder: JSONDecoder {
        let decoder = JSONDecoder()
        decoder.nonConformingFloatDecodingStrategy = .convertFromString(positiveInfinity: "inf", negativeInfinity: "-inf", nan: "nan")
        return decoder
    }
}
