import EMKit

/// Chapter 01: the EM loop in one function, as the first notebook writes it.
public enum Chapter01: ChapterDeclaration {
    public static let number = 1
    public static let title = "The EM loop"
    public static let folder = "01-EMLoop"
    public static let parts = [
        ExercisePart(1, "runEM", in: "EM.swift", "the responsibility of cluster k for point j"),
        ExercisePart(2, "runEM", in: "EM.swift", "the weight of cluster k"),
        ExercisePart(3, "runEM", in: "EM.swift", "the weighted sum of the points for the mean"),
        ExercisePart(4, "runEM", in: "EM.swift", "the mean of cluster k"),
        ExercisePart(5, "runEM", in: "EM.swift", "the weighted sum of outer products for the covariance"),
        ExercisePart(6, "runEM", in: "EM.swift", "the covariance of cluster k"),
        ExercisePart(7, "runEM", in: "EM.swift", "the log-likelihood of the new parameters"),
    ]
    public static let calls: [any SubmissionCall.Type] = [RunEMRequest.self]
}
