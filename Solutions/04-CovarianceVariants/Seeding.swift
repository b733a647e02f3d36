#if Solutions || REFERENCE_COPY // built with --traits Solutions, or as a copy in Exercises/; a student's build skips it
// Chapter 04: where EM starts.
// The reference solution: the exercise with parts 4, 5, 11 and 12 filled in.
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
    // Part 4
    func squaredDistance(_ a: Vector, _ b: Vector) -> Double {
        let diff = a.minus(b)
        return LinearAlgebra.dot(diff, diff)
    }
    let first = (try? random.choice(probabilities: Array(repeating: 1 / Double(numData), count: numData))) ?? 0
    seeds.append(first)
    var nearest = data.map { squaredDistance($0, data[first]) }
    var total = nearest.sum
    let trials = 2 + Int(log(Double(count)))
    while seeds.count < count {
        let targets = (0..<trials).map { _ in random.uniform() * total }
        var running = [Double](repeating: 0, count: numData)
        var sum = 0.0
        for i in 0..<numData { sum += nearest[i]; running[i] = sum }
        var best = -1, bestTotal = Double.infinity, bestNearest: [Double] = []
        for target in targets {
            let candidate = running.firstIndex { $0 >= target } ?? numData - 1
            let candidateNearest = (0..<numData).map { min(nearest[$0], squaredDistance(data[$0], data[candidate])) }
            let candidateTotal = candidateNearest.sum
            if best < 0 || candidateTotal < bestTotal { (best, bestTotal, bestNearest) = (candidate, candidateTotal, candidateNearest) }
        }
        seeds.append(best)
        nearest = bestNearest
        total = bestTotal
    }
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
    // Part 5
    let centers = seeds.map { data.indices.contains($0) ? data[$0] : [] }
    for i in 0..<data.count {
        var best = 0, bestDistance = Double.infinity
        for (k, center) in centers.enumerated() {
            let diff = data[i].minus(center)
            let distance = LinearAlgebra.dot(diff, diff)
            if distance < bestDistance { best = k; bestDistance = distance }
        }
        if !seeds.isEmpty { resp[i][best] = 1 }
    }
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
    // Part 11
    let n = data.count, k = seeds.count, d = data.first?.count ?? 0
    guard n > 0, k > 0, seeds.allSatisfy(data.indices.contains) else { return (labels, iterations) }
    func squaredDistance(_ a: Vector, _ b: Vector) -> Double {
        let diff = a.minus(b)
        return LinearAlgebra.dot(diff, diff)
    }
    func nearest(_ centers: Matrix) -> [Int] {
        data.map { point in
            var best = 0, bestDistance = Double.infinity
            for (c, center) in centers.enumerated() {
                let distance = squaredDistance(point, center)
                if distance < bestDistance { best = c; bestDistance = distance }
            }
            return best
        }
    }
    // tolerance × the mean of the per-feature variances (population variances, as np.var).
    var varianceSum = 0.0
    for j in 0..<d {
        let mean = data.reduce(0) { $0 + $1[j] } / Double(n)
        varianceSum += data.reduce(0) { $0 + ($1[j] - mean) * ($1[j] - mean) } / Double(n)
    }
    let threshold = tolerance * varianceSum / Double(max(d, 1))
    var centers = seeds.map { data[$0] }
    var previous = labels
    var unchanged = false
    while iterations < max(maxIterations, 1) {
        iterations += 1
        labels = nearest(centers)
        var sums = LinearAlgebra.zeros(k, d)
        var counts = [Double](repeating: 0, count: k)
        for i in 0..<n {
            counts[labels[i]] += 1
            sums[labels[i]] = sums[labels[i]].plus(data[i])
        }
        // A center without points takes the point farthest from its own center.
        let empty = (0..<k).filter { counts[$0] == 0 }
        if !empty.isEmpty {
            let distances = (0..<n).map { squaredDistance(data[$0], centers[labels[$0]]) }
            let far = (0..<n).sorted { distances[$0] > distances[$1] || (distances[$0] == distances[$1] && $0 < $1) }
            for (cluster, point) in zip(empty, far) where distances[point] > 0 {
                sums[labels[point]] = sums[labels[point]].minus(data[point])
                counts[labels[point]] -= 1
                sums[cluster] = data[point]
                counts[cluster] = 1
            }
        }
        let updated: Matrix = (0..<k).map { c in
            let scale = 1 / counts[c]
            return counts[c] > 0 ? sums[c].map { $0 * scale } : centers[c]
        }
        var shift = 0.0
        for c in 0..<k {
            let length = squaredDistance(updated[c], centers[c]).squareRoot()
            shift += length * length
        }
        centers = updated
        if labels == previous { unchanged = true; break }
        if shift <= threshold { break }
        previous = labels
    }
    if !unchanged { labels = nearest(centers) }
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
    // Part 12
    let seeds = kMeansPlusPlusIndices(data: data, count: components, random: &random)
    let labels = kMeansLabels(data: data, seeds: seeds).labels
    for (i, label) in labels.enumerated() where i < resp.count && resp[i].indices.contains(label) { resp[i][label] = 1 }
    return mixtureMStep(data: data, resp: resp, covariance: covariance, regularization: regularization)
}
#endif
