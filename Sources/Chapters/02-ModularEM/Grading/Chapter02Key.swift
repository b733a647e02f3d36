import EMKit
import SubmissionCalls

/// The reference answers of the five functions on one set of random inputs, in clear.
struct ModularCaseKey: Codable, Sendable, Equatable {
    var seed: UInt32
    var points, dimension, clusters: Int
    var responsibilities: [[KeyNumber]]
    var counts: [KeyNumber]
    var weights: [KeyNumber]
    var means: [[KeyNumber]]
    var covariances: [[[KeyNumber]]]
    /// What each function returns on these inputs with each known mistake (`Chapter02Mistakes`).
    var mistakes: MistakenValues = [:]

    /// The inputs these answers belong to (drawn again from the seed).
    var inputs: ModularInputs { ModularInputs(seed: seed, points: points, dimension: dimension, clusters: clusters) }
}

/// The end of one EM run on the notebook's data, as digests (these are quiz answers).
struct RunKey: Codable, Sendable, Equatable {
    var iterations: KeyNumber
    var weights: [KeyNumber]
    var means: [[KeyNumber]]
    var covariances: [[[KeyNumber]]]
    var loglik: KeyNumber
}

/// What chapter 02's visible items compare with.
///
/// The function cases and the first EM iteration on the two-cluster data are kept in clear,
/// so feedback can say what an entry should be; the two runs to convergence hold the quiz
/// answers and are kept as digests.
struct Chapter02Key: ChapterKey {
    static let chapter = 2
    /// The inputs the visible items give each function: (seed, points, dimension, clusters).
    static let caseShapes: [(UInt32, Int, Int, Int)] = [(21, 10, 2, 3), (22, 8, 3, 2)]

    var cases: [ModularCaseKey]
    /// The state after one iteration on the two-cluster data, in clear.
    var firstIteration: KeyState
    var twoClusters: RunKey
    var threeClusters: RunKey
}
