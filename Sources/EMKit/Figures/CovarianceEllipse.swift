import Foundation

/// The axes of the ellipse `{x : xᵀ Σ⁻¹ x = 1}` of a symmetric positive definite 2 × 2 matrix Σ.
///
/// For Σ = [[a, b], [b, c]] the eigenvalues are `λ = (a + c)/2 ± √(((a − c)/2)² + b²)` and the
/// major axis makes the angle `θ = ½ atan2(2b, a − c)` with the x axis. The ellipse at n standard
/// deviations has semi-axes `n√λ₁` and `n√λ₂`; it is where `plt.contour` of the Gaussian's
/// density draws a level line, and what `draw_ellipse` in the lecture notebook draws from an SVD.
public struct CovarianceEllipse: Sendable, Equatable {
    /// √λ₁, the semi-axis along `angle` (the larger one).
    public var majorRadius: Double
    /// √λ₂, the semi-axis across it.
    public var minorRadius: Double
    /// The direction of the major axis, in radians from the x axis, in (−π/2, π/2].
    public var angle: Double

    /// The axes of Σ, or nil when Σ is not 2 × 2, not finite, or not positive definite.
    public init?(_ covariance: Matrix) {
        guard covariance.count == 2, covariance.allSatisfy({ $0.count == 2 }), LinearAlgebra.isFinite(covariance) else { return nil }
        self.init(a: covariance[0][0], b: (covariance[0][1] + covariance[1][0]) / 2, c: covariance[1][1])
    }

    /// The axes of [[a, b], [b, c]], or nil when it is not positive definite.
    public init?(a: Double, b: Double, c: Double) {
        let mean = (a + c) / 2
        let radius = hypot((a - c) / 2, b)   // hypot keeps accuracy when b is tiny
        let large = mean + radius, small = mean - radius
        guard a > 0, c > 0, a * c - b * b > 0, small > 0, large.isFinite else { return nil }
        majorRadius = large.squareRoot()
        minorRadius = small.squareRoot()
        angle = b == 0 && a >= c ? 0 : atan2(2 * b, a - c) / 2
    }

    /// The ellipse's image under the diagonal map (x, y) ↦ (sx·x, sy·y): how a data-space
    /// ellipse looks in pixels, for any aspect ratio (the image of Σ is S Σ Sᵀ).
    public static func scaled(_ covariance: Matrix, sx: Double, sy: Double) -> CovarianceEllipse? {
        guard covariance.count == 2, covariance.allSatisfy({ $0.count == 2 }) else { return nil }
        let b = (covariance[0][1] + covariance[1][0]) / 2
        return CovarianceEllipse(a: sx * sx * covariance[0][0], b: sx * sy * b, c: sy * sy * covariance[1][1])
    }

    /// Half the width and half the height of the axis-aligned box around the ellipse at
    /// `n` standard deviations: `n√Σ₁₁` and `n√Σ₂₂`.
    public static func halfExtent(_ covariance: Matrix, standardDeviations n: Double) -> (x: Double, y: Double)? {
        guard covariance.count == 2, covariance.allSatisfy({ $0.count == 2 }),
              covariance[0][0] >= 0, covariance[1][1] >= 0 else { return nil }
        return (n * covariance[0][0].squareRoot(), n * covariance[1][1].squareRoot())
    }
}
