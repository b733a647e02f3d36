import EMKit
import Foundation
import SubmissionCalls

/// The reference values a chapter's visible items compare with, as one Codable value.
///
/// In the full kit the key is computed by the kit's reference (`compute()`, in a file the
/// student edition leaves out); in the student edition it is read from the key that
/// `emkit release` recorded, where quiz answers and final states appear only as digests.
/// Items read it through `current` and so run the same code in both.
public protocol ChapterKey: Codable, Sendable {
    static var chapter: Int { get }
    #if !STUDENT_EDITION
    /// Computes the key with the kit's reference; throws what broke if the reference fails.
    static func compute() throws -> Self
    #endif
}

extension ChapterKey {
    /// The chapter's key: computed once (full kit) or read from the recorded key (edition).
    public static var current: Self? { try? AnswerKey.shared.key(Self.self).get() }

    /// Why `current` is nil: what broke, worded for an item's message.
    public static var failure: String? {
        if case .failure(let error) = AnswerKey.shared.key(Self.self) { return "\(error)" }
        return nil
    }

    /// The verdict of an item whose key is missing, with the cause.
    public static var missing: Verdict {
        .fail(String(format: "the kit could not compute its answer key for chapter %02d: ", chapter) + (failure ?? "no cause was given"))
    }
}

/// Where keys come from, and their cache.
public final class AnswerKey: @unchecked Sendable {
    static let shared = AnswerKey()
    private let lock = NSLock()
    private var keys: [ObjectIdentifier: Any] = [:]

    func key<Key: ChapterKey>(_ type: Key.Type) -> Result<Key, any Error> {
        lock.lock()
        defer { lock.unlock() }
        if let known = keys[ObjectIdentifier(type)] as? Result<Key, any Error> { return known }
        let made = Result { try Self.make(type) }
        keys[ObjectIdentifier(type)] = made
        return made
    }

    static func make<Key: ChapterKey>(_ type: Key.Type) throws -> Key {
        #if STUDENT_EDITION
        guard let key = recorded(type) else { throw KitError("this edition carries no recorded key for chapter \(type.chapter)") }
        return key
        #else
        return try type.compute()
        #endif
    }

    /// The key recorded in this student edition, if any.
    static func recorded<Key: ChapterKey>(_ type: Key.Type) -> Key? {
        guard let text = RecordedAnswerKey.json,
              let object = try? JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any],
              let entry = object[String(format: "chapter%02d", type.chapter)],
              let data = try? JSONSerialization.data(withJSONObject: entry) else { return nil }
        return try? ExchangeCoding.decoder.decode(type, from: data)
    }

    #if !STUDENT_EDITION
    /// Every chapter's key, computed now, as the JSON a student edition carries.
    public static func record() throws -> String {
        var parts: [String] = []
        for chapter in Catalog.chapters {
            guard let type = chapter.key else { continue }
            parts.append("\"" + String(format: "chapter%02d", chapter.number) + "\": " + (try type.recordedJSON()))
        }
        return "{\n" + parts.joined(separator: ",\n") + "\n}"
    }
    #endif
}

#if !STUDENT_EDITION
extension ChapterKey {
    static func recordedJSON() throws -> String {
        let key: Self
        do {
            key = try compute()
        } catch {
            throw KitError("the reference failed to compute chapter \(chapter)'s answer key: \(error)")
        }
        return String(decoding: try ExchangeCoding.encoder.encode(key), as: UTF8.self)
    }
}
#endif
