import EMKit
import Testing

@Suite("np.cov, Gaussian densities, log_sum_exp and the notebook's loglikelihood")
struct StatisticsTests {
    static let covariances: Fixtures.CovarianceFile? = try? Fixtures.load("cov.json")
    static let densities: Fixtures.DensityFile? = try? Fixtures.load("densities.json")

    // numpy sums with BLAS in another order: agreement to a few ulps, so 1e-14 relative.
    @Test("sampleCovariance agrees with np.cov(data, rowvar=0)")
    func covariance() throws {
        let file = try #require(Self.covariances)
        for fixture in file.cases {
            let got = sampleCovariance(fixture.data)
            for (row, expected) in zip(got, fixture.cov) {
                for (a, b) in zip(row, expected) { #expect(isClose(a, b, tolerance: 1e-14), "\(fixture.name)") }
            }
        }
    }

    // scipy computes through an eigendecomposition, we through Cholesky: 1e-12 relative.
    @Test("log-density and density agree with scipy.stats.multivariate_normal")
    func densities() throws {
        let file = try #require(Self.densities)
        for fixture in file.gaussians {
            let normal = try MultivariateNormal(mean: fixture.mean, covariance: fixture.cov)
            for (i, point) in fixture.points.enumerated() {
                #expect(isClose(normal.logDensity(at: point), fixture.logpdf[i], tolerance: 1e-12))
                #expect(isClose(gaussianDensity(point, mean: fixture.mean, covariance: fixture.cov), fixture.pdf[i], tolerance: 1e-12))
            }
        }
    }

    @Test("logSumExp agrees with the notebook's log_sum_exp and survives huge and tiny terms")
    func logSumExpValues() throws {
        let file = try #require(Self.densities)
        for fixture in file.log_sum_exp { #expect(isClose(logSumExp(fixture.z), fixture.value, tolerance: 1e-15), "\(fixture.z)") }
        #expect(logSumExp([]) == -.infinity)
        #expect(logSumExp([-.infinity, -.infinity]) == -.infinity)
    }

    // The notebook uses inv and det, we Cholesky: 1e-12 relative on a sum of 100 terms.
    @Test("logLikelihood agrees with the notebook's loglikelihood")
    func likelihood() throws {
        let file = try #require(Self.densities)
        #expect(file.loglikelihoods.count == 2)
        for fixture in file.loglikelihoods {
            let got = logLikelihood(of: fixture.data, weights: fixture.weights, means: fixture.means, covariances: fixture.covariances)
            #expect(isClose(got, fixture.loglikelihood, tolerance: 1e-12), "\(fixture.name)")
        }
    }

    @Test("a covariance that is not positive definite gives NaN, not a trap")
    func brokenModel() {
        #expect(logLikelihood(of: [[0, 0]], weights: [1], means: [[0, 0]], covariances: [[[1, 2], [2, 1]]]).isNaN)
        #expect(gaussianDensity([0], mean: [0], covariance: [[-1]]).isNaN)
    }
}
