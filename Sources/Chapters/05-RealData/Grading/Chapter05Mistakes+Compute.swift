// edition: omit (the chapter 05 reference with the known mistakes made)
import EMKit
import Foundation
import SubmissionCalls

extension Chapter05Mistakes {
    /// Every mistake's value on its item's input: the kit's reference with the one change.
    static func values() -> MistakenValues {
        typealias R = Chapter05Reference
        let runs = Chapter05Runs.self
        let raw = runs.penguins.points
        let n = Double(raw.count)
        var values: MistakenValues = [:]
        // Part 1: (x − mean) / s with s the sample deviation, √(N / (N − 1)) times the population one.
        let head = R.standardized(raw).prefix(3).map { $0.map { $0 * ((n - 1) / n).squareRoot() } }
        values[sampleDeviation.id] = KnownMistake.record(KnownMistake.flat(Array(head)))
        // Part 2: the variances divided by N − 1, N / (N − 1) times the population ones.
        if var initial = R.initialization(raw, components: runs.penguinComponents, seed: runs.notebookSeed) {
            initial.covariances = initial.covariances.map { $0.map { $0.map { $0 * n / (n - 1) } } }
            values[initialSampleVariance.id] = KnownMistake.record(KnownMistake.flat(initial))
        }
        // Part 4: entropy in bits.
        values[entropyInBits.id] = KnownMistake.record(R.entropy(runs.exampleResp).map { $0 / log(2) })
        // Part 8: the mean over the clusters of each cluster's largest share.
        let rows = runs.exampleTable.filter { $0.reduce(0, +) > 0 }
        let shares = rows.map { Double($0.max() ?? 0) / Double($0.reduce(0, +)) }
        values[purityAveraged.id] = KnownMistake.record([shares.sum / Double(shares.count)])
        return values
    }
}
