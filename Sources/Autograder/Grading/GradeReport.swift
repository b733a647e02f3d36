// edition: omit (instructor tooling)
import EMKit
import Foundation
import SubmissionCalls
import Reference

/// The outcome of grading one submission: item results, notes for the instructor, and the
/// Gradescope results.json made from them.
public struct GradeReport: Sendable {
    public var submission: String
    public var results: [ItemResult]
    /// What the grader noticed: ignored files, reference use, compiler errors.
    public var notes: [String]
    public var compiled: Bool
    public var seconds: Double

    public var score: Double { results.map(\.score).reduce(0, +) }
    public var maxScore: Double { results.map(\.points).reduce(0, +) }

    /// Gradescope's results.json: the top-level score and execution time, one test per item
    /// (hidden checks "after_published", so their details wait for publication).
    public func gradescopeJSON() -> Data {
        let tests: [[String: Any]] = results.map { result in
            [
                "name": "\(result.id): \(result.title)",
                "number": result.id,
                "score": result.score,
                "max_score": result.points,
                "status": result.status == .passed ? "passed" : "failed",
                "output": result.status == .passed ? result.message : "\(result.status.rawValue): \(result.message)",
                "visibility": result.visibility.rawValue,
            ]
        }
        let object: [String: Any] = [
            "score": score,
            "execution_time": Int(seconds.rounded(.up)),
            "output": summaryHeader(),
            "visibility": "visible",
            "stdout_visibility": "hidden",
            "tests": tests,
        ]
        return (try? JSONSerialization.data(withJSONObject: object, options: [.prettyPrinted, .sortedKeys])) ?? Data("{}".utf8)
    }

    func summaryHeader() -> String {
        var lines = [String(format: "%@: %g of %g points (graded in %.0f s)", submission, score, maxScore, seconds)]
        lines += notes
        return lines.joined(separator: "\n")
    }

    /// A readable summary for the instructor: every item, hidden ones included.
    public func summary() -> String {
        var lines = [summaryHeader()]
        for chapter in Set(results.map(\.chapter)).sorted() {
            let mine = results.filter { $0.chapter == chapter }
            lines.append(String(format: "Chapter %02d: %g of %g", chapter, mine.map(\.score).reduce(0, +), mine.map(\.points).reduce(0, +)))
            for result in mine {
                let mark = result.status == .passed ? "✓" : "✗"
                let hidden = result.visibility == .hidden ? " [hidden]" : ""
                lines.append("  \(mark) \(result.id)\(hidden) \(result.title)")
                if result.status != .passed { lines.append("      \(result.status.rawValue): \(result.message)") }
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
