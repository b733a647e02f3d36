import EMKit

/// Chapter 04: covariance shapes, scikit-learn's k-means start and the library's queries.
public enum Chapter04: ChapterDeclaration {
    public static let number = 4
    public static let title = "Covariance variants and the library view"
    public static let folder = "04-CovarianceVariants"
    public static let parts = [
        ExercisePart(1, "sphericalVariances", in: "CovarianceVariants.swift", "one variance per cluster"),
        ExercisePart(2, "diagonalVariances", in: "CovarianceVariants.swift", "a variance per cluster and coordinate"),
        ExercisePart(3, "mixtureMStep", in: "CovarianceVariants.swift", "the M-step for every shape"),
        ExercisePart(4, "kMeansPlusPlusIndices", in: "Seeding.swift", "k-means++ seeds"),
        ExercisePart(5, "startFromSeeds", in: "Seeding.swift", "a start from seed points"),
        ExercisePart(6, "mixtureLogDensities", in: "FitQueries.swift", "score_samples"),
        ExercisePart(7, "membershipProbabilities", in: "FitQueries.swift", "predict_proba"),
        ExercisePart(8, "predictComponents", in: "FitQueries.swift", "predict"),
        ExercisePart(9, "fitCovarianceVariant", in: "FitQueries.swift", "the EM loop with a covariance shape"),
        ExercisePart(10, "sampleFromFit", in: "FitQueries.swift", "new points from a fit"),
        ExercisePart(11, "kMeansLabels", in: "Seeding.swift", "Lloyd's iterations"),
        ExercisePart(12, "kMeansStart", in: "Seeding.swift", "scikit-learn's default start"),
    ]
    public static let calls: [any SubmissionCall.Type] = [
        SphericalVariancesRequest.self, DiagonalVariancesRequest.self, MixtureMStepRequest.self, KMeansPlusPlusRequest.self,
        StartFromSeedsRequest.self, KMeansLabelsRequest.self, KMeansStartRequest.self, LogDensitiesRequest.self,
        MembershipsRequest.self, PredictRequest.self, VariantFitRequest.self, SampleFromFitRequest.self,
    ]
}
