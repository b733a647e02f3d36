import EMKit
import SubmissionCalls

/// A common mistake in one part of an exercise, as data: what it is called, which part it is
/// in, and the sentence that tells a student what they did.
///
/// How to compute what a student with the mistake returns lives beside the chapter's answer key
/// (`ChapterNNMistakes+Compute.swift`, left out of the student edition): the kit's reference
/// with the one change, run on the item's own inputs. The key records those values
/// (`MistakenValues`), so an item can recognise a mistake in both editions: when the student's
/// reply fails its comparison but matches a mistake's value under the same comparison, the
/// item's message says which mistake it is.
struct KnownMistake: Sendable, Equatable, Identifiable {
    /// "01.covariance-divided-by-N": the chapter, then what went wrong.
    var id: String
    /// The exercise parts the mistake is made in.
    var parts: [Int]
    /// What the student did, addressed to them: "you divided … where …".
    var sentence: String

    init(_ id: String, part: Int, _ sentence: String) {
        self.id = id
        self.parts = [part]
        self.sentence = sentence
    }

    /// The sentence with the part it is in: "you divided … (part 6)".
    var diagnosis: String { "\(sentence) (\(EMExercise.naming(parts)))" }
}

/// The values a student with each known mistake would return on one item's inputs, by mistake
/// id, every number in the order `KnownMistake.flat` lists a reply's.
typealias MistakenValues = [String: [KeyNumber]]

extension KnownMistake {
    /// The numbers of a reply, in order: a vector's entries, a matrix's rows, a list of
    /// matrices' rows one matrix after the other.
    static func flat(_ v: Vector) -> [Double] { v }
    static func flat(_ m: Matrix) -> [Double] { m.flatMap { $0 } }
    static func flat(_ ms: [Matrix]) -> [Double] { ms.flatMap { $0.flatMap { $0 } } }
    /// A mixture's numbers: weights, means, covariances.
    static func flat(_ model: GaussianMixture) -> [Double] { flat(model.weights) + flat(model.means) + flat(model.covariances) }

    /// How a key records a mistaken value (in clear, as the items' keys are: the comparison is
    /// then the items' own, `KeyNumber.matches`).
    static func record(_ values: [Double]) -> [KeyNumber] { values.map(KeyNumber.value) }

    /// Whether `got` is, entry by entry, the value recorded for the mistake.
    static func same(_ got: [Double], _ recorded: [KeyNumber]) -> Bool {
        got.count == recorded.count && zip(got, recorded).allSatisfy { $1.matches($0) }
    }

    /// The first of `mistakes` made in one of `parts` whose recorded value `got` is, if any.
    static func recognise(_ got: [Double], among mistakes: [KnownMistake], values: MistakenValues, parts: [Int]? = nil) -> KnownMistake? {
        mistakes.first { mistake in
            guard parts.map({ !Set($0).isDisjoint(with: mistake.parts) }) ?? true, let recorded = values[mistake.id] else { return false }
            return same(got, recorded)
        }
    }

    /// `message`, with the diagnosis added when there is one.
    static func explain(_ message: String, _ mistake: KnownMistake?) -> String {
        guard let mistake else { return message }
        // The diagnosis names the part; the message need not name it a second time.
        let part = " (\(EMExercise.naming(mistake.parts)))"
        let base = message.hasSuffix(part) ? String(message.dropLast(part.count)) : message
        return "\(base), exactly what a known mistake gives: \(mistake.diagnosis)"
    }
}
