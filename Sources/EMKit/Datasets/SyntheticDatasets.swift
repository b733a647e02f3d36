import Foundation

/// Points with the class each was drawn from, as scikit-learn's `make_*` functions return them.
public struct LabelledPoints: Sendable, Equatable {
    public var points: Matrix
    public var labels: [Int]

    public init(points: Matrix, labels: [Int]) {
        self.points = points
        self.labels = labels
    }
}

/// The lecture's synthetic data sets (the covariance-variants chapter), drawn with numpy's legacy generator.
///
/// Each follows the algorithm of the scikit-learn function it is named after (1.9.1), with
/// `random_state` an integer seed: `np.random.RandomState(seed)` is `NumpyRandom(seed:)`, the
/// shuffle is `RandomState.permutation`, the noise `RandomState.normal`, in the same order.
/// The random numbers are therefore the same; the points agree with scikit-learn's to rounding
/// (numpy's `cos`/`sin` may differ from the C library's in the last bit).
public enum SyntheticDatasets {
    /// `np.linspace(start, stop, num, endpoint:)`.
    static func linspace(_ start: Double, _ stop: Double, _ num: Int, endpoint: Bool = true) -> Vector {
        guard num > 0 else { return [] }
        let div = Double(endpoint ? max(num - 1, 1) : num)
        let step = (stop - start) / div
        var values = (0..<num).map { Double($0) * step + start }
        if endpoint && num > 1 { values[num - 1] = stop }
        return values
    }

    /// Shuffles the rows (`sklearn.utils.shuffle`), then adds Gaussian noise of size `noise`
    /// (none, and no random numbers drawn, when `noise` is nil).
    static func shuffleAndNoise(_ points: Matrix, _ labels: [Int], noise: Double?, random: inout NumpyRandom) -> LabelledPoints {
        let order = random.permutation(points.count)
        var shuffled = order.map { points[$0] }
        if let noise {
            for i in shuffled.indices {
                for j in shuffled[i].indices { shuffled[i][j] += noise * random.standardNormal() }
            }
        }
        return LabelledPoints(points: shuffled, labels: order.map { labels[$0] })
    }

    /// Two interleaving half circles (`make_moons(count, noise=noise, random_state=seed)`):
    /// class 0 on the upper unit half circle, class 1 on the lower one shifted by (1, 0.5).
    public static func moons(count: Int, noise: Double, seed: UInt32) -> LabelledPoints {
        var random = NumpyRandom(seed: seed)
        let outer = count / 2, inner = count - outer
        let a = linspace(0, .pi, outer), b = linspace(0, .pi, inner)
        let points = a.map { [cos($0), sin($0)] } + b.map { [1 - cos($0), 1 - sin($0) - 0.5] }
        return shuffleAndNoise(points, Array(repeating: 0, count: outer) + Array(repeating: 1, count: inner), noise: noise, random: &random)
    }

    /// Two concentric circles (`make_circles(count, noise=noise, factor=factor, random_state=seed)`):
    /// class 0 on the unit circle, class 1 on the circle of radius `factor`.
    public static func circles(count: Int, noise: Double, factor: Double, seed: UInt32) -> LabelledPoints {
        var random = NumpyRandom(seed: seed)
        let outer = count / 2, inner = count - outer
        let a = linspace(0, 2 * .pi, outer, endpoint: false), b = linspace(0, 2 * .pi, inner, endpoint: false)
        let points = a.map { [cos($0), sin($0)] } + b.map { [cos($0) * factor, sin($0) * factor] }
        return shuffleAndNoise(points, Array(repeating: 0, count: outer) + Array(repeating: 1, count: inner), noise: noise, random: &random)
    }

    /// Isotropic Gaussian blobs (`make_blobs(count, n_features=2, centers=stds.count,
    /// cluster_std=stds, random_state=seed)`): centres uniform in [−10, 10]², blob i gets
    /// `count / K` points (the first `count % K` blobs one more), drawn N(centre, std² I).
    public static func blobs(count: Int, stds: [Double], seed: UInt32) -> LabelledPoints {
        var random = NumpyRandom(seed: seed)
        let k = stds.count, features = 2
        let centers = (0..<k).map { _ in (0..<features).map { _ in -10 + 20 * random.uniform() } }
        var points: Matrix = [], labels: [Int] = []
        for i in 0..<k {
            let n = count / k + (i < count % k ? 1 : 0)
            for _ in 0..<n {
                points.append(centers[i].map { $0 + stds[i] * random.standardNormal() })
                labels.append(i)
            }
        }
        return shuffleAndNoise(points, labels, noise: nil, random: &random)
    }

    /// The lecture's anisotropic blobs: every point multiplied on the right by `transform`
    /// (`np.dot(X, transform)`).
    public static func anisotropic(_ data: LabelledPoints, transform: Matrix = [[0.60834549, -0.63667341], [-0.40887718, 0.85253229]]) -> LabelledPoints {
        let points = data.points.map { x in (0..<2).map { j in x[0] * transform[0][j] + x[1] * transform[1][j] } }
        return LabelledPoints(points: points, labels: data.labels)
    }

    /// The lecture's unbalanced blobs: the first `counts[c]` points of each class c, class by class.
    public static func unbalanced(_ data: LabelledPoints, counts: [Int] = [500, 100, 10]) -> LabelledPoints {
        var points: Matrix = [], labels: [Int] = []
        for (c, n) in counts.enumerated() {
            let rows = data.labels.indices.filter { data.labels[$0] == c }.prefix(n)
            points += rows.map { data.points[$0] }
            labels += rows.map { _ in c }
        }
        return LabelledPoints(points: points, labels: labels)
    }
}
