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
    // YOUR CODE HERE (part 1). Hint: columnMeans(data) gives the x̄ⱼ.
    return []
}

/// The starting parameters of the notebook's image section, for any data and K:
/// `np.random.seed(seed)`, K points chosen without replacement as the means, the same diagonal
/// covariance for every component, holding each column's variance (population variance, divide
/// by N, as the notebook's `SArray.var()` does), and equal weights 1/K.
public func realDataInitialization(_ data: Matrix, components: Int, seed: UInt32) -> GaussianMixture {
    // YOUR CODE HERE (part 2). Hint: NumpyRandom(seed:) and its choice(_:count:) are np.random.seed and np.random.choice.
    return GaussianMixture(weights: [], means: [], covariances: [])
}

/// Runs EM on real data as the notebook's image cell does: the starting parameters of
/// `realDataInitialization`, then the chapter 01 `runEM` with `maxiter` (and its default
/// threshold), without printing progress.
public func fitRealData(_ data: Matrix, components: Int, seed: UInt32, maxiter: Int = 1000) -> NotebookEMResult {
    // YOUR CODE HERE (part 3). Hint: your runEM from chapter 01 is in this module; pass progress: { _ in } to keep it quiet.
    return NotebookEMResult(weights: [], means: [], covs: [], loglik: [], resp: [])
}
