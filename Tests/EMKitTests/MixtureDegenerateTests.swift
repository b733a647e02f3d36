import EMKit
import Reference
import Foundation
import Testing

/// Awkward data: regularised into a finite answer, or a clear error naming the component and
/// iteration; never NaN, never a trap.
@Suite("the mixture EM on degenerate data")
struct MixtureDegenerateTests {
    func expectFinite(_ fit: MixtureFit, sourceLocation: SourceLocation = #_sourceLocation) {
        let numbers: [Double] = fit.model.weights + fit.model.means.joined() + fit.model.covariances.joined().joined() + fit.logLikelihoods
        let finite = numbers.allSatisfy { $0.isFinite }
        #expect(finite, "not finite: \(fit.model)", sourceLocation: sourceLocation)
        #expect(abs(fit.model.weights.reduce(0, +) - 1) < 1e-12, sourceLocation: sourceLocation)
        for covariance in fit.model.covariances {
            let factor = try? Cholesky(covariance)
            #expect(factor != nil, "not positive definite: \(covariance)", sourceLocation: sourceLocation)
        }
    }

    func emError(_ body: () throws -> Void) -> String? {
        do { try body(); return nil } catch let error as EMError { return error.message } catch { return "\(error)" }
    }

    static let types = CovarianceType.allCases
    static let starts: [MixtureInitialization] = [.random, .kmeansPlusPlus, .notebook]

    @Test("every point the same: the component holding them has the regularisation as covariance",
          arguments: types, starts)
    func allDuplicates(_ type: CovarianceType, _ start: MixtureInitialization) throws {
        let data = try DataMatrix(Array(repeating: [1.5, -2.0], count: 12))
        let message = emError {
            let fit = try fitMixture(data, components: 3, options: MixtureFitOptions(covarianceType: type, initialization: start))
            expectFinite(fit)
            let heaviest = fit.model.weights.indices.max { fit.model.weights[$0] < fit.model.weights[$1] } ?? 0
            let mean = fit.model.means[heaviest], covariance = fit.model.covariances[heaviest]
            #expect(abs(mean[0] - 1.5) < 1e-12 && abs(mean[1] + 2) < 1e-12)
            // A covariance of exactly λ I, up to the rounding of Σ r (x − μ)² with μ ≈ x.
            #expect(abs(covariance[0][0] - 1e-6) < 1e-15 && abs(covariance[1][1] - 1e-6) < 1e-15 && abs(covariance[0][1]) < 1e-15)
        }
        // The notebook start's np.cov is 0 here; the engine adds λ to it as to every start.
        #expect(message == nil, "\(message ?? "")")
    }

    @Test("a zero-variance column is regularised for every covariance type and start",
          arguments: types, starts)
    func constantColumn(_ type: CovarianceType, _ start: MixtureInitialization) throws {
        let rows: Matrix = (0..<40).map { (i: Int) -> Vector in
            let x: Double = Double(i % 7) + 0.1 * Double(i)
            return [x, 3.0, Double((i * 5) % 11)]
        }
        let fit = try fitMixture(try DataMatrix(rows), components: 2, options: MixtureFitOptions(covarianceType: type, initialization: start, restarts: 2))
        expectFinite(fit)
    }

    @Test("without regularisation a zero-variance column is an error naming the component and iteration")
    func constantColumnUnregularised() throws {
        let rows: Matrix = (0..<40).map { (i: Int) -> Vector in [Double(i % 7) + 0.1 * Double(i), 3.0] }
        let data = try DataMatrix(rows)
        let message = emError { _ = try fitMixture(data, components: 2, options: MixtureFitOptions(regularization: 0)) }
        #expect(message?.contains("component") == true && message?.contains("iteration") == true, "\(message ?? "no error")")
        #expect(message?.contains("a larger regularization") == true)
    }

    @Test("a component that loses all its points: regularised, or an error naming it without regularisation")
    func collapsingComponent() throws {
        let rows: Matrix = (0..<30).map { i in [Double(i % 5), Double(i % 3)] }
        let data = try DataMatrix(rows)
        let start = GaussianMixture(
            weights: [0.999, 0.001], means: [[2, 1], [1000, 1000]], covariances: [[[1, 0], [0, 1]], [[1, 0], [0, 1]]])
        expectFinite(try fitMixture(data, from: start))
        let message = emError { _ = try fitMixture(data, from: start, options: MixtureFitOptions(regularization: 0)) }
        #expect(message?.hasPrefix("component 1 collapsed at iteration 1") == true, "\(message ?? "no error")")
    }

