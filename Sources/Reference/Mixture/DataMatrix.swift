// edition: omit (the reference mixture engine; it would answer the exercises)
import EMKit
/// Points stored row-major in one flat array: the layout the fast EM reads.
///
/// Coordinate j of point i is `values[i * columns + j]`. One contiguous buffer keeps the EM's
/// passes over the data cache-friendly and free of per-row allocations.
public struct DataMatrix: Sendable, Equatable {
    /// N · d numbers, point after point.
    public private(set) var values: [Double]
    /// N, the number of points.
    public let rows: Int
    /// d, the number of coordinates per point.
    public let columns: Int

    /// Wraps flat row-major storage.
    ///
    /// - Throws: `InputError` if `values.count ≠ rows · columns`, or a value is NaN or infinite.
    public init(values: [Double], rows: Int, columns: Int) throws(InputError) {
        guard rows >= 0, columns >= 0, values.count == rows * columns else {
            throw InputError(parameter: "data", "has \(values.count) numbers, expected \(rows) × \(columns)")
        }
        if let bad = values.firstIndex(where: { !$0.isFinite }) {
            throw InputError(parameter: "data", "point \(bad / max(columns, 1)) has a value that is not a finite number")
        }
        self.values = values
        self.rows = rows
        self.columns = columns
    }

    /// Copies rows of equal length into flat storage.
    ///
    /// - Throws: `InputError` if the rows have different lengths or a value is not finite.
    public init(_ matrix: Matrix) throws(InputError) {
        let d = matrix.first?.count ?? 0
        var flat: [Double] = []
        flat.reserveCapacity(matrix.count * d)
        for (i, row) in matrix.enumerated() {
            guard row.count == d else { throw InputError(parameter: "data", "point \(i) has \(row.count) coordinates, point 0 has \(d)") }
            flat.append(contentsOf: row)
        }
        try self.init(values: flat, rows: matrix.count, columns: d)
    }

    /// Point i as a vector.
    public func row(_ i: Int) -> Vector { Array(values[(i * columns)..<((i + 1) * columns)]) }

    /// The points as rows of arrays.
    public var matrix: Matrix { (0..<rows).map(row) }
}
