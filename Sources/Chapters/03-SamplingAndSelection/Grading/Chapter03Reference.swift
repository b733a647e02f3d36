// edition: omit (the reference fit, matching, criteria and sweep answer chapter 03's exercises)
import EMKit
import Foundation
import SubmissionCalls
import Reference

/// The kit's reference for chapter 03, checked against numpy running the notebook's code
/// (`Tests/Chapter03FixtureTests.swift` in this chapter's folder).
/// Its members are internal: the submission scan flags every public name of an omitted file,
/// and names like `weights` or `fit` must stay free for students.
public enum Chapter03Reference {
    /// EM from `initial` with the mean-NLL and weight traces; the notebook's stop rule.
    ///
    /// Each iteration is chapter 02's reference functions (`Chapter02Reference`): responsibilities
    /// in log space, soft counts, weights, means, covariances, each sum taken over the points in
    /// order; written here on flat arrays so that the sweep's 57 000 component-iterations
    /// allocate nothing per point. The arithmetic is the same, operation for operation.
    static func fit(samples: Matrix, initial: GaussianMixture, maxIterations: Int, tolerance: Double)
        -> (model: GaussianMixture, meanNLL: [Double], weightTrace: [Vector])? {
        var model = initial
        var trace: [Double] = [], weights: [Vector] = []
        let n = samples.count, k = initial.weights.count, d = samples.first?.count ?? 0
        guard n > 0, k > 0, samples.allSatisfy({ $0.count == d }) else { return nil }
        let x = samples.flatMap { $0 }
        var resp = [Double](repeating: 0, count: n * k)
        var terms = [Double](repeating: 0, count: k)
        var y = [Double](repeating: 0, count: d)
        // The E-step of a model also gives its log-likelihood (the same terms, summed in the same
        // order as `logLikelihood(of:under:)`), so each iteration factors the covariances once.
        func eStep(_ model: GaussianMixture) -> Double? {
            var normals: [MultivariateNormal] = []
            for c in 0..<k {
                guard let normal = try? MultivariateNormal(mean: model.means[c], covariance: model.covariances[c]) else { return nil }
                normals.append(normal)
            }
            let logWeights = model.weights.map { log($0) }
            // MultivariateNormal.logDensity(at:), on flat copies of the means and factors.
            let flatMeans = normals.flatMap(\.mean), flatFactors = normals.flatMap { $0.factor.lower.joined() }
            let constants = normals.map { Double(d) * log(2 * Double.pi) + $0.factor.logDeterminant }  // as logLikelihood(of:under:)
            var logLikelihood = 0.0
            for i in 0..<n {
                for c in 0..<k {
                    var quadratic = 0.0
                    for a in 0..<d {
                        var sum = x[i * d + a] - flatMeans[c * d + a]
                        for b in 0..<a { sum -= flatFactors[c * d * d + a * d + b] * y[b] }
                        y[a] = sum / flatFactors[c * d * d + a * d + a]
                    }
                    for a in 0..<d { quadratic += y[a] * y[a] }
                    terms[c] = logWeights[c] + -0.5 * (constants[c] + quadratic)
                }
                let total = logSumExp(terms)
                logLikelihood += total
                for c in 0..<k { resp[i * k + c] = exp(terms[c] - total) }
            }
            return logLikelihood
        }
        var previous = 0.0
        guard maxIterations > 0 else { return (model, trace, weights) }
        guard eStep(model) != nil else { return nil }
        for _ in 0..<maxIterations {
            var counts = [Double](repeating: 0, count: k)
            for i in 0..<n { for c in 0..<k { counts[c] += resp[i * k + c] } }
            let sum = counts.sum
            model.weights = counts.map { $0 / sum }
            var means = [Double](repeating: 0, count: k * d)
            for c in 0..<k {
                for a in 0..<d {
                    var total = 0.0
                    for i in 0..<n { total = total + resp[i * k + c] * x[i * d + a] }
                    means[c * d + a] = total / counts[c]
                }
            }
            var covariances = [Double](repeating: 0, count: k * d * d)
            for c in 0..<k {
                for a in 0..<d {
                    let ma = means[c * d + a]
                    for b in 0..<d {
                        let mb = means[c * d + b]
                        var total = 0.0
                        for i in 0..<n { total = total + resp[i * k + c] * (x[i * d + a] - ma) * (x[i * d + b] - mb) }
                        covariances[(c * d + a) * d + b] = total / counts[c]
                    }
                }
            }
            model.means = (0..<k).map { c in Array(means[(c * d)..<((c + 1) * d)]) }
            model.covariances = (0..<k).map { c in (0..<d).map { a in Array(covariances[((c * d + a) * d)..<((c * d + a + 1) * d)]) } }
            // A covariance that is not positive definite makes the NLL NaN, as numpy's would be,
            // and the next iteration cannot start.
            let logLikelihood = eStep(model)
            let nll = logLikelihood.map { -$0 / Double(n) } ?? .nan
            trace.append(nll)
            weights.append(model.weights)
            if logLikelihood == nil { return trace.count == maxIterations ? (model, trace, weights) : nil }
            if abs(previous - nll) <= tolerance { break }
            previous = nll
        }
        return (model, trace, weights)
    }

