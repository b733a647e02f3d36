#if Solutions || REFERENCE_COPY // built with --traits Solutions, or as a copy in Exercises/; a student's build skips it
// Chapter 01: the EM loop.
// The reference solution: the exercise with parts 1 to 7 filled in.
// Hints: `swift run emkit hint 01`.
import EMKit

/// Runs EM on `data` from the given starting parameters: the notebook's `EM` function.
///
/// Each iteration has an E-step and an M-step:
/// * E-step: the responsibility of cluster k for point j,
///   `resp[j][k] = πₖ N(xⱼ | μₖ, Σₖ) / Σₗ πₗ N(xⱼ | μₗ, Σₗ)`;
/// * M-step, with the soft counts `Nₖ = Σⱼ resp[j][k]`:
///   `πₖ = Nₖ / N`, `μₖ = (1/Nₖ) Σⱼ resp[j][k] xⱼ`, `Σₖ = (1/Nₖ) Σⱼ resp[j][k] (xⱼ − μₖ)(xⱼ − μₖ)ᵀ`.
///
/// The loop stops when the log-likelihood gains less than `thresh`, or after `maxiter`
/// iterations. Names inside follow the notebook (`resp`, `counts`, `ll`) so the two read side by side.
///
/// - Parameters:
///   - progress: receives the notebook's "Iteration N" lines (every fifth iteration and the
///     last); the default prints them, the autograder collects them quietly.
/// - Returns: the final weights, means, covariances, the log-likelihood trace and the last
///   responsibilities.
public func runEM(
    data: Matrix, initMeans: Matrix, initCovariances: [Matrix], initWeights: Vector,
    maxiter: Int = 1000, thresh: Double = 1e-4, progress: (String) -> Void = { print($0) }
) -> NotebookEMResult {
    // Make copies of the initial parameters, which we update during each iteration.
    var means = initMeans
    var covariances = initCovariances
    var weights = initWeights

    // Infer the dimensions of the data set and the number of clusters.
    let numData = data.count
    let numDim = data.first?.count ?? 0
    let numClusters = means.count

    // Initialise some useful variables.
    var resp = LinearAlgebra.zeros(numData, numClusters)
    var ll = logLikelihood(of: data, weights: weights, means: means, covariances: covariances)
    var llTrace = [ll]

    var lastIteration = 0
    for i in 0..<max(maxiter, 0) {
        lastIteration = i
        if i % 5 == 0 { progress("Iteration \(i)") }

        // E-step: compute the responsibilities.
        // Update resp so that resp[j][k] is the responsibility of cluster k for data point j.
        // Hint: gaussianDensity(x, mean:covariance:) is the likelihood of x under one cluster.
        for j in 0..<numData {
            for k in 0..<numClusters {
                // Part 1
                resp[j][k] = weights[k] * gaussianDensity(data[j], mean: means[k], covariance: covariances[k])
            }
        }
        resp = resp.rowsNormalized  // normalise over all possible cluster assignments

        // M-step.
        // The total responsibility given to each cluster; the lecture calls it N^soft.
        let counts = resp.columnSums

        for k in 0..<numClusters {
            // Update the weight of cluster k with the M-step rule for π̂ₖ.
            // Part 2
            weights[k] = counts[k] / Double(numData)

            // Update the mean of cluster k with the M-step rule for μ̂ₖ.
            var weightedSum = Vector(repeating: 0, count: numDim)
            for j in 0..<numData {
                // Part 3
                weightedSum.add(data[j], scaledBy: resp[j][k])
            }
            // Part 4
            means[k] = weightedSum.dividedBy(counts[k])

            // Update the covariance of cluster k with the M-step rule for Σ̂ₖ.
            var weightedOuterSum = LinearAlgebra.zeros(numDim, numDim)
            for j in 0..<numData {
                // Part 5
                let delta = data[j].minus(means[k])
                weightedOuterSum.add(LinearAlgebra.outer(delta, delta), scaledBy: resp[j][k])
            }
            // Part 6
            covariances[k] = weightedOuterSum.dividedBy(counts[k])
        }

        // The log-likelihood of the new parameters: assign it to llLatest.
        var llLatest = Double.nan
        // Part 7
        llLatest = logLikelihood(of: data, weights: weights, means: means, covariances: covariances)
        llTrace.append(llLatest)

        // Stop when the log-likelihood has (nearly) stopped growing.
        if llLatest - ll < thresh && llLatest > -.infinity { break }
        ll = llLatest
    }
    if maxiter > 0 && lastIteration % 5 != 0 { progress("Iteration \(lastIteration)") }
    return NotebookEMResult(weights: weights, means: means, covs: covariances, loglik: llTrace, resp: resp)
}
#endif
