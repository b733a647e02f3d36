import EMKit

/// Chapter 02: EM split into one function a quantity, and the loop that calls them.
public enum Chapter02: ChapterDeclaration {
    public static let number = 2
    public static let title = "EM in functions"
    public static let folder = "02-ModularEM"
    public static let parts = [
        ExercisePart(1, "computeResponsibilities", in: "ModularEM.swift", "the E-step"),
        ExercisePart(2, "computeSoftCounts", in: "ModularEM.swift", "the soft counts Nₖ"),
        ExercisePart(3, "computeWeights", in: "ModularEM.swift", "the weights"),
        ExercisePart(4, "computeMeans", in: "ModularEM.swift", "the means"),
        ExercisePart(5, "computeCovariances", in: "ModularEM.swift", "the covariances"),
        ExercisePart(6, "emAlgorithm", in: "ModularEM.swift", "the loop"),
    ]
    public static let calls: [any SubmissionCall.Type] = [
        ResponsibilitiesRequest.self, SoftCountsRequest.self, WeightsRequest.self, MeansRequest.self,
        CovariancesRequest.self, EMAlgorithmRequest.self,
    ]
}
