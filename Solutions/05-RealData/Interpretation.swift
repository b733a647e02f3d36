#if Solutions || REFERENCE_COPY // built with --traits Solutions, or as a copy in Exercises/; a student's build skips it
// Chapter 05, the notebook's "Interpretability" question: do the clusters match what we know
// about the points (here, the penguins' species)? Parts 6 to 8. See RealDataEM.swift for how to
// check your work.
import EMKit

/// The cluster each point is assigned to: the one with the largest responsibility
/// (`np.argmax` of each row: on a tie, the first such cluster).
public func clusterAssignments(_ resp: Matrix) -> [Int] {
    // Part 6
    resp.map { row in row.indices.reduce(0) { best, k in row[k] > row[best] ? k : best } }
}

/// The contingency table of clusters against known classes: `table[k][c]` counts the points
/// assigned to cluster k whose class is c (`clusters` rows, `classes` columns).
public func contingencyTable(assignments: [Int], labels: [Int], clusters: Int, classes: Int) -> [[Int]] {
    // Part 7
    var table = Array(repeating: Array(repeating: 0, count: classes), count: clusters)
    for (k, c) in zip(assignments, labels) { table[k][c] += 1 }
    return table
}

/// The purity of a clustering: each cluster is credited with the points of its most common
/// class, `purity = Σₖ maxᶜ table[k][c] / N`, where N is the number of points in the table.
/// 1 means every cluster holds a single class.
public func clusteringPurity(_ table: [[Int]]) -> Double {
    // Part 8
    let total = table.joined().reduce(0, +)
    return Double(table.map { $0.max() ?? 0 }.reduce(0, +)) / Double(total)
}
#endif
