/// What the modular-EM notebook (seed 003) sets up around its `EM_algorithm`: a two-cluster
/// and a three-cluster data set, and the notebook's initialisation for each.
///
/// The notebook's dump lacks the cells that define the two-cluster model, the three-cluster
/// covariances, weights and size, and the seed of the data; the kit picks them here (and in
/// `Scripts/make_chapter02_fixtures.py`, which draws the same points with numpy): two
/// well-separated clusters of equal weight, and three clusters at the notebook's means
/// `[1.5, 6]`, `[7.9, 4.3]`, `[15.3, 5.4]` with uneven weights.
public enum Chapter02Notebook {
    /// One of the notebook's two data sets: the model, how many points, and the seed passed
    /// to `np.random.seed` before drawing them.
    public struct DataSet: Sendable {
        public var name: String
        public var model: GaussianMixture
        public var count: Int
        public var dataSeed: UInt32

        /// The points, bit for bit numpy's `generate_MoG_data` after `np.random.seed(dataSeed)`.
        public func data() -> Matrix {
            var random = NumpyRandom(seed: dataSeed)
            return (try? generateMoGData(count: count, model: model, random: &random))?.points ?? []
        }

        /// The notebook's `initialize_and_run` start after `np.random.seed(10)`: K points chosen
        /// without replacement as means, `np.cov` of the data for every covariance, weights 1/K.
        public func initialParameters(for data: Matrix) -> GaussianMixture {
            (try? notebookInitialization(data: data, components: model.componentCount, seed: Chapter02Notebook.initSeed))
                ?? GaussianMixture(weights: [], means: [], covariances: [])
        }
    }

    /// The seed the notebook sets before `initialize_and_run`; the kit reseeds it before each run.
    public static let initSeed: UInt32 = 10

    /// Two well-separated clusters of equal weight, 200 points.
    public static let twoClusters = DataSet(
        name: "two clusters",
        model: GaussianMixture(
            weights: [0.5, 0.5],
            means: [[1.0, 2.0], [7.0, 6.5]],
            covariances: [[[1.0, 0.4], [0.4, 1.2]], [[1.3, -0.5], [-0.5, 0.9]]]),
        count: 200, dataSeed: 2)

    /// Three clusters at the notebook's means with uneven weights, 300 points.
    public static let threeClusters = DataSet(
        name: "three clusters",
        model: GaussianMixture(
            weights: [0.2, 0.5, 0.3],
            means: [[1.5, 6.0], [7.9, 4.3], [15.3, 5.4]],
            covariances: [[[1.0, 0.3], [0.3, 1.5]], [[1.2, -0.6], [-0.6, 1.0]], [[1.6, 0.5], [0.5, 0.8]]]),
        count: 300, dataSeed: 3)
}
