import EMKit
import Foundation
import Testing

/// The lecture's data sets against scikit-learn's generators with the same seeds
/// (`Scripts/make_dataset_fixtures.py` → `Fixtures/synthetic_datasets.json`).
@Suite("synthetic data sets against scikit-learn")
struct SyntheticDatasetsTests {
    struct Case: Decodable, CustomTestStringConvertible {
        var kind: String; var count: Int; var seed: UInt32
        var noise: Double?; var factor: Double?; var stds: [Double]?
        var X: [[Double]]; var y: [Int]
        var testDescription: String { "\(kind), \(count) points, seed \(seed)" }
    }
    struct File: Decodable { var cases: [Case] }

    static let cases = (try? Fixtures.load("synthetic_datasets.json", as: File.self))?.cases ?? []

    @Test("same labels, same points to rounding", arguments: cases)
    func matches(_ c: Case) throws {
        let got: LabelledPoints
        switch c.kind {
        case "moons": got = SyntheticDatasets.moons(count: c.count, noise: c.noise ?? 0, seed: c.seed)
        case "circles": got = SyntheticDatasets.circles(count: c.count, noise: c.noise ?? 0, factor: c.factor ?? 0, seed: c.seed)
        default: got = SyntheticDatasets.blobs(count: c.count, stds: c.stds ?? [], seed: c.seed)
        }
        #expect(got.labels == c.y)
        #expect(got.points.count == c.X.count)
        // numpy's vectorised cos/sin may differ from the C library's in the last bit.
        let worst = zip(got.points.joined(), c.X.joined()).map { abs($0 - $1) }.max() ?? .infinity
        #expect(worst < 1e-12)
    }

    @Test("the lecture's anisotropic and unbalanced variants of the blobs")
    func variants() {
        let blobs = SyntheticDatasets.blobs(count: 1500, stds: [1, 1, 1], seed: 5)
        let unbalanced = SyntheticDatasets.unbalanced(blobs)
        #expect(unbalanced.labels.count == 610)
        #expect([0, 1, 2].map { c in unbalanced.labels.count { $0 == c } } == [500, 100, 10])
        let stretched = SyntheticDatasets.anisotropic(blobs)
        #expect(abs(stretched.points[0][0] - (blobs.points[0][0] * 0.60834549 + blobs.points[0][1] * -0.40887718)) < 1e-15)
    }
}
