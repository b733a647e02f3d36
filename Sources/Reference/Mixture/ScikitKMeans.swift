// edition: omit (the reference k-means; it would answer the k-means exercises)
import EMKit
import Foundation

/// scikit-learn's k-means start for a Gaussian mixture (`GaussianMixture(init_params='kmeans')`,
/// its default): `KMeans(n_clusters=K, n_init=1, random_state=rng).fit(X).labels_`, where `rng`
/// is the mixture's own `RandomState(random_state)`; the hard labels are then the first
/// responsibilities. Checked label for label against scikit-learn 1.9.1 by
/// the k-means chapter's fixture tests (`Scripts/make_chapter04_fixtures.py`).
///
/// What scikit-learn does and the kit follows:
/// * k-means++ (`_kmeans_plusplus`): the first center is `rng.choice(N, p=1/N each)`; each
///   further one draws `n_local_trials = 2 + ⌊ln K⌋` candidates at once,
///   `rng.uniform(size=n_local_trials) · Σ D²`, each the first index whose running sum of D² is
///   ≥ its value (`searchsorted`, side left, clipped to N − 1), and keeps the candidate whose
///   Σ min(D², d²(candidate)) is smallest (the first on a tie).
/// * Lloyd's iterations (`_kmeans_single_lloyd`, at most 300): every point to its nearest center
///   (the first on a tie), every center to the mean of its points (sum times 1/count); a center
///   left without points takes the point farthest from its own center. Stop when the labels are
///   the previous iteration's ("strict convergence"), or when the squared center shifts add up to
///   at most `tol · mean(per-feature variances)` (`tol = 1e-4`); in that case the labels are
///   computed once more from the final centers.
///
/// Where the kit's arithmetic differs (and why it does not matter here): scikit-learn subtracts
/// the data's mean before seeding and iterating and computes distances as ‖x‖² − 2x·c + ‖c‖²
/// with BLAS, summing in chunks of 256 points across threads; the kit computes Σ (xᵢ − cᵢ)² on
/// the data as given and sums in order. That moves distances and centers in the last bits only,
/// which changes a label only when two centers are equally far from a point to ~1e-15; on the
/// lecture's data (and 270 other cases tried while writing this) the labels are scikit-learn's.
public enum ScikitKMeans {
    /// ‖a − b‖².
    static func squaredDistance(_ a: Vector, _ b: Vector) -> Double {
        var sum = 0.0
        for j in a.indices where j < b.count {
            let delta = a[j] - b[j]
            sum += delta * delta
        }
        return sum
    }

    /// The row indices of K seeds, as `_kmeans_plusplus` draws them from `random`.
    public static func plusPlus(_ data: Matrix, count k: Int, random: inout NumpyRandom) -> [Int] {
        let n = data.count
        guard n > 0, k > 0 else { return [] }
        let trials = 2 + Int(log(Double(k)))
        let first = (try? random.choice(probabilities: Array(repeating: 1 / Double(n), count: n))) ?? 0
        var seeds = [first]
        var closest = data.map { squaredDistance($0, data[first]) }
        var potential = closest.reduce(0, +)
        while seeds.count < k {
            let targets = (0..<trials).map { _ in random.uniform() * potential }
            var running = [Double](repeating: 0, count: n)
            var sum = 0.0
            for i in 0..<n { sum += closest[i]; running[i] = sum }
            var best: (index: Int, potential: Double, distances: [Double])?
            for target in targets {
                // searchsorted(side='left'): the first i with running[i] ≥ target.
                var low = 0, high = n
                while low < high {
                    let mid = (low + high) / 2
                    if running[mid] < target { low = mid + 1 } else { high = mid }
                }
                let candidate = min(low, n - 1)
                let distances = (0..<n).map { min(closest[$0], squaredDistance(data[$0], data[candidate])) }
                let candidatePotential = distances.reduce(0, +)
                if best == nil || candidatePotential < best!.potential { best = (candidate, candidatePotential, distances) }
            }
            guard let chosen = best else { break }
            seeds.append(chosen.index)
            closest = chosen.distances
            potential = chosen.potential
        }
        return seeds
    }

