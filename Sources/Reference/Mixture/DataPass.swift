// edition: omit (the reference mixture engine; it would answer the exercises)
import EMKit
import Foundation

/// One pass of the fused E-step over all the data, split across the cores.
///
/// The rows are cut into a fixed number of parts that depends only on N (at most 16, each a
/// multiple of 8 rows). `DispatchQueue.concurrentPerform` runs the parts on however many cores
/// there are; each part writes its own statistics, and the parts are added in index order. So
/// the sums, and every number EM reports, are the same on 1 core or 64.
///
/// - Returns: the statistics of all rows, with the log-likelihood of `parameters`.
func dataPass(_ data: LaneData, _ parameters: FlatMixture, _ factors: ComponentFactors) -> SufficientStatistics {
    let n = data.rows, k = parameters.components, d = parameters.dimension
    let partCount = max(1, min(16, n / 2048))
    let partRows = ((n + partCount - 1) / partCount + 7) / 8 * 8
    let empty = SufficientStatistics(components: k, dimension: d, type: parameters.type)
    let results = PartResults(count: partCount, initial: empty)
    defer { results.release() }
    data.lanes.withUnsafeBufferPointer { values in
        parameters.means.withUnsafeBufferPointer { means in
            factors.factors.withUnsafeBufferPointer { factorValues in
                factors.inverseDiagonals.withUnsafeBufferPointer { inverseDiagonals in
                    factors.logConstants.withUnsafeBufferPointer { logConstants in
                        guard let values = values.baseAddress, let means = means.baseAddress, let factorValues = factorValues.baseAddress,
                              let inverseDiagonals = inverseDiagonals.baseAddress, let logConstants = logConstants.baseAddress
                        else { return }
                        let kernel = SendableKernel(
                            kernel: EStepKernel(
                                type: parameters.type, k: k, d: d, means: means, factors: factorValues,
                                inverseDiagonals: inverseDiagonals, logConstants: logConstants),
                            data: values)
                        let work: @Sendable (Int) -> Void = { part in
                            let lower = min(n, part * partRows), upper = min(n, lower + partRows)
                            var stats = empty
                            kernel.kernel.accumulate(kernel.data, rows: lower..<upper, into: &stats)
                            results.store(stats, at: part)
                        }
                        if partCount == 1 { work(0) } else { DispatchQueue.concurrentPerform(iterations: partCount, execute: work) }
                    }
                }
            }
        }
    }
    var total = empty
    for part in 0..<partCount { total.add(results.value(at: part)) }
    return total
}

/// The kernel and the data pointer, shared read-only by the parts.
private struct SendableKernel: @unchecked Sendable {
    let kernel: EStepKernel
    let data: UnsafePointer<Lanes>
}

/// One slot per part; each part writes only its own slot, and the slots are read after
/// `concurrentPerform` returns.
private final class PartResults: @unchecked Sendable {
    private let slots: UnsafeMutablePointer<SufficientStatistics>
    private let count: Int

    init(count: Int, initial: SufficientStatistics) {
        self.count = count
        slots = .allocate(capacity: count)
        slots.initialize(repeating: initial, count: count)
    }

    func store(_ value: SufficientStatistics, at index: Int) { slots[index] = value }

    func value(at index: Int) -> SufficientStatistics { slots[index] }

    func release() {
        slots.deinitialize(count: count)
        slots.deallocate()
    }
}
