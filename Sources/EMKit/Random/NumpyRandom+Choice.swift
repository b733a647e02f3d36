/// Permutations and `choice`, drawn as numpy's legacy generator draws them.
extension NumpyRandom {
    /// A random permutation of 0 ..< n (`np.random.permutation(n)`): a Fisher–Yates shuffle
    /// from the last position down, each swap partner drawn with `interval(i)`.
    ///
    /// - Complexity: O(n) time and memory; it consumes at least n − 1 words.
    public mutating func permutation(_ n: Int) -> [Int] {
        var values = Array(0..<max(n, 0))
        var i = values.count - 1
        while i > 0 {
            let j = Int(interval(UInt64(i)))
            values.swapAt(i, j)
            i -= 1
        }
        return values
    }

    /// `np.random.choice(n, count, replace=False)`: the first `count` entries of a full
    /// permutation of 0 ..< n. The whole shuffle runs, as in numpy, so the draws consumed
    /// (and every number drawn afterwards) match.
    ///
    /// - Throws: `InputError` when `count` is negative or larger than `n`.
    public mutating func choice(_ n: Int, count: Int) throws(InputError) -> [Int] {
        guard n >= 0 else { throw InputError(parameter: "n", "population size must not be negative (got \(n))") }
        guard count >= 0, count <= n else {
            throw InputError(parameter: "count", "cannot choose \(count) of \(n) without replacement")
        }
        return Array(permutation(n).prefix(count))
    }

    /// `np.random.choice(len(p), 1, p=p)[0]`: one index drawn with probabilities `p`.
    ///
    /// As numpy does, it builds the running sum of `p`, divides it by its last entry, draws one
    /// uniform `u` and returns the number of running-sum entries that are ≤ u.
    ///
    /// - Throws: `InputError` when `p` is empty, has a negative or non-finite entry, or does not
    ///   sum to 1 within numpy's tolerance (√ε ≈ 1.5e−8).
    public mutating func choice(probabilities p: [Double]) throws(InputError) -> Int {
        try Self.validateProbabilities(p)
        let u = uniform()
        return Self.index(in: Self.normalizedCumulativeSum(p), for: u)
    }

    /// Checks the conditions numpy's `choice` puts on `p`.
    public static func validateProbabilities(_ p: [Double], name: String = "p") throws(InputError) {
        guard !p.isEmpty else { throw InputError(parameter: name, "probabilities must not be empty") }
        for (i, value) in p.enumerated() {
            guard value.isFinite else { throw InputError(parameter: "\(name)[\(i)]", "\(value) is not a finite number") }
            guard value >= 0 else { throw InputError(parameter: "\(name)[\(i)]", "probabilities must be non-negative (got \(value))") }
        }
        let total = p.reduce(0, +)
        guard abs(total - 1) <= Double.ulpOfOne.squareRoot() else {
            throw InputError(parameter: name, "probabilities must sum to 1 (they sum to \(total))")
        }
    }

    static func normalizedCumulativeSum(_ p: [Double]) -> [Double] {
        var running = 0.0
        let cdf = p.map { running += $0; return running }
        let last = cdf[cdf.count - 1]
        return cdf.map { $0 / last }
    }

    /// The number of entries of the sorted `cdf` that are ≤ u (`searchsorted(side="right")`).
    static func index(in cdf: [Double], for u: Double) -> Int {
        var low = 0, high = cdf.count
        while low < high {
            let mid = (low + high) / 2
            if cdf[mid] <= u { low = mid + 1 } else { high = mid }
        }
        return min(low, cdf.count - 1)
    }
}
