import EMKit
import SubmissionCalls

/// What chapter 05's visible items compare with: the kit's reference on the shipped data.
///
/// Numbers the part items explain are kept in clear (the first standardised rows, the starting
/// parameters, one EM iteration, the small fixed examples); the answers to the notebook's three
/// questions are kept as digests. Counts and indices are digests of their values as numbers.
struct Chapter05Key: ChapterKey {
    static let chapter = 5

    /// Part 1: the first three standardised penguins.
    var standardizedHead: [[KeyNumber]]
    /// Part 2: the starting parameters on the raw penguins, notebook seed.
    var penguinInitial: KeyMixture
    /// Part 3: one iteration on Old Faithful from the notebook seed: weights, means, loglik[1].
    var faithfulFirstStep: KeyMixture
    var faithfulFirstLogLikelihood: KeyNumber
    /// Parts 4–8 on the fixed examples of `Chapter05Runs`.
    var exampleEntropy: [KeyNumber]
    var exampleUncertain: [Int]
    var exampleAssignments: [Int]
    var exampleTable: [[Int]]
    var examplePurity: KeyNumber

    /// Convergence: Old Faithful (raw, K = 2) and the standardised penguins (K = 3), notebook seed.
    var faithfulIterations: KeyNumber
    var faithfulLogLikelihood: KeyNumber
    var faithfulWeights: [KeyNumber]
    var penguinIterations: KeyNumber
    var penguinLogLikelihood: KeyNumber
    /// Uncertainty: the mean entropy before EM, after 1 and 20 iterations, and at the end.
    var meanEntropy: [KeyNumber]
    /// Interpretability: clusters × species, purity, the most uncertain penguins (row indices).
    var penguinTable: [[KeyNumber]]
    var penguinPurity: KeyNumber
    var mostUncertain: [KeyNumber]
    /// The restart from seed 2: final log-likelihood and purity.
    var restartLogLikelihood: KeyNumber
    var restartPurity: KeyNumber
    /// Standardising: final log-likelihood (standardised) minus (raw), both from the notebook seed.
    var standardizationShift: KeyNumber
    /// What each known mistake (`Chapter05Mistakes`) returns on the inputs of parts 1, 2, 4 and 8.
    var mistakes: MistakenValues?
}
