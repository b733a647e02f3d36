import EMKit
import SubmissionCalls

/// The mistakes chapter 05's part items recognise (see `KnownMistake`). What each one returns
/// on an item's input is computed by `Chapter05Mistakes+Compute.swift` (left out of the student
/// edition) and recorded in the key (`Chapter05Key.mistakes`).
enum Chapter05Mistakes {
    static let sampleDeviation = KnownMistake("05.standardize-N-minus-1", part: 1,
        "you divided by the sample standard deviation, with N − 1; standardise with the population one, which divides by N")
    static let initialSampleVariance = KnownMistake("05.initial-variance-N-minus-1", part: 2,
        "your starting variances divide by N − 1; the notebook's divide each column's squared deviations by N")
    static let entropyInBits = KnownMistake("05.entropy-log2", part: 4,
        "you took logarithms in base 2; the entropy here uses the natural logarithm")
    static let purityAveraged = KnownMistake("05.purity-averaged-over-clusters", part: 8,
        "you averaged each cluster's own purity; purity adds up every cluster's largest count and divides by all the points in the table")

    static let all = [sampleDeviation, initialSampleVariance, entropyInBits, purityAveraged]

    /// `message` with the known mistake of `part` that `got` is, if it is one.
    static func explain(_ message: String, part: Int, got: [Double], key: Chapter05Key) -> String {
        KnownMistake.explain(message, key.mistakes.flatMap { KnownMistake.recognise(got, among: all, values: $0, parts: [part]) })
    }

    /// Part 1 on the standardised penguins `z`.
    static func standardizeVerdict(_ z: Matrix, key: Chapter05Key) -> Verdict {
        let n = Double(z.count)
        let head = KnownMistake.flat(Array(z.prefix(key.standardizedHead.count)))
        for j in RealDatasets.penguinColumns.indices {
            let column = z.map { $0[j] }
            let mean = column.sum / n
            let deviation = (column.map { ($0 - mean) * ($0 - mean) }.sum / n).squareRoot()
            let name = RealDatasets.penguinColumns[j]
            if abs(mean) > 1e-9 { return .fail("column \(j) (\(name)) has mean \(show(mean)) after standardising; subtract each column's mean (part 1)") }
            if abs(deviation - 1) > 1e-9 {
                return .fail(explain("column \(j) (\(name)) has standard deviation \(show(deviation)) where it should be 1 (part 1)", part: 1, got: head, key: key))
            }
        }
        for (i, row) in key.standardizedHead.enumerated() {
            if let d = KeyComparison.vector(z[i], row, name: "row \(i)", label: { "row \(i), column \($0)" }) {
                return .fail(explain("on the penguins, \(d) (part 1)", part: 1, got: head, key: key))
            }
        }
        return .pass("mean 0 and standard deviation 1 in every column")
    }

    /// Part 2 on the raw penguins.
    static func initializationVerdict(_ model: GaussianMixture, key: Chapter05Key) -> Verdict {
        if let d = key.penguinInitial.mismatch(model) {
            return .fail(explain("on the raw penguins with K = 3 and seed 1, \(d) (means: the chosen rows; covariances: diagonal, each column's variance divided by N; weights 1/K) (part 2)",
                                 part: 2, got: KnownMistake.flat(model), key: key))
        }
        return .pass("the notebook's starting parameters")
    }

    /// Part 4 on the example rows.
    static func entropyVerdict(_ got: Vector, key: Chapter05Key) -> Verdict {
        let rows = Chapter05Runs.exampleResp
        if let d = KeyComparison.vector(got, key.exampleEntropy, name: "the entropy of the \(rows.count) rows", label: { "the entropy of row \($0), \(rows[$0].map(show)),"  }) {
            return .fail(explain("\(d) (part 4: natural log; a zero responsibility adds nothing)", part: 4, got: got, key: key))
        }
        return .pass("\(got.map(show))")
    }

    /// Part 8 on the example table.
    static func purityVerdict(_ got: Double, key: Chapter05Key) -> Verdict {
        guard key.examplePurity.matches(got) else {
            return .fail(explain("the purity of \(Chapter05Runs.exampleTable) " + key.examplePurity.expectation(for: got) + " (part 8: divide by all the points in the table)",
                                 part: 8, got: [got], key: key))
        }
        return .pass(show(got))
    }
}
