import EMKit
import SubmissionCalls

/// What chapter 01's visible items compare with: the reference EM on the notebook's data.
///
/// The first iteration is kept in clear, so feedback can say what a value should be; the run
/// to convergence holds the quiz answers, so it is kept as digests.
struct Chapter01Key: ChapterKey {
    static let chapter = 1
    /// The state after the first iteration (`maxiter=1`), in clear.
    var firstStep: KeyState
    /// Where the part items start: the reference's parameters after the first iteration, whose
    /// weights differ, whose covariances differ from one another and from the identity, and
    /// whose means are away from 0, so every term of every part's formula shows in one iteration
    /// (from the notebook's start, with weights 1/3 and one shared covariance, a missing πₖ or
    /// a wrong constant in the density would not).
    var partStart: GaussianMixture
    /// One iteration of the reference from `partStart`, in clear.
    var partStep: KeyState
    /// One iteration from `partStart` with each known mistake made (`Chapter01Mistakes`), by id,
    /// in clear: what a student with that mistake returns.
    var mistakes: [String: KeyState]
    /// The same from the notebook's start, for the feedback of the items that run the notebook's
    /// whole EM (where the first iteration is the first place a mistake can show).
    var firstMistakes: [String: KeyState]
    /// Every state of the full run, as digests; `steps[11]` is the 12-iteration run's end.
    var steps: [KeyState]
    /// The full run's iteration count and last progress line (the notebook states both).
    var iterations: Int
    var lastProgressLine: String
    /// "increasing", as the notebook's quiz expects.
    var trend: String
    /// The initial log-likelihood, as a digest (the trace has `iterations + 1` values).
    var initialLogLikelihood: KeyNumber
    /// A seed for the invariants' fresh problem that the reference EM handles well (used by the
    /// student edition, which cannot screen seeds itself).
    var invariantSeed: UInt32

    /// The final state: the quiz answers.
    var final: KeyState? { steps.last }

    /// The state at the end of a run with `maxiter`, if the key has it.
    func state(after iterations: Int) -> KeyState? {
        iterations == 1 ? firstStep : steps.first { $0.number == iterations }
    }
}
