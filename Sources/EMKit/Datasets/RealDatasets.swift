/// Measurements with a known class per row (e.g. penguins and their species), as read from a
/// shipped CSV file.
public struct LabelledMeasurements: Sendable, Equatable {
    /// One row per kept line, the columns in `columns` order.
    public var points: Matrix
    /// The class of each row, an index into `classNames`.
    public var labels: [Int]
    /// The class names, sorted.
    public var classNames: [String]
    /// The names of the measured columns.
    public var columns: [String]
    /// Line numbers (from 1, the header is line 1) of rows left out for a missing value.
    public var skippedLines: [Int]

    /// One line saying what was read and what was left out, e.g. "penguins.csv: 342 rows
    /// kept, 2 skipped for a missing measurement (lines 5, 273)".
    public var readingMessage: String {
        let lines = skippedLines.map(String.init).joined(separator: ", ")
        let skipped = skippedLines.isEmpty ? "none skipped"
            : "\(skippedLines.count) skipped for a missing measurement (line\(skippedLines.count == 1 ? "" : "s") \(lines))"
        return "penguins.csv: \(points.count) rows kept, \(skipped)"
    }
}

/// The real data sets shipped with the kit (chapter 05). Their origin and licences are in
/// `Sources/EMKit/Datasets/SOURCES.md`.
public enum RealDatasets {
    /// The measured columns of the penguins, in this order.
    public static let penguinColumns = ["bill_length_mm", "bill_depth_mm", "flipper_length_mm", "body_mass_g"]

    /// Old Faithful: 272 eruptions, each (duration in minutes, waiting time to the next
    /// eruption in minutes), in the file's order.
    public static func oldFaithful() -> Matrix {
        (try? parseNumericCSV(oldFaithfulCSV, source: "old-faithful.csv", columns: ["eruptions", "waiting"]))?.rows ?? []
    }

    /// Palmer penguins: bill length and depth (mm), flipper length (mm) and body mass (g), with
    /// the species as label. Rows with a missing measurement ("NA") are left out and counted in
    /// `skippedLines`; a missing sex does not matter here.
    public static func penguins() -> LabelledMeasurements {
        let empty = LabelledMeasurements(points: [], labels: [], classNames: [], columns: penguinColumns, skippedLines: [])
        guard let table = try? parseNumericCSV(penguinsCSV, source: "penguins.csv", columns: penguinColumns, missing: .skipRow) else {
            return empty
        }
        // The species of every kept line: the first cell of each data line not skipped.
        let skipped = Set(table.skippedLines)
        var species: [String] = []
        for (index, line) in penguinsCSV.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).enumerated() {
            let number = index + 1
            guard number > 1, !line.isEmpty, !skipped.contains(number) else { continue }
            species.append(String(line.prefix { $0 != "," }))
        }
        guard species.count == table.rows.count else { return empty }
        let names = Array(Set(species)).sorted()
        let labels = species.map { name in names.firstIndex(of: name) ?? 0 }
        return LabelledMeasurements(points: table.rows, labels: labels, classNames: names, columns: penguinColumns,
                                    skippedLines: table.skippedLines)
    }
}
