// edition: omit (computes the answer key with the chapter 03 reference)
import EMKit
import SubmissionCalls
import Reference

extension Chapter03Key {
    static func compute() throws -> Chapter03Key {
        let request = Chapter03Cases.fit
        guard let fit = Chapter03Reference.fit(samples: request.samples, initial: request.initial,
                                               maxIterations: request.maxIterations, tolerance: request.tolerance) else {
            throw KitError("the reference EM failed on the notebook's 900 samples from the random start")
        }
        let perm = Chapter03Reference.permutation(estimatedMeans: fit.model.means, trueMeans: Chapter03Notebook.trueModel.means)
        let s = Chapter03Cases.sweep
        let rows = Chapter03Reference.sweep(samples: s.samples, maxComponents: s.maxComponents, seed: s.seed,
                                            maxIterations: s.maxIterations, tolerance: s.tolerance)
        func best(_ value: (SweepRow) -> Double) -> Double { Double(rows.min { value($0) < value($1) }?.components ?? 0) }
        return Chapter03Key(
            firstNLL: fit.meanNLL.prefix(3).map(KeyNumber.value),
            firstWeights: fit.weightTrace.prefix(3).map { $0.map(KeyNumber.value) },
            iterations: .hiding(Double(fit.meanNLL.count)),
            finalNLL: .hiding(fit.meanNLL.last ?? .nan),
            matchedWeights: perm.map { KeyNumber.hiding(fit.model.weights[$0]) },
            sortedWeights: fit.model.weights.sorted().map(KeyNumber.hiding),
            permutations: Chapter03Cases.permutations.map { Chapter03Reference.permutation(estimatedMeans: $0.estimatedMeans, trueMeans: $0.trueMeans) },
            criteria: Chapter03Cases.criteria.map { c in
                let v = Chapter03Reference.criteria(meanNLL: c.meanNLL, points: c.points, parameters: c.parameters)
                return [.value(Double(Chapter03Reference.parameterCount(components: c.components, dimension: c.dimension))), .value(v.bic), .value(v.aic)]
            },
            criteriaMistakes: Chapter03Cases.criteria.map(Chapter03Mistakes.values),
            sweep: rows.map { [.value($0.meanNLL), .value($0.bic), .value($0.aic)] },
            bestByBIC: .hiding(best(\.bic)), bestByAIC: .hiding(best(\.aic)))
    }
}
