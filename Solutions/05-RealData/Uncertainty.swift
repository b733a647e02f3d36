#if Solutions || REFERENCE_COPY // built with --traits Solutions, or as a copy in Exercises/; a student's build skips it
// Chapter 05, the notebook's "Uncertainty" question: how sure is EM about each point?
// Parts 4 and 5. See RealDataEM.swift for how to check your work.
import EMKit
import Foundation

/// The entropy of each point's responsibilities, in nats:
/// `Hⱼ = −Σₖ resp[j][k] · log resp[j][k]`, where a zero responsibility adds nothing (0 · log 0 = 0).
///
/// 0 means the point belongs to one cluster for sure; log K means EM cannot tell the K apart.
public func responsibilityEntropy(_ resp: Matrix) -> Vector {
    // Part 4
    resp.map { row in -row.reduce(0) { total, r in r > 0 ? total + r * log(r) : total } }
}

/// The indices of the `count` points with the largest entropy, most uncertain first; points
/// with equal entropy come in index order.
public func mostUncertainPoints(_ entropy: Vector, count: Int) -> [Int] {
    // Part 5
    let order = entropy.indices.sorted { a, b in entropy[a] != entropy[b] ? entropy[a] > entropy[b] : a < b }
    return Array(order.prefix(max(count, 0)))
}
#endif
