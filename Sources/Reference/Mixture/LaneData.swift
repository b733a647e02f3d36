// edition: omit (the reference mixture engine; it would answer the exercises)
import EMKit
/// The data laid out once per fit the way the E-step reads it: eight points side by side.
///
/// `lanes[b · d + i]` holds coordinate i of points 8b … 8b + 7; lanes past the last point are
/// 0. Every EM iteration then reads whole vectors, with no per-iteration transposition, at the
/// cost of one copy of the data (rounded up to a multiple of 8 points).
struct LaneData: Sendable {
    let lanes: [Lanes]
    let rows: Int
    let columns: Int

    init(_ data: DataMatrix) {
        let n = data.rows, d = data.columns
        let blocks = (n + 7) / 8
        var lanes = [Lanes](repeating: Lanes(), count: blocks * d)
        data.values.withUnsafeBufferPointer { values in
            for b in 0..<blocks {
                let valid = min(8, n - b * 8)
                for i in 0..<d {
                    var v = Lanes()
                    for lane in 0..<valid { v[lane] = values[(b * 8 + lane) * d + i] }
                    lanes[b * d + i] = v
                }
            }
        }
        self.lanes = lanes
        self.rows = n
        self.columns = d
    }
}
