import EMKit
import SubmissionCalls

/// What chapter 04's visible items and quiz compare with.
///
/// Inputs (the starts of the graded fits, the 16-component model the queries run on) and the
/// values of the per-function items are in clear, so feedback can say what a value should be;
/// where each fit ends holds the quiz answers and is kept as digests.
struct Chapter04Key: ChapterKey {
    static let chapter = 4

    /// Parts 1 and 2 on `Chapter04Cases.modular`.
    var spherical: [[KeyNumber]]
    var diagonal: [[[KeyNumber]]]
    /// Part 3 on `Chapter04Cases.modular`, for every shape in `CovarianceShape.allCases` order.
    var mStep: [[KeyMixture]]
    /// Part 4 on `Chapter04Cases.seeding`.
    var seeding: [[Int]]
    /// Part 11 from those seeds: the labels and the number of Lloyd iterations.
    var lloyd: [KMeansLabelsResponse]
    /// Part 5 on `Chapter04Cases.seedStarts`.
    var seedStarts: [KeyMixture]

    /// One graded fit: its seeds and start (inputs), the first mean log-likelihoods in clear,
    /// and where it ends as digests.
    struct Run: Codable, Sendable {
        var name: String
        var seeds: [Int]
        var start: GaussianMixture
        var firstTrace: [KeyNumber]
        var iterations: KeyNumber
        var finalMeanLogLikelihood: KeyNumber
        /// The mean log-density of the data under the fitted model (scikit-learn's `score(X)`).
        var finalScore: KeyNumber
        var sortedWeights: [KeyNumber]
    }
    var runs: [Run]

    /// The reference 16-component fit of the moons, on which parts 6 to 8 and 10 run.
    var densityModel: GaussianMixture
    /// Parts 6 to 8 on the moons under `densityModel`.
    var logDensities: [KeyNumber]
    var memberships: [[KeyNumber]]
    var labels: [Int]
    /// The mean log-density of 400 points drawn from `densityModel` is expected within
    /// `newPointsBand` of `newPointsMeanLogDensity`: 5.5 standard errors of a mean of 400, with the
    /// mean and the spread estimated from 4 000 reference draws (whose own error, 1/√4000 of a
    /// spread, is small beside the band's 5.5/√400).
    var newPointsMeanLogDensity: Double
    var newPointsBand: Double
    /// What each known mistake (`Chapter04Mistakes`) returns on the inputs of parts 1, 2, 6 and 7.
    var mistakes: Chapter04MistakenValues?

    func run(_ name: String) -> Run? { runs.first { $0.name == name } }
}
