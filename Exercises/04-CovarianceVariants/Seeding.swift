// Chapter 04: where EM starts.
// Parts 4, 5, 11 and 12. The lecture compares k-means starts with random ones: part 4 picks the
// seed points the k-means++ way, part 5 turns any seeds into a starting mixture (the random
// start), part 11 runs k-means from the seeds and part 12 puts them together into the library's
// k-means start.
// Hints: `swift run emkit hint 04`.
import EMKit
import Foundation

/// k-means++ seeding, as scikit-learn draws it (`kmeans_plusplus`, the start of its `KMeans`):
/// the row indices of `count` points of `data` to start the centers from, spread out so that no
/// two start in one cluster.
///
/// The first seed is `random.choice(probabilities:)` with probability 1/N for every point (numpy's
/// `choice(N, p=...)`). Keep, for every point, `D²ᵢ`: its squared distance to the nearest seed so
/// far. Each further seed is the best of `2 + ⌊ln K⌋` candidates (`Int(log(Double(count)))`):
/// first draw all their uniforms, each `u · ΣD²`; candidate t is the first index i whose running
/// sum `D²₀ + … + D²ᵢ` is at least its value (N − 1 if none is). For each candidate, the new
/// `D²` would be `min(D²ᵢ, ‖xᵢ − x_candidate‖²)`: keep the candidate whose new ΣD² is smallest
/// (the first one on a tie), and its `D²`.
public func kMeansPlusPlusIndices(data: Matrix, count: Int, random: inout NumpyRandom) -> [Int] {
    let numData = data.count
    var seeds: [Int] = []
    guard numData > 0, count > 0 else { return seeds }
    // YOUR CODE HERE (part 4)
    unfinished(&seeds)  // keeps the compiler quiet until you write the part; delete it then
    return seeds
}

/// The start EM gets from seed points: every point goes to its nearest seed (the first one on
/// a tie), which makes responsibilities of 0 and 1, and one M-step (part 3) turns them into
/// weights, means and covariances of the shape asked for.
///
/// The seeds may come from part 4 or from `Chapter04Notebook.randomSeedIndices`, the lecture's
/// random initialisation.
public func startFromSeeds(data: Matrix, seeds: [Int], covariance: CovarianceShape, regularization: Double) -> GaussianMixture {
    var resp = LinearAlgebra.zeros(data.count, seeds.count)
    // YOUR CODE HERE (part 5): a 1 in every row, in the column of the nearest seed.
    unfinished(&resp)
    return mixtureMStep(data: data, resp: resp, covariance: covariance, regularization: regularization)
}

/// Lloyd's k-means iterations from the seed points, with scikit-learn's stopping rule: the final
/// label (cluster index) of every point, and the number of iterations run.
///
/// The centers start at `data[seeds[k]]`. One iteration: every point gets the label of its
/// nearest center (squared distance; the first one on a tie), then every center moves to the mean
/// of its points. (A center left without points takes the point farthest from its own center;
/// it does not happen on the kit's data.) Stop after the first iteration whose labels equal the
/// previous iteration's, or after the first whose squared center shifts `Σₖ ‖newₖ − oldₖ‖²`
/// add up to at most `tolerance` times the mean of the data's per-feature variances (divide by
/// N); in that last case, label the points once more by the final centers. At most
/// `maxIterations` iterations (then label once more too).
public func kMeansLabels(data: Matrix, seeds: [Int], maxIterations: Int = 300, tolerance: Double = 1e-4) -> (labels: [Int], iterations: Int) {
    var labels = [Int](repeating: -1, count: data.count)
    var iterations = 0
    // YOUR CODE HERE (part 11)
    unfinished(&labels, &iterations)
    return (labels, iterations)
}

/// scikit-learn's default start for a Gaussian mixture (`init_params='kmeans'`): k-means++ seeds
/// from `random` (part 4), Lloyd's iterations from them (part 11, with its defaults), then the
/// hard labels as responsibilities (a 1 in each row, in the column of the point's label) and one
/// M-step (part 3) of the shape asked for. `GaussianMixture(random_state=S)` is this with
/// `random = NumpyRandom(seed: S)`.
public func kMeansStart(data: Matrix, components: Int, covariance: CovarianceShape, regularization: Double,
                        random: inout NumpyRandom) -> GaussianMixture {
    var resp = LinearAlgebra.zeros(data.count, components)
    // YOUR CODE HERE (part 12): seeds (part 4), labels (part 11), a 1 in every row in the column of its label.
    unfinished(&resp)
    return mixtureMStep(data: data, resp: resp, covariance: covariance, regularization: regularization)
}
