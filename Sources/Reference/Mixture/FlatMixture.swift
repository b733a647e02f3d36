// edition: omit (the reference mixture engine; it would answer the exercises)
import EMKit
/// A mixture's parameters in the flat layout the fast EM works on.
///
/// `covariances` holds, for `full` and `tied`, K row-major d × d matrices (tied: K equal
/// copies, so every component reads its own); for `diagonal` and `spherical`, K rows of d
/// variances (spherical: d equal values).
struct FlatMixture: Sendable, Equatable {
    var type: CovarianceType
    var components: Int
    var dimension: Int
    /// πₖ, K entries.
    var weights: [Double]
    /// μₖ, K · d entries.
    var means: [Double]
    /// See the type's summary: K · d · d or K · d entries.
    var covariances: [Double]

    /// The number of covariance entries one component stores.
    static func covarianceStride(_ type: CovarianceType, dimension d: Int) -> Int {
        type.usesTriangularFactor ? d * d : d
    }

    init(type: CovarianceType, components: Int, dimension: Int, weights: [Double], means: [Double], covariances: [Double]) {
        self.type = type
        self.components = components
        self.dimension = dimension
        self.weights = weights
        self.means = means
        self.covariances = covariances
    }

    /// Takes a mixture's parameters in the shape of `type`: diagonal keeps the diagonals,
    /// spherical their mean, tied the first covariance.
    init(_ model: GaussianMixture, type: CovarianceType) {
        let k = model.componentCount, d = model.dimension
        var covariances: [Double] = []
        for c in 0..<k {
            let sigma = model.covariances[type == .tied ? 0 : c]
            switch type {
            case .full, .tied: covariances += sigma.joined()
            case .diagonal: covariances += (0..<d).map { sigma[$0][$0] }
            case .spherical:
                let mean = (0..<d).reduce(0.0) { $0 + sigma[$1][$1] } / Double(d)
                covariances += Array(repeating: mean, count: d)
            }
        }
        self.init(type: type, components: k, dimension: d, weights: model.weights, means: Array(model.means.joined()), covariances: covariances)
    }

    /// The parameters as a `GaussianMixture`, every covariance written out as a d × d matrix.
    var model: GaussianMixture {
        let k = components, d = dimension, stride = Self.covarianceStride(type, dimension: d)
        var covariances: [Matrix] = []
        for c in 0..<k {
            var sigma = LinearAlgebra.zeros(d, d)
            for i in 0..<d {
                if type.usesTriangularFactor {
                    for j in 0..<d { sigma[i][j] = self.covariances[c * stride + i * d + j] }
                } else {
                    sigma[i][i] = self.covariances[c * stride + i]
                }
            }
            covariances.append(sigma)
        }
        let means = (0..<k).map { c in Array(self.means[(c * d)..<((c + 1) * d)]) }
        return GaussianMixture(weights: weights, means: means, covariances: covariances)
    }

    /// True when every number is finite.
    var isFinite: Bool {
        weights.allSatisfy(\.isFinite) && means.allSatisfy(\.isFinite) && covariances.allSatisfy(\.isFinite)
    }
}
