// Chapter 04: where EM starts.
// The reference solution: the exercise with parts 4 and 5 filled in.
// Hints: `swift run emkit hint 04`.
import EMKit

/// k-means++ seeding: the row indices of `count` points of `data` to start the means from,
/// spread out so that EM does not start with two means in one cluster.
///
/// The first seed is a uniformly chosen point: `i = Int(u · N)` for one `u = random.uniform()`.
/// Every further seed takes one more `u`: with `D²ᵢ` the squared distance from point i to its
/// nearest seed so far, it is the first i whose running sum `D²₀ + … + D²ᵢ` exceeds `u · Σ D²`
/// (so far-away points are likely). If every D² is 0, take `Int(u · N)` instead.
public func kMeansPlusPlusIndices(data: Matrix, count: Int, random: inout NumpyRandom) -> [Int] {
    let numData = data.count
    var seeds: [Int] = []
    guard numData > 0, count > 0 else { return seeds }
    // Part 4
    func squaredDistance(_ a: Vector, _ b: Vector) -> Double {
        let diff = a.minus(b)
        return LinearAlgebra.dot(diff, diff)
    }
    seeds.append(min(numData - 1, Int(random.uniform() * Double(numData))))
    var nearest = data.map { squaredDistance($0, data[seeds[0]]) }
    while seeds.count < count {
        let u = random.uniform()
        let total = nearest.sum
        var pick = min(numData - 1, Int(u * Double(numData)))
        if total > 0 {
            pick = numData - 1
            var running = 0.0
            for i in 0..<numData {
                running += nearest[i]
                if running > u * total { pick = i; break }
            }
        }
        seeds.append(pick)
        for i in 0..<numData { nearest[i] = min(nearest[i], squaredDistance(data[i], data[pick])) }
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