    @Test("more components than points is refused; as many as points works")
    func tooManyComponents() throws {
        let data = try DataMatrix([[0, 0], [1, 1], [2, 0]])
        #expect(emError { _ = try fitMixture(data, components: 4) }?.contains("larger than the number of points") == true)
        expectFinite(try fitMixture(data, components: 3, options: MixtureFitOptions(initialization: .kmeansPlusPlus)))
    }

    @Test("fewer distinct points than components does not trap", arguments: starts.dropLast())
    func fewDistinctPoints(_ start: MixtureInitialization) throws {
        let data = try DataMatrix([[0, 0], [0, 0], [0, 0], [5, 5], [5, 5], [5, 5]])
        expectFinite(try fitMixture(data, components: 4, options: MixtureFitOptions(initialization: start, restarts: 3)))
    }

    @Test("NaN and infinity are refused when the data are stored")
    func nonFiniteData() {
        #expect(throws: InputError.self) { try DataMatrix([[0, 1], [.nan, 2]]) }
        #expect(throws: InputError.self) { try DataMatrix(values: [0, .infinity], rows: 1, columns: 2) }
        #expect(throws: InputError.self) { try DataMatrix([[0, 1], [2]]) }
        let empty = try? DataMatrix(values: [], rows: 3, columns: 0)
        #expect(emError { _ = try fitMixture(#require(empty), components: 1) }?.contains("no coordinates") == true)
    }

    @Test("data far from the origin fit like the same data near it (sums are centred)")
    func farFromOrigin() throws {
        let rows: Matrix = (0..<200).map { (i: Int) -> Vector in
            let offset: Double = i % 2 == 0 ? 0 : 6
            return [Double(i % 13) * 0.37 + offset, Double((i * 7) % 17) * 0.21]
        }
        let options = MixtureFitOptions(initialization: .kmeansPlusPlus, seed: 3)
        let near = try fitMixture(try DataMatrix(rows), components: 2, options: options)
        let far = try fitMixture(try DataMatrix(rows.map { [$0[0] + 1e8, $0[1] - 1e8] }), components: 2, options: options)
        #expect(near.iterations == far.iterations)
        // 1e8 carries about 1.5e-8 of absolute rounding per coordinate; covariances of order 1.
        for (a, b) in zip(near.model.covariances.joined().joined(), far.model.covariances.joined().joined()) { #expect(abs(a - b) < 1e-6, "\(a) vs \(b)") }
        for (a, b) in zip(near.model.means, far.model.means) {
            let dx: Double = a[0] + 1e8 - b[0], dy: Double = a[1] - 1e8 - b[1]
            #expect(abs(dx) < 1e-6 && abs(dy) < 1e-6)
        }
    }

    @Test("more restarts never end lower; the same fit twice is bit-identical")
    func restartsAndDeterminism() throws {
        let rows: Matrix = (0..<5000).map { (i: Int) -> Vector in
            let t = Double(i), group = Double(i % 3)
            return [sin(t) * 3 + group * 4, cos(t * 1.3) + group]
        }
        let data = try DataMatrix(rows)
        let one = try fitMixture(data, components: 3, options: MixtureFitOptions(restarts: 1, seed: 9))
        let three = try fitMixture(data, components: 3, options: MixtureFitOptions(restarts: 3, seed: 9))
        #expect(three.lowerBound >= one.lowerBound)
        #expect(try fitMixture(data, components: 3, options: MixtureFitOptions(restarts: 1, seed: 9)) == one)
    }

    @Test("BIC and AIC count scikit-learn's free parameters")
    func parameterCounts() {
        #expect(CovarianceType.full.parameterCount(components: 3, dimension: 2) == 2 + 6 + 9)
        #expect(CovarianceType.tied.parameterCount(components: 3, dimension: 2) == 2 + 6 + 3)
        #expect(CovarianceType.diagonal.parameterCount(components: 3, dimension: 2) == 2 + 6 + 6)
        #expect(CovarianceType.spherical.parameterCount(components: 3, dimension: 2) == 2 + 6 + 3)
    }

    @Test("a fitted model samples, predicts and scores its own draws")
    func sampleAndPredict() throws {
        let model = GaussianMixture(weights: [0.3, 0.7], means: [[0, 0], [8, 8]], covariances: [[[1, 0], [0, 1]], [[1, 0.3], [0.3, 1]]])
        let sample = try model.sample(count: 300, seed: 4)
        #expect(sample.points.count == 300)
        let labels = try model.predict(sample.points)
        #expect(labels == sample.components)
        let probabilities = try model.membershipProbabilities(of: sample.points)
        let normalised = probabilities.allSatisfy { abs($0.reduce(0, +) - 1) < 1e-12 }
        #expect(normalised)
        let densities = try model.logDensities(of: sample.points)
        #expect(densities.allSatisfy { $0.isFinite })
    }
}
