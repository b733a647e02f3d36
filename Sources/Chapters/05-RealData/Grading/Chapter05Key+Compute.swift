// edition: omit (computes the answer key with the chapter 05 reference)
import EMKit
import SubmissionCalls
import Reference

extension Chapter05Key {
    static func compute() throws -> Chapter05Key {
        typealias R = Chapter05Reference
        let runs = Chapter05Runs.self
        let raw = runs.penguins.points, k = runs.penguinComponents
        let standardized = R.standardized(raw)
        guard let initial = R.initialization(raw, components: k, seed: runs.notebookSeed),
              let faithfulFirst = R.fit(runs.faithful, components: runs.faithfulComponents, seed: runs.notebookSeed, maxiter: 1),
              let faithful = R.fit(runs.faithful, components: runs.faithfulComponents, seed: runs.notebookSeed),
              let penguin = R.fit(standardized, components: k, seed: runs.notebookSeed),
              let penguinRaw = R.fit(raw, components: k, seed: runs.notebookSeed),
              let restart = R.fit(standardized, components: k, seed: runs.restartSeed),
              let stages = R.entropyStages(standardized, components: k, seed: runs.notebookSeed),
              let faithfulFirstLL = faithfulFirst.logLikelihoods.last else {
            throw KitError("the reference EM failed on Old Faithful or the penguins (seed \(runs.notebookSeed) or \(runs.restartSeed))")
        }
        let classes = runs.penguins.classNames.count
        func table(_ fit: EMFit) -> [[Int]] {
            R.table(assignments: R.assignments(fit.responsibilities), labels: runs.penguins.labels, clusters: k, classes: classes)
        }
        let hide: (Double) -> KeyNumber = { .hiding($0) }
        return Chapter05Key(
            standardizedHead: standardized.prefix(3).map { $0.map(KeyNumber.value) },
            penguinInitial: KeyMixture(initial, hidden: false),
            faithfulFirstStep: KeyMixture(faithfulFirst.model, hidden: false),
            faithfulFirstLogLikelihood: .value(faithfulFirstLL),
            exampleEntropy: R.entropy(runs.exampleResp).map(KeyNumber.value),
            exampleUncertain: R.mostUncertain(runs.exampleEntropy, count: 3),
            exampleAssignments: R.assignments(runs.exampleResp),
            exampleTable: R.table(assignments: runs.exampleAssignments, labels: runs.exampleLabels, clusters: 3, classes: 2),
            examplePurity: .value(R.purity(runs.exampleTable)),
            faithfulIterations: .hiding(Double(faithful.iterations)),
            faithfulLogLikelihood: hide(faithful.logLikelihoods.last ?? .nan),
            faithfulWeights: faithful.model.weights.map(hide),
            penguinIterations: .hiding(Double(penguin.iterations)),
            penguinLogLikelihood: hide(penguin.logLikelihoods.last ?? .nan),
            meanEntropy: stages.map(hide),
            penguinTable: table(penguin).map { $0.map { .hiding(Double($0)) } },
            penguinPurity: hide(R.purity(table(penguin))),
            mostUncertain: R.mostUncertain(R.entropy(penguin.responsibilities), count: runs.uncertainCount).map { .hiding(Double($0)) },
            restartLogLikelihood: hide(restart.logLikelihoods.last ?? .nan),
            restartPurity: hide(R.purity(table(restart))),
            standardizationShift: hide((penguin.logLikelihoods.last ?? .nan) - (penguinRaw.logLikelihoods.last ?? .nan)),
            mistakes: Chapter05Mistakes.values())
    }
}
