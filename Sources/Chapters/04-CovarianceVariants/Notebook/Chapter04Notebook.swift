/// The shape a mixture's covariances may take in chapter 04 (the lecture's `covariance_type`).
///
/// Every shape is stored as full d × d matrices in a `GaussianMixture`, so densities, sampling
/// and plots work the same way; only the M-step differs.
/// * `full`: each component its own covariance Σₖ;
/// * `diagonal`: each component its own variances, `diag(σ²ₖ₁ … σ²ₖd)`;
/// * `spherical`: each component one variance for every direction, `σ²ₖ I`.
public enum CovarianceShape: String, Sendable, Codable, CaseIterable {
    case full
    case diagonal
    case spherical
}

/// What the covariance-variants lecture (seed 004) sets up: the two moons and the six panels
/// of synthetic data, and the random seeding of its `init_parms='random'` runs.
///
/// The lecture seeds only the moons (`random_state=0`); the kit draws the panels with
/// `random_state = 4`, with the lecture's 1500 points each. `Scripts/make_chapter04_fixtures.py`
/// makes the same data with scikit-learn.
public enum Chapter04Notebook {
    public static let dataSeed: UInt32 = 4
    public static let panelPoints = 1500

    /// `make_moons(200, noise=.05, random_state=0)`, the density-estimation example.
    public static func moons() -> LabelledPoints { SyntheticDatasets.moons(count: 200, noise: 0.05, seed: 0) }

    /// The lecture's six panels: blobs, blobs of varied spread, moons, circles, anisotropic
    /// blobs and unbalanced blobs, with the true labels.
    public static func panels() -> [(name: String, data: LabelledPoints)] {
        let blobs = SyntheticDatasets.blobs(count: panelPoints, stds: [1, 1, 1], seed: dataSeed)
        return [
            ("blobs", blobs),
            ("varied", SyntheticDatasets.blobs(count: panelPoints, stds: [1.0, 2.5, 0.5], seed: dataSeed)),
            ("moons", SyntheticDatasets.moons(count: panelPoints, noise: 0.05, seed: dataSeed)),
            ("circles", SyntheticDatasets.circles(count: panelPoints, noise: 0.05, factor: 0.5, seed: dataSeed)),
            ("anisotropic", SyntheticDatasets.anisotropic(blobs)),
            ("unbalanced", SyntheticDatasets.unbalanced(blobs)),
        ]
    }

    /// The panel called `name` (empty points if there is none).
    public static func panel(_ name: String) -> LabelledPoints {
        panels().first { $0.name == name }?.data ?? LabelledPoints(points: [], labels: [])
    }

    /// The lecture's random seeding, `np.random.randint(0, N, size=K)`: K row indices drawn
    /// with replacement from `random`.
    public static func randomSeedIndices(points n: Int, count k: Int, random: inout NumpyRandom) -> [Int] {
        guard n > 0 else { return [] }
        return (0..<max(k, 0)).map { _ in Int(random.interval(UInt64(n - 1))) }
    }
}
