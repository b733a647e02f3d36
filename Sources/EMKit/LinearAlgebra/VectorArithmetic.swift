/// Element-wise arithmetic on vectors, spelled out because `+` on Swift arrays concatenates.
///
/// These mirror numpy's broadcasting in the exercises: `weighted_sum += resp[j, k] * data[j]`
/// becomes `weightedSum.add(data[j], scaledBy: resp[j][k])`.
extension Array where Element == Double {
    /// `self + other`, entry by entry (as long as the shorter of the two).
    public func plus(_ other: Vector) -> Vector { elementwise(other, +) }

    /// `self − other`, entry by entry (as long as the shorter of the two).
    public func minus(_ other: Vector) -> Vector { elementwise(other, -) }

    /// One allocation of the right size, filled in order (E- and M-steps call these per point).
    @inline(__always)
    private func elementwise(_ other: Vector, _ operation: (Double, Double) -> Double) -> Vector {
        let n = Swift.min(count, other.count)
        var result = Vector(repeating: 0, count: n)
        for i in 0..<n { result[i] = operation(self[i], other[i]) }
        return result
    }

    /// `self · s`.
    public func times(_ s: Double) -> Vector { map { $0 * s } }

    /// `self / s`.
    public func dividedBy(_ s: Double) -> Vector { map { $0 / s } }

    /// `self += s · other` (numpy: `self += s * other`).
    public mutating func add(_ other: Vector, scaledBy s: Double) {
        for i in indices where i < other.count { self[i] += s * other[i] }
    }

    /// The sum of the entries.
    public var sum: Double { reduce(0, +) }
}

extension Array where Element == [Double] {
    /// `self + other`, entry by entry.
    public func plus(_ other: Matrix) -> Matrix { zip(self, other).map { $0.plus($1) } }

    /// `self · s`.
    public func times(_ s: Double) -> Matrix { map { $0.times(s) } }

    /// `self / s`.
    public func dividedBy(_ s: Double) -> Matrix { map { $0.dividedBy(s) } }

    /// `self += s · other` (numpy: `self += s * other`).
    public mutating func add(_ other: Matrix, scaledBy s: Double) {
        for i in indices where i < other.count { self[i].add(other[i], scaledBy: s) }
    }

    /// The sums of the rows (`a.sum(axis=1)`).
    public var rowSums: Vector { map(\.sum) }

    /// The sums of the columns (`a.sum(axis=0)`).
    public var columnSums: Vector {
        guard let width = first?.count else { return [] }
        var sums = Vector(repeating: 0, count: width)
        for row in self { for j in 0..<Swift.min(width, row.count) { sums[j] += row[j] } }
        return sums
    }

    /// Each row divided by its sum (`a / a.sum(axis=1)[:, np.newaxis]`); a row summing to 0
    /// becomes NaN, as in numpy.
    public var rowsNormalized: Matrix { map { row in row.dividedBy(row.sum) } }
}
