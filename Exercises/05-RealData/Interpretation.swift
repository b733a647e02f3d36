// Chapter 05, the notebook's "Interpretability" question: do the clusters match what we know
// about the points (here, the penguins' species)? Parts 6 to 8. See RealDataEM.swift for how to
// check your work.
import EMKit

/// The cluster each point is assigned to: the one with the largest responsibility
/// (`np.argmax` of each row: on a tie, the first such cluster).
public func clusterAssignments(_ resp: Matrix) -> [Int] {
    // YOUR CODE HERE (part 6)
    return []
}

/// The contingency table of clusters against known classes: `table[k][c]` counts the points
/// assigned to cluster k whose class is c (`clusters` rows, `classes` columns).
public func contingencyTable(assignments: [Int], labels: [Int], clusters: Int, classes: Int) -> [[Int]] {
    // YOUR CODE HERE (part 7)
    return []
}

/// The purity of a clustering: each cluster is credited with the points of its most common
/// class, `purity = Σₖ maxᶜ table[k][c] / N`, where N is the number of points in the table.
/// 1 means every cluster holds a single class.
public func clusteringPurity(_ table: [[Int]]) -> Double {
    // YOUR CODE HERE (part 8)
    return .nan
}
