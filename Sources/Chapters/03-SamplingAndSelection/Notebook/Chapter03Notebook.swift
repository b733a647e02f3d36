/// What the sampling-and-model-selection notebook (seed 002) sets up: its three-component
/// model, its 900 samples, and its random starts for EM.
///
/// The notebook does not seed numpy; the kit seeds it once (`np.random.seed(2023)`) and runs
/// the notebook's cells in order on that stream: 900 samples, then the random start for
/// K = 3. The sweep over K draws its starts after `np.random.seed(2024)`.
/// `Scripts/make_chapter03_fixtures.py` does the same with numpy.
public enum Chapter03Notebook {
    public static let seed: UInt32 = 2023
    public static let sweepSeed: UInt32 = 2024
    public static let sampleCount = 900

    /// The notebook's model: means (−4, 0), (0, 4), (4, 0), mixing probabilities 0.3, 0.5, 0.2.
    public static let trueModel = GaussianMixture(
        weights: [0.3, 0.5, 0.2],
        means: [[-4, 0], [0, 4], [4, 0]],
        covariances: [[[1, 0.5], [0.5, 1]], [[1, 0], [0, 1]], [[1, -0.5], [-0.5, 1]]])

    /// The 900 samples with their component labels, bit for bit numpy's, and the random
    /// stream as it stands after them.
    public static func samples() -> (sample: MixtureSample, random: NumpyRandom) {
        var random = NumpyRandom(seed: seed)
        let sample = (try? generateMoGData(count: sampleCount, model: trueModel, random: &random))
            ?? MixtureSample(points: [], components: [])
        return (sample, random)
    }

    /// The notebook's random start: weights 1/K, means `np.random.normal(size=(K, d))` drawn
    /// row by row from `random`, identity covariances.
    public static func randomStart(components k: Int, dimension d: Int, random: inout NumpyRandom) -> GaussianMixture {
        let means = (0..<k).map { _ in (0..<d).map { _ in random.standardNormal() } }
        return GaussianMixture(weights: Vector(repeating: 1 / Double(k), count: k), means: means,
                               covariances: Array(repeating: LinearAlgebra.identity(d), count: k))
    }

    /// The start of the K = 3 fit: the stream right after the samples.
    public static func initialParameters() -> GaussianMixture {
        var random = samples().random
        return randomStart(components: 3, dimension: 2, random: &random)
    }
}