    /// The nearest center of every point (the first on a tie).
    static func nearest(_ data: Matrix, _ centers: Matrix) -> [Int] {
        data.map { point in
            var best = 0, bestDistance = Double.infinity
            for (c, center) in centers.enumerated() {
                let distance = squaredDistance(point, center)
                if distance < bestDistance { (best, bestDistance) = (c, distance) }
            }
            return best
        }
    }

    /// `tol · mean(np.var(X, axis=0))`, scikit-learn's `_tolerance`.
    public static func scaledTolerance(_ data: Matrix, _ tolerance: Double) -> Double {
        guard let d = data.first?.count, !data.isEmpty, d > 0 else { return 0 }
        let n = Double(data.count)
        var total = 0.0
        for j in 0..<d {
            let mean = data.reduce(0) { $0 + $1[j] } / n
            total += data.reduce(0) { $0 + ($1[j] - mean) * ($1[j] - mean) } / n
        }
        return total / Double(d) * tolerance
    }

    /// Lloyd's iterations from the seed points, as `_kmeans_single_lloyd` runs them.
    /// - Returns: the final labels, centers, and the number of iterations run.
    public static func lloyd(_ data: Matrix, seeds: [Int], maxIterations: Int = 300, tolerance: Double = 1e-4)
        -> (labels: [Int], centers: Matrix, iterations: Int) {
        let n = data.count, k = seeds.count, d = data.first?.count ?? 0
        guard n > 0, k > 0 else { return ([], [], 0) }
        let tol = scaledTolerance(data, tolerance)
        var centers = seeds.map { data.indices.contains($0) ? data[$0] : Vector(repeating: 0, count: d) }
        var previous = [Int](repeating: -1, count: n)
        var labels = previous
        var strict = false, iterations = 0
        for _ in 0..<max(maxIterations, 1) {
            iterations += 1
            labels = nearest(data, centers)
            var sums = LinearAlgebra.zeros(k, d)
            var counts = [Double](repeating: 0, count: k)
            for i in 0..<n {
                counts[labels[i]] += 1
                for j in 0..<d { sums[labels[i]][j] += data[i][j] }
            }
            // Empty clusters take the points farthest from their own centers, farthest first.
            let empty = (0..<k).filter { counts[$0] == 0 }
            if !empty.isEmpty {
                let distances = (0..<n).map { squaredDistance(data[$0], centers[labels[$0]]) }
                if (distances.max() ?? 0) > 0 {
                    let far = (0..<n).sorted { distances[$0] > distances[$1] || (distances[$0] == distances[$1] && $0 < $1) }
                    for (cluster, point) in zip(empty, far) {
                        let old = labels[point]
                        for j in 0..<d { sums[old][j] -= data[point][j]; sums[cluster][j] = data[point][j] }
                        counts[cluster] = 1
                        counts[old] -= 1
                    }
                }
            }
            let largest = counts.indices.max { counts[$0] < counts[$1] } ?? 0
            var updated = sums
            for c in 0..<k {
                if counts[c] > 0 {
                    let alpha = 1 / counts[c]
                    for j in 0..<d { updated[c][j] *= alpha }
                }
            }
            for c in 0..<k where counts[c] <= 0 { updated[c] = updated[largest] }
            // The shift of each center as a distance, then squared and added up, as scikit-learn does.
            let shift = (0..<k).reduce(0.0) { total, c in
                let length = squaredDistance(updated[c], centers[c]).squareRoot()
                return total + length * length
            }
            centers = updated
            if labels == previous { strict = true; break }
            if shift <= tol { break }
            previous = labels
        }
        if !strict { labels = nearest(data, centers) }
        return (labels, centers, iterations)
    }

    /// The labels scikit-learn's `GaussianMixture(random_state=seed)` starts from.
    public static func labels(_ data: Matrix, components k: Int, seed: UInt32) -> [Int] {
        var random = NumpyRandom(seed: seed)
        return lloyd(data, seeds: plusPlus(data, count: k, random: &random)).labels
    }
}
