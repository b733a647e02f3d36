#if Solutions || REFERENCE_COPY // built with --traits Solutions, or as a copy in Exercises/; a student's build skips it
// Chapter 05: clustering real measurements, with the first notebook's EM.
// Three places in this file are yours (parts 1 to 3), then parts 4 to 8 in Uncertainty.swift and
// Interpretation.swift. The data come with the kit: `RealDatasets.oldFaithful()` and
// `RealDatasets.penguins()` (origin and licences in Sources/EMKit/Datasets/SOURCES.md).
// Check your work with `swift test` or `swift run emkit check --chapter 5`; see the notebook's
// three questions answered from your code with `swift run emkit quiz --chapter 5`.
// Hints: `swift run emkit hint 05`.
import EMKit
import Foundation

/// Standardises every column: subtracts its mean and divides by its standard deviation, so each
/// measurement is in units of its own spread.
///
/// `zᵢⱼ = (xᵢⱼ − x̄ⱼ) / sⱼ` with `x̄ⱼ = (1/N) Σᵢ xᵢⱼ` and the population standard deviation
/// `sⱼ = √((1/N) Σᵢ (xᵢⱼ − x̄ⱼ)²)` (divide by N, as scikit-learn's StandardScaler does).
public func standardizeColumns(_ data: Matrix) -> Matrix {
    // Part 1
    let means = columnMeans(data)
    let n = Double(data.count)
    let deviations = means.indices.map { j in
        (data.map { ($0[j] - means[j]) * ($0[j] - means[j]) }.sum / n).squareRoot()
    }
    return data.map { row in row.indices.map { j in (row[j] - means[j]) / deviations[j] } }
}

/// The starting parameters of the notebook's image section, for any data and K:
/// `np.random.seed(seed)`, K points chosen without replacement as the means, the same diagonal
/// covariance for every component, holding each column's variance (population variance, divide
/// by N, as the notebook's `SArray.var()` does), and equal weights 1/K.
public func realDataInitialization(_ data: Matrix, components: Int, seed: UInt32) -> GaussianMixture {
    // Part 2
    var random = NumpyRandom(seed: seed)
    let chosen = (try? random.choice(data.count, count: components)) ?? []
    let means = columnMeans(data)
    let n = Double(data.count)
    let variances = means.indices.map { j in data.map { ($0[j] - means[j]) * ($0[j] - means[j]) }.sum / n }
    var covariance = LinearAlgebra.zeros(variances.count, variances.count)
    for j in variances.indices { covariance[j][j] = variances[j] }
    return GaussianMixture(
        weights: Vector(repeating: 1 / Double(components), count: components),
        means: chosen.map { data[$0] },
        covariances: Array(repeating: covariance, count: components))
}

/// Runs EM on real data as the notebook's image cell does: the starting parameters of
/// `realDataInitialization`, then the chapter 01 `runEM` with `maxiter` (and its default
/// threshold), without printing progress.
public func fitRealData(_ data: Matrix, components: Int, seed: UInt32, maxiter: Int = 1000) -> NotebookEMResult {
    // Part 3
    let initial = realDataInitialization(data, components: components, seed: seed)
    return runEM(data: data, initMeans: initial.means, initCovariances: initial.covariances,
                 initWeights: initial.weights, maxiter: maxiter, progress: { _ in })
}
#endif
