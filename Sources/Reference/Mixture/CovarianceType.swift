// edition: omit (the reference mixture engine; it would answer the exercises)
import EMKit
/// The shape of the covariance matrices a mixture fit may use (scikit-learn's `covariance_type`).
///
/// | case        | each component has                 | free covariance parameters |
/// |-------------|------------------------------------|----------------------------|
/// | `full`      | its own d × d matrix Σₖ            | K · d(d + 1)/2             |
/// | `tied`      | one d × d matrix Σ shared by all   | d(d + 1)/2                 |
/// | `diagonal`  | its own diagonal diag(σ²ₖ₁ … σ²ₖd) | K · d                      |
/// | `spherical` | its own multiple of the identity   | K                          |
public enum CovarianceType: String, Sendable, CaseIterable, Codable {
    case full
    case tied
    case diagonal
    case spherical

    /// Reads the command-line spelling: `full`, `tied`, `diagonal` (or `diag`), `spherical`.
    public init?(argument: String) {
        switch argument {
        case "full": self = .full
        case "tied": self = .tied
        case "diagonal", "diag": self = .diagonal
        case "spherical": self = .spherical
        default: return nil
        }
    }

    /// True for the types whose E-step needs a triangular solve (full and tied); false for the
    /// types whose covariances are diagonal (diagonal and spherical).
    var usesTriangularFactor: Bool { self == .full || self == .tied }

    /// The number of free parameters of a K-component mixture in d dimensions:
    /// `(K − 1)` weights `+ K·d` means `+` the covariance parameters in the table above.
    /// This is scikit-learn's `_n_parameters`, used by BIC and AIC.
    public func parameterCount(components k: Int, dimension d: Int) -> Int {
        let covariance: Int
        switch self {
        case .full: covariance = k * d * (d + 1) / 2
        case .tied: covariance = d * (d + 1) / 2
        case .diagonal: covariance = k * d
        case .spherical: covariance = k
        }
        return (k - 1) + k * d + covariance
    }
}
