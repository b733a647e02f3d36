import EMKit
import Foundation
import Testing

/// The shipped data sets read as Python's csv module reads them
/// (`Scripts/make_realdata_fixtures.py` → `Fixtures/realdata_em.json`).
@Suite("real data sets")
struct RealDatasetsTests {
    struct File: Decodable {
        struct Faithful: Decodable { var rows: Int; var first_row: [Double] }
        struct Penguins: Decodable {
            var rows_kept: Int; var skipped_lines: [Int]; var species: [String]; var species_counts: [Int]
        }
        var faithful: Faithful
        var penguins: Penguins
    }

    @Test("Old Faithful: 272 eruptions, as Python reads them")
    func faithful() throws {
        let expected = try Fixtures.load("realdata_em.json", as: File.self).faithful
        let data = RealDatasets.oldFaithful()
        #expect(data.count == expected.rows)
        #expect(data.first == expected.first_row)
    }

    @Test("penguins: rows with a missing measurement are skipped and counted, species kept per row")
    func penguins() throws {
        let expected = try Fixtures.load("realdata_em.json", as: File.self).penguins
        let penguins = RealDatasets.penguins()
        #expect(penguins.points.count == expected.rows_kept)
        #expect(penguins.skippedLines == expected.skipped_lines)
        #expect(penguins.classNames == expected.species)
        #expect(penguins.classNames.indices.map { c in penguins.labels.count { $0 == c } } == expected.species_counts)
        #expect(penguins.readingMessage.contains("2 skipped"))
    }
}
