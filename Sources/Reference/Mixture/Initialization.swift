// edition: omit (the reference mixture engine; it would answer the exercises)
import EMKit
import Foundation

/// The starting parameters of one EM start, as `MixtureInitialization` documents them.
///
/// - Parameters:
///   - restart: 0 for the first start. `.random` and `.kmeansPlusPlus` continue `random`'s
///     stream from start to start (as scikit-learn's `n_init` does); `.notebook` reseeds with
///     `seed + restart`.
func initialParameters(
    _ data: DataMatrix, components k: Int, options: MixtureFitOptions, restart: Int, random: inout NumpyRandom
) throws(EMError) -> FlatMixture {
    let type = options.covarianceType, lambda = options.regularization
    switch options.initialization {
    case .notebook:
        let seed = UInt32(truncatingIfNeeded: Int(options.seed) &+ restart)
        do {
            let model = try notebookInitialization(data: data.matrix, components: k, seed: seed)
            var start = FlatMixture(model, type: type)
            let stride = FlatMixture.covarianceStride(type, dimension: data.columns)
            for c in 0..<k { for i in 0..<data.columns { start.covariances[c * stride + (type.usesTriangularFactor ? i * data.columns + i : i)] += lambda } }
            return start
        } catch {
            throw EMError("\(error)")
        }
    case .random:
        // rng.uniform(size=(N, K)) row by row, each row divided by its sum; the second pass
        // replays the same draws from a copy of the generator taken before the first.
        let before = random
        var generator = random
        let start = parametersFromResponsibilities(
            data, components: k, type: type, regularization: lambda,
            startPass: { _ in generator = before },
            responsibilities: { _, row in
                var sum = 0.0
                for c in 0..<k { row[c] = generator.uniform(); sum += row[c] }
                for c in 0..<k { row[c] /= sum }
            })
        random = generator
        return start
    case .kmeansPlusPlus:
        let centers = kMeansPlusPlusSeeds(data, count: k, random: &random)
        let labels = nearestCenter(data, centers: centers)
        var start = parametersFromResponsibilities(
            data, components: k, type: type, regularization: lambda, startPass: { _ in },
            responsibilities: { j, row in
                for c in 0..<k { row[c] = 0 }
                row[labels[j]] = 1
            })
        // A seed that won no point (duplicate points) keeps its seed as the mean.
        let counts = labels.reduce(into: Array(repeating: 0, count: k)) { $0[$1] += 1 }
        for c in 0..<k where counts[c] == 0 {
            for i in 0..<data.columns { start.means[c * data.columns + i] = data.values[centers[c] * data.columns + i] }
        }
        return start
    }
}

/// The starting mixture of the first EM start for `options` (see `MixtureInitialization`).
///
/// - Throws: `EMError` if the options do not fit the data (K > N, …).
public func initialMixture(_ data: DataMatrix, components: Int, options: MixtureFitOptions) throws(EMError) -> GaussianMixture {
    do { try options.validate(components: components, points: data.rows, dimension: data.columns) } catch { throw EMError("\(error)") }
    var random = NumpyRandom(seed: options.seed)
    return try initialParameters(data, components: components, options: options, restart: 0, random: &random).model
}
