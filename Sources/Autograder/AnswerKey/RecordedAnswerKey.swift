/// The answer key of a student edition, written here by `emkit release`. Nil in the full kit,
import SubmissionCalls
/// which computes its keys with the reference instead.
enum RecordedAnswerKey {
    static let json: String? = nil
}
