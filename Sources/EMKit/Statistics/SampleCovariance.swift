/// The column means of `data` (one row per point).
public func columnMeans(_ data: Matrix) -> Vector {
    guard let d = data.first?.count else { return [] }
    var sum = Vector(repeating: 0, count: d)
    for row in data {
        for j in 0..<d { sum[j] += row[j] }
    }
    return sum.map { $0 / Double(data.count) }
}

/// The unbiased sample covariance of the rows of `data`:
/// `Σ = 1/(N − 1) · Σᵢ (xᵢ − x̄)(xᵢ − x̄)ᵀ` (`np.cov(data, rowvar=0)`).
///
/// numpy sums with BLAS, so results agree with it to rounding (about 1e−15 relative), not bit
/// for bit. With fewer than two points the covariance is undefined and every entry is NaN, as
/// in numpy.
public func sampleCovariance(_ data: Matrix) -> Matrix {
    guard let d = data.first?.count else { return [] }
    let mean = columnMeans(data)
    var sums = LinearAlgebra.zeros(d, d)
    for row in data {
        for i in 0..<d {
            let di = row[i] - mean[i]
            for j in 0...i { sums[i][j] += di * (row[j] - mean[j]) }
        }
    }
    let divisor = Double(data.count - 1)
    var covariance = LinearAlgebra.zeros(d, d)
    for i in 0..<d {
        for j in 0...i {
            let value = divisor > 0 ? sums[i][j] / divisor : .nan
            covariance[i][j] = value
            covariance[j][i] = value
        }
    }
    return covariance
}
