import EMKit
#if Solutions
import Solutions
#else
import Exercises
#endif

/// `standardizeColumns(_:)` (part 1).
public struct StandardizeRequest: SubmissionCall {
    public static let function = "standardizeColumns"
    public var data: Matrix
    public func perform() -> Matrix { standardizeColumns(data) }
}

/// `realDataInitialization(_:components:seed:)` (part 2).
public struct RealDataInitRequest: SubmissionCall {
    public static let function = "realDataInitialization"
    public var data: Matrix
    public var components: Int
    public var seed: UInt32
    public func perform() -> GaussianMixture { realDataInitialization(data, components: components, seed: seed) }
}

/// `fitRealData(_:components:seed:maxiter:)` (part 3).
public struct FitRealDataRequest: SubmissionCall {
    public static let function = "fitRealData"
    public var data: Matrix
    public var components: Int
    public var seed: UInt32
    public var maxiter: Int
    public func perform() -> NotebookEMResult { fitRealData(data, components: components, seed: seed, maxiter: maxiter) }
}

/// `responsibilityEntropy(_:)` (part 4).
public struct EntropyRequest: SubmissionCall {
    public static let function = "responsibilityEntropy"
    public var resp: Matrix
    public func perform() -> Vector { responsibilityEntropy(resp) }
}

/// `mostUncertainPoints(_:count:)` (part 5).
public struct MostUncertainRequest: SubmissionCall {
    public static let function = "mostUncertainPoints"
    public var entropy: Vector
    public var count: Int
    public func perform() -> [Int] { mostUncertainPoints(entropy, count: count) }
}

/// `clusterAssignments(_:)` (part 6).
public struct AssignmentsRequest: SubmissionCall {
    public static let function = "clusterAssignments"
    public var resp: Matrix
    public func perform() -> [Int] { clusterAssignments(resp) }
}

/// `contingencyTable(assignments:labels:clusters:classes:)` (part 7).
public struct ContingencyRequest: SubmissionCall {
    public static let function = "contingencyTable"
    public var assignments: [Int]
    public var labels: [Int]
    public var clusters: Int
    public var classes: Int
    public func perform() -> [[Int]] { contingencyTable(assignments: assignments, labels: labels, clusters: clusters, classes: classes) }
}

/// `clusteringPurity(_:)` (part 8).
public struct PurityRequest: SubmissionCall {
    public static let function = "clusteringPurity"
    public var table: [[Int]]
    public func perform() -> Double { clusteringPurity(table) }
}

extension Chapter05Runs {
    /// Every function of chapter 05 the grader calls.
    static let calls: [any SubmissionCall.Type] = [
        StandardizeRequest.self, RealDataInitRequest.self, FitRealDataRequest.self, EntropyRequest.self,
        MostUncertainRequest.self, AssignmentsRequest.self, ContingencyRequest.self, PurityRequest.self,
    ]
}
