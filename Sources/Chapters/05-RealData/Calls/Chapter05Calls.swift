import EMKit

/// `standardizeColumns(_:)` (part 1).
public struct StandardizeRequest: SubmissionCall {
    public static let function = "standardizeColumns"
    public typealias Response = Matrix
    public var data: Matrix

    public init(data: Matrix) {
        self.data = data
    }
}

/// `realDataInitialization(_:components:seed:)` (part 2).
public struct RealDataInitRequest: SubmissionCall {
    public static let function = "realDataInitialization"
    public typealias Response = GaussianMixture
    public var data: Matrix
    public var components: Int
    public var seed: UInt32

    public init(data: Matrix, components: Int, seed: UInt32) {
        self.data = data
        self.components = components
        self.seed = seed
    }
}

/// `fitRealData(_:components:seed:maxiter:)` (part 3).
public struct FitRealDataRequest: SubmissionCall {
    public static let function = "fitRealData"
    public typealias Response = NotebookEMResult
    public var data: Matrix
    public var components: Int
    public var seed: UInt32
    public var maxiter: Int

    public init(data: Matrix, components: Int, seed: UInt32, maxiter: Int) {
        self.data = data
        self.components = components
        self.seed = seed
        self.maxiter = maxiter
    }
}

/// `responsibilityEntropy(_:)` (part 4).
public struct EntropyRequest: SubmissionCall {
    public static let function = "responsibilityEntropy"
    public typealias Response = Vector
    public var resp: Matrix

    public init(resp: Matrix) {
        self.resp = resp
    }
}

/// `mostUncertainPoints(_:count:)` (part 5).
public struct MostUncertainRequest: SubmissionCall {
    public static let function = "mostUncertainPoints"
    public typealias Response = [Int]
    public var entropy: Vector
    public var count: Int

    public init(entropy: Vector, count: Int) {
        self.entropy = entropy
        self.count = count
    }
}

/// `clusterAssignments(_:)` (part 6).
public struct AssignmentsRequest: SubmissionCall {
    public static let function = "clusterAssignments"
    public typealias Response = [Int]
    public var resp: Matrix

    public init(resp: Matrix) {
        self.resp = resp
    }
}

/// `contingencyTable(assignments:labels:clusters:classes:)` (part 7).
public struct ContingencyRequest: SubmissionCall {
    public static let function = "contingencyTable"
    public typealias Response = [[Int]]
    public var assignments: [Int]
    public var labels: [Int]
    public var clusters: Int
    public var classes: Int

    public init(assignments: [Int], labels: [Int], clusters: Int, classes: Int) {
        self.assignments = assignments
        self.labels = labels
        self.clusters = clusters
        self.classes = classes
    }
}

/// `clusteringPurity(_:)` (part 8).
public struct PurityRequest: SubmissionCall {
    public static let function = "clusteringPurity"
    public typealias Response = Double
    public var table: [[Int]]

    public init(table: [[Int]]) {
        self.table = table
    }
}
