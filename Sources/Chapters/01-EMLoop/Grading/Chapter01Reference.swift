// edition: omit (the reference EM step, with and without the known mistakes)
import EMKit
import Foundation
import SubmissionCalls

/// One iteration of the notebook's EM, as the kit's reference (`fitNotebookEM`) computes it,
/// with one of `Chapter01Mistakes` made on purpose: what a student with that mistake returns.
/// Without a mistake it is the reference's step (`Chapter01MistakeTests` checks so).
enum Chapter01Reference {
    static func iteration(data: Matrix, start: GaussianMixture, mistake: KnownMistake? = nil) -> EMIteration? {
        let n = data.count, k = start.componentCount, d = start.dimension
        let made = { (m: KnownMistake) in mistake?.id == m.id }
        var normals: [MultivariateNormal] = []
        for c in 0..<k {
            guard let normal = try? MultivariateNormal(mean: start.means[c], covariance: start.covariances[c]) else { return nil }
            normals.append(normal)
        }
        // E-step, in log space as the reference does it.
        var resp = LinearAlgebra.zeros(n, k)
        for j in 0..<n {
            let terms = (0..<k).map { c in
                (made(Chapter01Mistakes.responsibilitiesWithoutWeight) ? 0 : log(start.weights[c])) + normals[c].logDensity(at: data[j])
            }
            let total = made(Chapter01Mistakes.responsibilitiesNotNormalised) ? 0 : logSumExp(terms)
            for c in 0..<k { resp[j][c] = exp(terms[c] - total) }
        }
        // M-step.
        let counts = resp.columnSums
        var model = start
        for c in 0..<k {
            guard counts[c] > 0 else { return nil }
            model.weights[c] = made(Chapter01Mistakes.weightsNotDividedByN) ? counts[c] : counts[c] / Double(n)
            var weightedSum = Vector(repeating: 0, count: d)
            for j in 0..<n { weightedSum.add(data[j], scaledBy: resp[j][c]) }
            let mean = weightedSum.dividedBy(made(Chapter01Mistakes.meanDividedByN) ? Double(n) : counts[c])
            model.means[c] = mean
            let centre = made(Chapter01Mistakes.outerProductUncentred) ? Vector(repeating: 0, count: d)
                : made(Chapter01Mistakes.outerProductOldMeans) ? start.means[c] : mean
            var scatter = LinearAlgebra.zeros(d, d)
            for j in 0..<n {
                let delta = data[j].minus(centre)
                let r = resp[j][c]
                for a in 0..<d { for b in 0..<d { scatter[a][b] += r * delta[a] * delta[b] } }
            }
            model.covariances[c] = scatter.dividedBy(made(Chapter01Mistakes.covarianceDividedByN) ? Double(n) : counts[c])
        }
        let ll = logLikelihood(of: data, under: made(Chapter01Mistakes.logLikelihoodOfOldParameters) ? start : model)
        return EMIteration(number: 1, responsibilities: resp, model: model, logLikelihood: ll)
    }
}
