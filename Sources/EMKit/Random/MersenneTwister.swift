/// The 32-bit Mersenne Twister (MT19937) seeded the way `np.random.seed(s)` seeds it.
///
/// numpy's legacy generator (`np.random.seed`, `RandomState`) draws every number from this
/// stream of 32-bit words, so reproducing it word for word is the first step to getting the
/// notebooks' numbers. All arithmetic wraps modulo 2³², as in the C original.
public struct MersenneTwister: Sendable {
    private static let size = 624
    private static let shift = 397
    private static let matrixA: UInt32 = 0x9908_B0DF
    private static let upperMask: UInt32 = 0x8000_0000
    private static let lowerMask: UInt32 = 0x7FFF_FFFF

    private var key: [UInt32]
    private var position: Int

    /// Seeds with an integer the way `np.random.seed(seed)` does (MT19937's `init_genrand`):
    /// `key[0] = seed`, `key[i] = 1812433253 · (key[i−1] ⊕ (key[i−1] ≫ 30)) + i`.
    public init(seed: UInt32) {
        var key = [UInt32](repeating: 0, count: Self.size)
        key[0] = seed
        for i in 1..<Self.size {
            let previous = key[i - 1]
            key[i] = 1_812_433_253 &* (previous ^ (previous >> 30)) &+ UInt32(i)
        }
        self.key = key
        self.position = Self.size
    }

    /// The next 32-bit word of the stream (tempered MT19937 output).
    public mutating func next() -> UInt32 {
        if position == Self.size { regenerate() }
        var y = key[position]
        position += 1
        y ^= y >> 11
        y ^= (y << 7) & 0x9D2C_5680
        y ^= (y << 15) & 0xEFC6_0000
        y ^= y >> 18
        return y
    }

    /// Refills the whole block of 624 words (the "twist").
    private mutating func regenerate() {
        let n = Self.size, m = Self.shift
        for i in 0..<n {
            let y = (key[i] & Self.upperMask) | (key[(i + 1) % n] & Self.lowerMask)
            var next = key[(i + m) % n] ^ (y >> 1)
            if y & 1 == 1 { next ^= Self.matrixA }
            key[i] = next
        }
        position = 0
    }
}
