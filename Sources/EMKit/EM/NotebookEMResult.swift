/// What the first notebook's `EM` function returns, with the notebook's own names.
///
/// | notebook      | here      |
/// |---------------|-----------|
/// | `'weights'`   | `weights` |
/// | `'means'`     | `means`   |
/// | `'covs'`      | `covs`    |
/// | `'loglik'`    | `loglik`  |
/// | `'resp'`      | `resp`    |
public struct NotebookEMResult: Sendable, Equatable, Codable {
    /// The mixing weight of each cluster.
    public var weights: Vector
    /// The mean of each cluster.
    public var means: Matrix
    /// The covariance matrix of each cluster.
    public var covs: [Matrix]
    /// The log-likelihood at the start and after every iteration.
    public var loglik: [Double]
    /// The responsibilities from the last E-step: `resp[j][k]` for point j and cluster k.
    public var resp: Matrix

    public init(weights: Vector, means: Matrix, covs: [Matrix], loglik: [Double], resp: Matrix) {
        self.weights = weights
        self.means = means
        self.covs = covs
        self.loglik = loglik
        self.resp = resp
    }
}
