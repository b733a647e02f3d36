import EMKit
import SubmissionCalls
#if Solutions
import Solutions
#else
import Exercises
#endif

// Chapter 05: each request runs the submission's function of the same name.
extension StandardizeRequest: Performable {
    func perform() -> Matrix { standardizeColumns(data) }
}

extension RealDataInitRequest: Performable {
    func perform() -> GaussianMixture { realDataInitialization(data, components: components, seed: seed) }
}

extension FitRealDataRequest: Performable {
    func perform() -> NotebookEMResult { fitRealData(data, components: components, seed: seed, maxiter: maxiter) }
}

extension EntropyRequest: Performable {
    func perform() -> Vector { responsibilityEntropy(resp) }
}

extension MostUncertainRequest: Performable {
    func perform() -> [Int] { mostUncertainPoints(entropy, count: count) }
}

extension AssignmentsRequest: Performable {
    func perform() -> [Int] { clusterAssignments(resp) }
}

extension ContingencyRequest: Performable {
    func perform() -> [[Int]] { contingencyTable(assignments: assignments, labels: labels, clusters: clusters, classes: classes) }
}

extension PurityRequest: Performable {
    func perform() -> Double { clusteringPurity(table) }
}
