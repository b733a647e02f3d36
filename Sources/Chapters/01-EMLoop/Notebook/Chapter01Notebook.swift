/// What the first notebook sets up around its `EM` function: the model it draws data from,
/// the data (`np.random.seed(4)`, 100 points), and the starting parameters.
public enum Chapter01Notebook {
    /// The seed the notebook passes to `np.random.seed` before drawing the data and before
    /// choosing the initial means.
    public static let seed: UInt32 = 4

    /// The three-component model the notebook draws its data from (`init_means`,
    /// `init_covariances`, `init_weights` in the data cell).
    public static let trueModel = GaussianMixture(
        weights: [1 / 4.0, 1 / 2.0, 1 / 4.0],
        means: [[5, 0], [1, 1], [0, 5]],
        covariances: [[[0.5, 0], [0, 0.5]], [[0.92, 0.38], [0.38, 0.91]], [[0.5, 0], [0, 0.5]]])

    /// The notebook's 100 data points, bit for bit.
    public static func data() -> Matrix {
        var random = NumpyRandom(seed: seed)
        return (try? generateMoGData(count: 100, model: trueModel, random: &random))?.points ?? []
    }

    /// The notebook's starting parameters for `data`: seed 4, three points chosen without
    /// replacement as the means, `np.cov` of the data for every covariance, weights 1/3.
    public static func initialParameters(for data: Matrix) -> GaussianMixture {
        (try? notebookInitialization(data: data, components: 3, seed: seed))
            ?? GaussianMixture(weights: [], means: [], covariances: [])
    }
}
