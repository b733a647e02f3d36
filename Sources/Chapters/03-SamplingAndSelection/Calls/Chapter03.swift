import EMKit

/// Chapter 03: drawing from a mixture, recovering it, and choosing K by BIC and AIC.
public enum Chapter03: ChapterDeclaration {
    public static let number = 3
    public static let title = "Sampling and model selection"
    public static let folder = "03-SamplingAndSelection"
    public static let parts = [
        ExercisePart(1, "sampleMixture", in: "Sampling.swift", "drawing points from a mixture"),
        ExercisePart(2, "fitWithTraces", in: "ModelSelection.swift", "EM that records its traces"),
        ExercisePart(3, "closestPermutation", in: "ModelSelection.swift", "matching components to the truth"),
        ExercisePart(4, "parameterCount", in: "ModelSelection.swift", "parameter count, BIC and AIC"),
        ExercisePart(5, "sweepComponents", in: "ModelSelection.swift", "the sweep over K"),
    ]
    public static let calls: [any SubmissionCall.Type] = [
        SampleMixtureRequest.self, FitTracesRequest.self, PermutationRequest.self, CriteriaRequest.self, SweepRequest.self,
    ]
}
