// edition: omit (the reference mixture engine; it would answer the exercises)
import EMKit
/// The scatter accumulation, in register tiles.
extension EStepKernel {
    /// Adds component c's counts, sums Σ r δ and lower-triangle scatter Σ r δ δᵀ for a chunk,
    /// with the accumulators in registers (not in memory, where each update would wait for the
    /// previous store to be forwarded to the next load): the centred points δ and
    /// the weighted ones r δ are laid out first, then each 2 × 4 tile of the lower triangle is
    /// one pass over the chunk with eight accumulators (six loads per eight multiply-adds); the
    /// entries next to the diagonal are single dot products.
    ///
    /// - Parameter work: room for 2 · blocks · d lanes.
    func accumulateScatterTiled(
        _ c: Int, x: UnsafePointer<Lanes>, resp: UnsafeMutablePointer<Lanes>, blocks: Int,
        work: UnsafeMutablePointer<Lanes>, stats: inout SufficientStatistics
    ) {
        let delta = work, weighted = work + blocks * d
        var count = Lanes()
        for b in 0..<blocks {
            let r = resp[b * k + c]
            count += r
            for i in 0..<d {
                let v = x[b * d + i] - Lanes(repeating: means[c * d + i])
                delta[b * d + i] = v
                weighted[b * d + i] = r * v
            }
        }
        stats.counts[c] += count.sum()
        for i in 0..<d {
            var sum = Lanes()
            for b in 0..<blocks { sum += weighted[b * d + i] }
            stats.sums[c * d + i] += sum.sum()
        }
        let base = c * d * d
        var i = 0
        while i < d {
            // Rows i and i + 1: full 2 × 4 tiles strictly left of column i, then the few
            // entries up to the diagonal one by one.
            let pair = i + 1 < d
            let i1 = pair ? i + 1 : i
            var j = 0
            while j + 3 < i {
                var a00 = Lanes(), a01 = Lanes(), a02 = Lanes(), a03 = Lanes()
                var a10 = Lanes(), a11 = Lanes(), a12 = Lanes(), a13 = Lanes()
                for b in 0..<blocks {
                    let row = b * d
                    let w0 = weighted[row + i], w1 = weighted[row + i1]
                    let v0 = delta[row + j], v1 = delta[row + j + 1], v2 = delta[row + j + 2], v3 = delta[row + j + 3]
                    a00 += w0 * v0; a01 += w0 * v1; a02 += w0 * v2; a03 += w0 * v3
                    a10 += w1 * v0; a11 += w1 * v1; a12 += w1 * v2; a13 += w1 * v3
                }
                store(a00, a01, a02, a03, row: i, column: j, at: base, into: &stats)
                if pair { store(a10, a11, a12, a13, row: i1, column: j, at: base, into: &stats) }
                j += 4
            }
            for row in i...i1 {
                for column in j...row {
                    var a = Lanes(), b2 = Lanes()
                    var b = 0
                    while b + 1 < blocks {
                        a += weighted[b * d + row] * delta[b * d + column]
                        b2 += weighted[(b + 1) * d + row] * delta[(b + 1) * d + column]
                        b += 2
                    }
                    if b < blocks { a += weighted[b * d + row] * delta[b * d + column] }
                    stats.scatters[base + row * d + column] += (a + b2).sum()
                }
            }
            i += 2
        }
    }

    /// Adds one tile row's four sums at (row, column ..< column + 4), lower triangle only.
    @inline(__always)
    private func store(_ a0: Lanes, _ a1: Lanes, _ a2: Lanes, _ a3: Lanes, row: Int, column: Int, at base: Int, into stats: inout SufficientStatistics) {
        let offset = base + row * d + column
        if column <= row { stats.scatters[offset] += a0.sum() }
        if column + 1 <= row { stats.scatters[offset + 1] += a1.sum() }
        if column + 2 <= row { stats.scatters[offset + 2] += a2.sum() }
        if column + 3 <= row { stats.scatters[offset + 3] += a3.sum() }
    }
}
