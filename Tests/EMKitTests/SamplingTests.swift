import EMKit
import Testing

@Suite("multivariate normal draws and the notebook's generate_MoG_data")
struct SamplingTests {
    static let draws: Fixtures.NormalDrawsFile? = try? Fixtures.load("multivariate_normal.json")
    static let mixtures: Fixtures.MixtureDataFile? = try? Fixtures.load("mog_data.json")

    @Test("multivariate_normal draws match numpy bit for bit (2-D full, diagonal, isotropic; diagonal 3-D to 5-D)")
    func multivariateNormal() throws {
        let file = try #require(Self.draws)
        #expect(file.cases.count >= 40)
        for fixture in file.cases {
            let sampler = try MultivariateNormalSampler(mean: fixture.mean, covariance: fixture.cov)
            #expect(sampler.matchesNumpy)
            var random = NumpyRandom(seed: fixture.seed)
            let got = fixture.draws.map { _ in sampler.draw(using: &random) }
            #expect(got == fixture.draws, "seed \(fixture.seed), cov \(fixture.cov)")
        }
    }

    @Test("mixture data match numpy point for point", arguments: mixtures?.cases ?? [])
    func mixtureData(_ fixture: Fixtures.MixtureDataFile.Case) throws {
        let model = GaussianMixture(weights: fixture.weights, means: fixture.means, covariances: fixture.covariances)
        var random = NumpyRandom(seed: fixture.seed)
        let sample = try generateMoGData(count: fixture.count, model: model, random: &random)
        #expect(sample.components == fixture.components)
        #expect(sample.points == fixture.data)
    }

    @Test("the notebook's data: seed 4, first point, first 20 components, counts 18/52/30")
    func notebookData() throws {
        let model = GaussianMixture(
            weights: [1 / 4.0, 1 / 2.0, 1 / 4.0],
            means: [[5, 0], [1, 1], [0, 5]],
            covariances: [[[0.5, 0], [0, 0.5]], [[0.92, 0.38], [0.38, 0.91]], [[0.5, 0], [0, 0.5]]])
        var random = NumpyRandom(seed: 4)
        let sample = try generateMoGData(count: 100, model: model, random: &random)
        #expect(sample.points[0] == [0.31845367531615931, 5.0318209879941342])
        #expect(sample.points[1] == [1.4502933864162864, 2.1571757338038555])
        #expect(sample.points[2] == [1.0264543100849020, 4.7604237503575817])
        #expect(Array(sample.components.prefix(20)) == [2, 1, 2, 0, 0, 2, 2, 0, 1, 2, 0, 1, 1, 0, 1, 1, 1, 0, 2, 1])
        #expect((0..<3).map { k in sample.components.filter { $0 == k }.count } == [18, 52, 30])
    }

    @Test("a full 3-D covariance falls back to Cholesky: right moments, same amount of randomness used")
    func choleskyFallback() throws {
        let covariance: Matrix = [[2, 0.3, -0.4], [0.3, 1, 0.2], [-0.4, 0.2, 0.5]]
        let sampler = try MultivariateNormalSampler(mean: [1, -1, 0], covariance: covariance)
        #expect(!sampler.matchesNumpy)
        var random = NumpyRandom(seed: 11)
        let points = (0..<20_000).map { _ in sampler.draw(using: &random) }
        let estimate = sampleCovariance(points)
        let mean = columnMeans(points)
        // 20,000 draws: standard errors are about 0.01–0.02 for these entries; 0.08 is > 4 of them.
        for i in 0..<3 {
            #expect(abs(mean[i] - [1, -1, 0][i]) < 0.05)
            for j in 0..<3 { #expect(abs(estimate[i][j] - covariance[i][j]) < 0.08, "entry \(i),\(j)") }
        }
        var a = NumpyRandom(seed: 3), b = NumpyRandom(seed: 3)
        _ = sampler.draw(using: &a)
        for _ in 0..<3 { _ = b.standardNormal() }
        #expect(a.uniform() == b.uniform())
    }
}
