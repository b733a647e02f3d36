import EMKit

/// Chapter 05: EM on real measurements, its uncertainty and what the clusters mean.
public enum Chapter05: ChapterDeclaration {
    public static let number = 5
    public static let title = "Clustering real measurements"
    public static let folder = "05-RealData"
    public static let parts = [
        ExercisePart(1, "standardizeColumns", in: "RealDataEM.swift", "standardising the columns"),
        ExercisePart(2, "realDataInitialization", in: "RealDataEM.swift", "the starting parameters"),
        ExercisePart(3, "fitRealData", in: "RealDataEM.swift", "EM on real data"),
        ExercisePart(4, "responsibilityEntropy", in: "Uncertainty.swift", "the entropy of each point's responsibilities"),
        ExercisePart(5, "mostUncertainPoints", in: "Uncertainty.swift", "the most uncertain points"),
        ExercisePart(6, "clusterAssignments", in: "Interpretation.swift", "hard assignments"),
        ExercisePart(7, "contingencyTable", in: "Interpretation.swift", "the contingency table"),
        ExercisePart(8, "clusteringPurity", in: "Interpretation.swift", "purity"),
    ]
    public static let calls: [any SubmissionCall.Type] = [
        StandardizeRequest.self, RealDataInitRequest.self, FitRealDataRequest.self, EntropyRequest.self,
        MostUncertainRequest.self, AssignmentsRequest.self, ContingencyRequest.self, PurityRequest.self,
    ]
}
