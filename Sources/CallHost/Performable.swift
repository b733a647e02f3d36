import EMKit
import Foundation
import SubmissionCalls

/// A request the call host can run: `perform()` calls the submission's function.
protocol Performable: SubmissionCall {
    func perform() -> Response
}

extension Performable {
    /// Decodes the arguments, runs the submission's function and encodes what it returned.
    static func serve(_ arguments: Data) throws -> Data {
        let request = try ExchangeCoding.decoder.decode(Self.self, from: arguments)
        return try ExchangeCoding.encoder.encode(request.perform())
    }
}

/// Every submission function the grader may call, by name: the calls of every chapter in the
/// registry, each given its `perform()` by the chapter's `Host/` folder.
enum Performers {
    static let all: [any Performable.Type] = ChapterRegistry.calls.compactMap { $0 as? any Performable.Type }

    static func named(_ name: String) -> (any Performable.Type)? {
        all.first { $0.function == name }
    }
}
