import Foundation

/// numpy's legacy random generator (`np.random.seed`, `np.random.RandomState`), reproduced so
/// that the kit draws exactly the numbers the notebooks draw.
///
/// ```swift
/// var random = NumpyRandom(seed: 4)          // np.random.seed(4)
/// random.uniform()                           // np.random.random_sample()
/// random.standardNormal()                    // np.random.standard_normal()
/// try random.choice(100, count: 3)           // np.random.choice(100, 3, replace=False)
/// ```
///
/// The methods consume the stream in the same order and amount as numpy, so mixing them
/// keeps the two generators in step; see `Documentation/numpy-compat` in the README.
public struct NumpyRandom: Sendable {
    private var twister: MersenneTwister
    /// The second value of the last polar-method pair, returned by the next `standardNormal()`.
    private var cachedGaussian: Double?

    /// `np.random.seed(seed)`: any seed in 0 ..< 2³².
    public init(seed: UInt32) {
        twister = MersenneTwister(seed: seed)
        cachedGaussian = nil
    }

    /// Reseeds the generator and forgets any cached gaussian, like `np.random.seed(seed)`.
    public mutating func seed(_ seed: UInt32) {
        self = NumpyRandom(seed: seed)
    }

    /// The next raw 32-bit word of the Mersenne Twister.
    public mutating func nextUInt32() -> UInt32 {
        twister.next()
    }

    /// A uniform double in [0, 1) with 53 random bits (`random_sample`):
    /// `(a · 2²⁶ + b) / 2⁵³` with `a` the top 27 bits of one word and `b` the top 26 of the next.
    public mutating func uniform() -> Double {
        let a = Double(twister.next() >> 5)
        let b = Double(twister.next() >> 6)
        return (a * 67_108_864.0 + b) / 9_007_199_254_740_992.0
    }

    /// A standard normal draw by the legacy polar (Marsaglia) method (`standard_normal`).
    ///
    /// Each accepted pair (x₁, x₂) yields two normals: `f·x₂` is returned now and `f·x₁` is kept
    /// for the next call, where `f = √(−2 ln r² / r²)`. The cached value survives calls to other
    /// methods (as in numpy) and is cleared only by reseeding.
    public mutating func standardNormal() -> Double {
        if let cached = cachedGaussian {
            cachedGaussian = nil
            return cached
        }
        var x1 = 0.0, x2 = 0.0, r2 = 0.0
        repeat {
            x1 = 2.0 * uniform() - 1.0
            x2 = 2.0 * uniform() - 1.0
            r2 = x1 * x1 + x2 * x2
        } while r2 >= 1.0 || r2 == 0.0
        let f = (-2.0 * log(r2) / r2).squareRoot()
        cachedGaussian = f * x1
        return f * x2
    }

    /// A uniform integer in 0...max by masked rejection (numpy's legacy `random_interval`):
    /// draw words masked to the smallest all-ones mask covering `max` until one is ≤ max.
    public mutating func interval(_ max: UInt64) -> UInt64 {
        if max == 0 { return 0 }
        var mask = max
        mask |= mask >> 1
        mask |= mask >> 2
        mask |= mask >> 4
        mask |= mask >> 8
        mask |= mask >> 16
        mask |= mask >> 32
        if max <= 0xFFFF_FFFF {
            while true {
                let value = UInt64(twister.next()) & mask
                if value <= max { return value }
            }
        }
        while true {
            let high = UInt64(twister.next()), low = UInt64(twister.next())
            let value = ((high << 32) | low) & mask
            if value <= max { return value }
        }
    }
}
