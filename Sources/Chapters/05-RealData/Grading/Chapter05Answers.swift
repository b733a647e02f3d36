import EMKit
import SubmissionCalls

/// The answers to the notebook's three questions on real data, each computed from the
/// student's functions (`Chapter05Student`); the items and the quiz share them.
enum Chapter05Answers {
    static let runs = Chapter05Runs.self

    /// Convergence on Old Faithful: raw data, K = 2, notebook seed.
    static func faithful(_ s: Chapter05Student) throws(CallFailure) -> NotebookEMResult {
        try s.fit(runs.faithful, components: runs.faithfulComponents, seed: runs.notebookSeed, name: "Old Faithful")
    }

    /// Convergence on the standardised penguins: K = 3, notebook seed (or `seed`, `maxiter`).
    static func penguins(_ s: Chapter05Student, seed: UInt32 = Chapter05Runs.notebookSeed, maxiter: Int = 1000) throws(CallFailure) -> NotebookEMResult {
        try s.fit(try s.standardizedPenguins(), components: runs.penguinComponents, seed: seed, maxiter: maxiter, name: "the standardised penguins")
    }

    /// Uncertainty: the mean entropy before EM (every point 1/K), after 1 and 20 iterations,
    /// and at the end.
    static func entropyStages(_ s: Chapter05Student) throws(CallFailure) -> [Double] {
        let k = runs.penguinComponents
        let uniform = Matrix(repeating: Vector(repeating: 1 / Double(k), count: k), count: runs.penguins.points.count)
        var stages = [try s.meanEntropy(uniform)]
        for maxiter in runs.uncertaintyIterations {
            stages.append(try s.meanEntropy(try penguins(s, maxiter: maxiter).resp))
        }
        return stages
    }

    /// Interpretability: clusters × species for a penguin run.
    static func table(_ s: Chapter05Student, seed: UInt32 = Chapter05Runs.notebookSeed) throws(CallFailure) -> [[Int]] {
        try s.table(try penguins(s, seed: seed).resp, labels: runs.penguins.labels, clusters: runs.penguinComponents,
                    classes: runs.penguins.classNames.count)
    }

    /// The row indices of the most uncertain penguins at the end of the run.
    static func mostUncertain(_ s: Chapter05Student) throws(CallFailure) -> [Int] {
        try s.mostUncertain(try s.entropy(try penguins(s).resp), count: runs.uncertainCount)
    }

    /// Standardising: final log-likelihood (standardised − raw), and the largest change of any
    /// responsibility between the two runs.
    static func standardization(_ s: Chapter05Student) throws(CallFailure) -> (shift: Double, respChange: Double) {
        let standardized = try penguins(s)
        let raw = try s.fit(runs.penguins.points, components: runs.penguinComponents, seed: runs.notebookSeed, name: "the raw penguins")
        let change = zip(standardized.resp.joined(), raw.resp.joined()).map { abs($0 - $1) }.max() ?? .nan
        return ((standardized.loglik.last ?? .nan) - (raw.loglik.last ?? .nan), change)
    }

    /// The table as text, one cluster a line: "cluster 0: Adelie 146, Chinstrap 68, Gentoo 0".
    static func describe(_ table: [[Int]]) -> String {
        let names = runs.penguins.classNames
        return table.enumerated().map { k, row in
            "cluster \(k): " + zip(names, row).map { "\($0) \($1)" }.joined(separator: ", ")
        }.joined(separator: "; ")
    }
}