    /// The permutation of estimated components closest to the true means (all K! tried).
    static func permutation(estimatedMeans: Matrix, trueMeans: Matrix) -> [Int] {
        var best: [Int] = Array(trueMeans.indices), bestCost = Double.infinity
        func visit(_ prefix: [Int], _ cost: Double) {
            if prefix.count == trueMeans.count {
                if cost < bestCost - 1e-12 { (best, bestCost) = (prefix, cost) }
                return
            }
            let i = prefix.count
            for j in estimatedMeans.indices where !prefix.contains(j) {
                let delta = estimatedMeans[j].minus(trueMeans[i])
                visit(prefix + [j], cost + LinearAlgebra.dot(delta, delta))
            }
        }
        visit([], 0)
        return best
    }

    static func parameterCount(components k: Int, dimension d: Int) -> Int { (k - 1) + k * d + k * d * (d + 1) / 2 }

    static func criteria(meanNLL: Double, points n: Int, parameters p: Int) -> (bic: Double, aic: Double) {
        (2 * Double(n) * meanNLL + Double(p) * log(Double(n)), 2 * Double(n) * meanNLL + 2 * Double(p))
    }

    /// The sweep K = 1 … maxComponents with starts drawn in turn from `NumpyRandom(seed:)`.
    static func sweep(samples: Matrix, maxComponents: Int, seed: UInt32, maxIterations: Int, tolerance: Double) -> [SweepRow] {
        sweepRuns(samples: samples, maxComponents: maxComponents, seed: seed, maxIterations: maxIterations, tolerance: tolerance).map(\.row)
    }

    /// The sweep's rows with each fit's number of iterations. The starts are drawn in turn
    /// first (they are cheap); the fits are independent and run side by side on the cores.
    static func sweepRuns(samples: Matrix, maxComponents: Int, seed: UInt32, maxIterations: Int, tolerance: Double)
        -> [(row: SweepRow, iterations: Int)] {
        var random = NumpyRandom(seed: seed)
        let d = samples.first?.count ?? 0
        let starts = (1...max(maxComponents, 1)).map { Chapter03Notebook.randomStart(components: $0, dimension: d, random: &random) }
        let results = ParallelResults<(row: SweepRow, iterations: Int)>(count: starts.count)
        // Largest K first: they take longest, so the two cores finish together.
        DispatchQueue.concurrentPerform(iterations: starts.count) { j in
            let index = starts.count - 1 - j, k = index + 1
            let trace = fit(samples: samples, initial: starts[index], maxIterations: maxIterations, tolerance: tolerance)?.meanNLL ?? []
            let nll = trace.last ?? .nan
            let c = criteria(meanNLL: nll, points: samples.count, parameters: parameterCount(components: k, dimension: d))
            results.set(index, (SweepRow(components: k, meanNLL: nll, bic: c.bic, aic: c.aic), trace.count))
        }
        return results.values
    }
}

/// Results written from concurrent work, one slot each.
final class ParallelResults<Value>: @unchecked Sendable {
    private var slots: [Value?]
    private let lock = NSLock()

    init(count: Int) { slots = Array(repeating: nil, count: count) }

    func set(_ index: Int, _ value: Value) {
        lock.lock()
        slots[index] = value
        lock.unlock()
    }

    var values: [Value] { slots.compactMap { $0 } }
}
