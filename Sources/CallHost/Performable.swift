import EMKit
import Foundation
import SubmissionCalls

/// A request the call host can run: `perform()` calls the submission's function.
protocol Performable: SubmissionCall {
    func perform() -> Response
}

extension Performable {
    /// Decodes the arguments, runs the submission's function and encodes what it returned.
    static func serve(_ arguments: Data) throws -> Data {
        let request = try ExchangeCoding.decoder.decode(Self.self, from: arguments)
        return try ExchangeCoding.encoder.encode(request.perform())
    }
}

/// Every submission function the grader may call, by name.
enum Performers {
    static let all: [any Performable.Type] = [
        // Chapter 01
        RunEMRequest.self,
        // Chapter 02
        ResponsibilitiesRequest.self, SoftCountsRequest.self, WeightsRequest.self, MeansRequest.self,
        CovariancesRequest.self, EMAlgorithmRequest.self,
        // Chapter 03
        SampleMixtureRequest.self, FitTracesRequest.self, PermutationRequest.self, CriteriaRequest.self, SweepRequest.self,
        // Chapter 04
        SphericalVariancesRequest.self, DiagonalVariancesRequest.self, MixtureMStepRequest.self, KMeansPlusPlusRequest.self,
        StartFromSeedsRequest.self, KMeansLabelsRequest.self, KMeansStartRequest.self, LogDensitiesRequest.self, MembershipsRequest.self, PredictRequest.self,
        VariantFitRequest.self, SampleFromFitRequest.self,
        // Chapter 05
        StandardizeRequest.self, RealDataInitRequest.self, FitRealDataRequest.self, EntropyRequest.self,
        MostUncertainRequest.self, AssignmentsRequest.self, ContingencyRequest.self, PurityRequest.self,
    ]

    static func named(_ name: String) -> (any Performable.Type)? {
        all.first { $0.function == name }
    }
}
