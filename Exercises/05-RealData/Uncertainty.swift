// Chapter 05, the notebook's "Uncertainty" question: how sure is EM about each point?
// Parts 4 and 5. See RealDataEM.swift for how to check your work.
import EMKit
import Foundation

/// The entropy of each point's responsibilities, in nats:
/// `Hⱼ = −Σₖ resp[j][k] · log resp[j][k]`, where a zero responsibility adds nothing (0 · log 0 = 0).
///
/// 0 means the point belongs to one cluster for sure; log K means EM cannot tell the K apart.
public func responsibilityEntropy(_ resp: Matrix) -> Vector {
    // YOUR CODE HERE (part 4)
    return []
}

/// The indices of the `count` points with the largest entropy, most uncertain first; points
/// with equal entropy come in index order.
public func mostUncertainPoints(_ entropy: Vector, count: Int) -> [Int] {
    // YOUR CODE HERE (part 5)
    return []
}
