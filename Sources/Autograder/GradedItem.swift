import EMKit
import Foundation
import SubmissionCalls

/// Whether a student sees an item's details before grades are published.
public enum Visibility: String, Codable, Sendable {
    /// Name, score and feedback shown at once.
    case visible
    /// Checks on fresh data that a student cannot anticipate; details shown after publication.
    case hidden = "after_published"
}

/// How an item ended.
public enum ItemStatus: String, Codable, Sendable {
    case passed, failed, crashed
    case timedOut = "timed out"
    case notRun = "not run"
}

/// What a check decides: pass, or fail with a message that helps find the mistake.
public enum Verdict: Sendable, Equatable {
    case pass(String)
    case fail(String)
}

/// One graded check: an id, a title that says the behaviour, points, and the check itself.
///
/// The check runs in the grader's process and calls the submission only through the
/// `SubmissionSession`, which runs student code in a child process; so its verdict comes from
/// values the student's functions returned, never from anything they printed.
public struct GradedItem: Sendable, Identifiable {
    public var id: String
    public var chapter: Int
    public var title: String
    public var points: Double
    public var visibility: Visibility
    /// The exercise parts the item grades (`ExercisePart.number`s of its chapter); empty for items
    /// that grade the chapter's questions or run hidden checks over several parts.
    public var parts: [Int]
    /// The item runs one of the notebooks' long experiments: it is started first, so that the
    /// student's process runs beside the other items instead of after them.
    public var runsLong: Bool
    public var check: @Sendable (SubmissionSession) throws(CallFailure) -> Verdict

    public init(
        _ id: String, chapter: Int, title: String, points: Double, visibility: Visibility = .visible, runsLong: Bool = false,
        parts: [Int]? = nil, check: @escaping @Sendable (SubmissionSession) throws(CallFailure) -> Verdict
    ) {
        self.id = id
        self.chapter = chapter
        self.title = title
        self.points = points
        self.visibility = visibility
        self.parts = parts ?? Self.parts(named: title)
        self.runsLong = runsLong
        self.check = check
    }

    /// The parts a title starts with: "part 3: …" is [3], "parts 3–4: …" is [3, 4], anything else [].
    static func parts(named title: String) -> [Int] {
        let words = title.split(separator: ":", maxSplits: 1).first.map { $0.split(separator: " ") } ?? []
        guard words.count == 2, words[0].lowercased() == "part" || words[0].lowercased() == "parts" else { return [] }
        let bounds = words[1].split(separator: "–").compactMap { Int($0) }
        guard let first = bounds.first, let last = bounds.last, first <= last else { return [] }
        return Array(first...last)
    }

    /// The parts a HINTS.md heading covers: "## Part 3 — …" is [3], "## Parts 3–4 — …" is [3, 4].
    public static func partsOfHeading(_ line: String) -> [Int] {
        guard line.hasPrefix("## ") else { return [] }
        return parts(named: String(line.dropFirst(3)).components(separatedBy: " — ").first.map { $0 + ":" } ?? "")
    }

    /// Runs the check and scores it: full points on a pass, none otherwise.
    public func grade(with session: SubmissionSession) -> ItemResult {
        let status: ItemStatus, message: String
        do {
            switch try check(session) {
            case .pass(let text): (status, message) = (.passed, text)
            case .fail(let text): (status, message) = (.failed, text)
            }
        } catch {
            switch error {
            case .timedOut: status = .timedOut
            case .crashed, .hostError: status = .crashed
            case .unusable: status = .failed
            }
            message = error.description
        }
        return ItemResult(id: id, chapter: chapter, title: title, points: points,
                          score: status == .passed ? points : 0, status: status,
                          message: message, visibility: visibility)
    }
}

/// The outcome of one graded item.
public struct ItemResult: Codable, Sendable, Equatable {
    public var id: String
    public var chapter: Int
    public var title: String
    public var points: Double
    public var score: Double
    public var status: ItemStatus
    public var message: String
    public var visibility: Visibility
}

extension GradedItem {
    /// Grades items two at a time (the machine's cores), keeping their order. An item not yet
    /// started at `deadline` is not run, and says so.
    public static func gradeAll(_ items: [GradedItem], with session: SubmissionSession, until deadline: Date? = nil) -> [ItemResult] {
        let box = ResultBox(count: items.count)
        // Long items first (results keep the items' order).
        let order = items.indices.filter { items[$0].runsLong } + items.indices.filter { !items[$0].runsLong }
        DispatchQueue.concurrentPerform(iterations: items.count) { position in
            let index = order[position]
            let item = items[index]
            if let deadline, Date() >= deadline {
                box.set(index, ItemResult(id: item.id, chapter: item.chapter, title: item.title, points: item.points, score: 0,
                                          status: .notRun, message: "not run: the overall time limit for grading was reached before this item started",
                                          visibility: item.visibility))
            } else {
                box.set(index, item.grade(with: session))
            }
        }
        return box.results
    }
}

/// Collects results from concurrent graders.
private final class ResultBox: @unchecked Sendable {
    private let lock = NSLock()
    private var slots: [ItemResult?]
    init(count: Int) { slots = Array(repeating: nil, count: count) }
    func set(_ index: Int, _ result: ItemResult) { lock.lock(); slots[index] = result; lock.unlock() }
    var results: [ItemResult] { lock.lock(); defer { lock.unlock() }; return slots.compactMap { $0 } }
}
