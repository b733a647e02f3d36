// edition: omit (the reference mixture engine; it would answer the exercises)
import EMKit
import Foundation

/// k-means++ seeding (Arthur and Vassilvitskii), greedy like scikit-learn's `kmeans_plusplus`.
///
/// The first seed is a uniformly chosen point; each further seed is the best of
/// `2 + ⌊ln K⌋` candidates drawn with probability proportional to D(x)², the squared distance
/// to the nearest seed so far, "best" meaning the smallest resulting Σ D². When every D² is 0
/// (fewer distinct points than K), candidates are drawn uniformly instead.
///
/// - Returns: the indices of K points of `data`.
func kMeansPlusPlusSeeds(_ data: DataMatrix, count k: Int, random: inout NumpyRandom) -> [Int] {
    let n = data.rows
    let trials = 2 + Int(log(Double(k)))
    var seeds = [min(n - 1, Int(random.uniform() * Double(n)))]
    var closest = (0..<n).map { squaredDistance(data, $0, seeds[0]) }
    var potential = closest.reduce(0, +)
    while seeds.count < k {
        var bestCandidate = 0, bestPotential = Double.infinity, bestDistances: [Double] = []
        for _ in 0..<trials {
            let candidate = potential > 0 ? drawProportional(closest, total: potential, u: random.uniform()) : min(n - 1, Int(random.uniform() * Double(n)))
            let distances = (0..<n).map { min(closest[$0], squaredDistance(data, $0, candidate)) }
            let candidatePotential = distances.reduce(0, +)
            if candidatePotential < bestPotential {
                bestCandidate = candidate
                bestPotential = candidatePotential
                bestDistances = distances
            }
        }
        seeds.append(bestCandidate)
        closest = bestDistances
        potential = bestPotential
    }
    return seeds
}

/// For each point, the index (into `centers`) of the nearest center; ties go to the first.
func nearestCenter(_ data: DataMatrix, centers: [Int]) -> [Int] {
    (0..<data.rows).map { j in
        var best = 0, bestDistance = Double.infinity
        for (c, center) in centers.enumerated() {
            let distance = squaredDistance(data, j, center)
            if distance < bestDistance { best = c; bestDistance = distance }
        }
        return best
    }
}

/// ‖xₐ − x_b‖² for two rows of `data`.
private func squaredDistance(_ data: DataMatrix, _ a: Int, _ b: Int) -> Double {
    var sum = 0.0
    for i in 0..<data.columns {
        let delta = data.values[a * data.columns + i] - data.values[b * data.columns + i]
        sum += delta * delta
    }
    return sum
}

/// The first index whose running sum of `weights` exceeds `u · total` (clamped to the last).
private func drawProportional(_ weights: [Double], total: Double, u: Double) -> Int {
    let target = u * total
    var running = 0.0
    for (i, w) in weights.enumerated() {
        running += w
        if running > target { return i }
    }
    return weights.count - 1
}
