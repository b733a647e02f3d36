// edition: omit (the reference mixture engine; it would answer the exercises)
import EMKit
import Foundation

/// The fused E-step and M-step accumulation over a run of rows, eight points at a time.
///
/// For each chunk of rows (read as `LaneData` lays them out: coordinate i of eight points in
/// one `Lanes`): `log πₖ + log N(x | μₖ, Σₖ)` is computed for every component
/// (forward substitution with Lₖ, or the diagonal precisions), normalised by log-sum-exp into
/// responsibilities, and the responsibilities are folded into `SufficientStatistics`. Nothing
/// is allocated per point, and the order of every sum is fixed, so results do not depend on
/// timing or on how many threads run the parts.
struct EStepKernel {
    let type: CovarianceType
    let k: Int
    let d: Int
    let means: UnsafePointer<Double>
    let factors: UnsafePointer<Double>
    let inverseDiagonals: UnsafePointer<Double>
    let logConstants: UnsafePointer<Double>

    /// Rows per chunk (a multiple of 8): the chunk's lanes stay around 16 KB, whatever d is.
    var chunkRows: Int { 8 * max(8, 256 / max(d, 1)) }

    /// Accumulates rows `range` (starting at a multiple of 8) of the data laid out as
    /// `LaneData.lanes` into `stats`.
    func accumulate(_ data: UnsafePointer<Lanes>, rows range: Range<Int>, into stats: inout SufficientStatistics) {
        let blocksPerChunk = chunkRows / 8
        let resp = UnsafeMutablePointer<Lanes>.allocate(capacity: blocksPerChunk * k)
        let y = UnsafeMutablePointer<Lanes>.allocate(capacity: k * d)
        let centred = UnsafeMutablePointer<Lanes>.allocate(capacity: 2 * blocksPerChunk * d)
        defer { resp.deallocate(); y.deallocate(); centred.deallocate() }
        var start = range.lowerBound
        while start < range.upperBound {
            let count = min(chunkRows, range.upperBound - start)
            let blocks = (count + 7) / 8
            let x = data + (start / 8) * d
            for b in 0..<blocks {
                logJoint(x + b * d, y: y, into: resp + b * k)
                stats.logLikelihood += normalize(resp + b * k, valid: min(8, count - b * 8))
            }
            for c in 0..<k {
                if type.usesTriangularFactor {
                    accumulateScatterTiled(c, x: x, resp: resp, blocks: blocks, work: centred, stats: &stats)
                } else {
                    accumulateSquares(c, x: x, resp: resp, blocks: blocks, stats: &stats)
                }
            }
            start += count
        }
    }

    /// `log πₖ − ½ d log 2π − ½ log|Σₖ| − ½ ‖Lₖ⁻¹(x − μₖ)‖²` for one block and every k.
    @inline(__always)
    private func logJoint(_ x: UnsafePointer<Lanes>, y: UnsafeMutablePointer<Lanes>, into out: UnsafeMutablePointer<Lanes>) {
        for c in 0..<k { out[c] = Lanes() }
        // Coordinate by coordinate, every component in the inner loop: the k substitutions are
        // independent, so the processor overlaps them.
        if type.usesTriangularFactor {
            for i in 0..<d {
                let xi = x[i]
                for c in 0..<k {
                    let l = factors + c * d * d + i * d
                    let yc = y + c * d
                    var v = xi - Lanes(repeating: means[c * d + i])
                    for j in 0..<i { v -= l[j] * yc[j] }
                    v *= inverseDiagonals[c * d + i]
                    yc[i] = v
                    out[c] += v * v
                }
            }
        } else {
            for i in 0..<d {
                let xi = x[i]
                for c in 0..<k {
                    let v = xi - Lanes(repeating: means[c * d + i])
                    out[c] += v * v * inverseDiagonals[c * d + i]
                }
            }
        }
        for c in 0..<k { out[c] = Lanes(repeating: logConstants[c]) - 0.5 * out[c] }
    }

    /// Turns one block's log-joint terms into responsibilities (log-sum-exp over k) and
    /// returns the sum over the `valid` lanes of `log Σₖ πₖ N(x | μₖ, Σₖ)`. Lanes past
    /// `valid` get responsibility 0.
    @inline(__always)
    private func normalize(_ terms: UnsafeMutablePointer<Lanes>, valid: Int) -> Double {
        var largest = terms[0]
        for c in 1..<max(k, 1) {
            let t = terms[c]
            largest.replace(with: t, where: t .> largest)
        }
        var total = Lanes()
        for c in 0..<k {
            let e = laneExp(terms[c] - largest)
            terms[c] = e
            total += e
        }
        var scale = 1 / total
        let logDensity = largest + laneLog(total)
        var sum = 0.0
        if valid == 8 {
            sum = logDensity.sum()
        } else {
            for lane in 0..<valid { sum += logDensity[lane] }
            for lane in valid..<8 { scale[lane] = 0 }
        }
        for c in 0..<k { terms[c] *= scale }
        return sum
    }

    /// Adds component c's counts, sums Σ r δ and squares Σ r δ² per coordinate, one
    /// coordinate at a time so that the accumulators stay in registers.
    private func accumulateSquares(
        _ c: Int, x: UnsafePointer<Lanes>, resp: UnsafeMutablePointer<Lanes>, blocks: Int,
        stats: inout SufficientStatistics
    ) {
        var count = Lanes()
        for b in 0..<blocks { count += resp[b * k + c] }
        stats.counts[c] += count.sum()
        for i in 0..<d {
            let mean = Lanes(repeating: means[c * d + i])
            var sum = Lanes(), squares = Lanes()
            for b in 0..<blocks {
                let v = x[b * d + i] - mean
                let w = resp[b * k + c] * v
                sum += w
                squares += w * v
            }
            stats.sums[c * d + i] += sum.sum()
            stats.scatters[c * d + i] += squares.sum()
        }
    }
}
