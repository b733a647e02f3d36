import EMKit
import SubmissionCalls

/// A reference number as an answer key keeps it: the value itself, or only a digest of the
/// value rounded, so that a student edition can check an answer without containing it.
///
/// Both forms use the same scale as the rest of the grader (`agrees`): numbers below 1 in size
/// to six decimals, larger ones to seven significant digits.
public enum KeyNumber: Sendable, Equatable {
    case value(Double)
    case digest(String)

    /// The digest form of `x`.
    public static func hiding(_ x: Double) -> KeyNumber { .digest(digest(of: x)) }

    /// Whether the student's `x` is the reference's number.
    public func matches(_ x: Double) -> Bool {
        switch self {
        case .value(let reference): return agrees(x, reference)
        case .digest(let digest): return Self.digest(of: x) == digest
        }
    }

    /// The reference value for feedback, or nil when only its digest is known.
    public var value: Double? {
        if case .value(let x) = self { return x }
        return nil
    }

    /// What feedback says the number should be: "where it should be 0.36817448", or, for a
    /// digest, that it is not the reference's number.
    func expectation(for got: Double) -> String {
        switch self {
        case .value(let x): return "is \(show(got)) where it should be \(show(x))"
        case .digest: return "is \(show(got)), which is not the reference's value"
        }
    }

    /// The canonical rounded text of `x`: six decimals below 1 in size, seven significant
    /// digits above; "-0" is "0".
    static func rounded(_ x: Double) -> String {
        guard x.isFinite else { return x.isNaN ? "nan" : (x > 0 ? "inf" : "-inf") }
        var text = abs(x) < 1 ? String(format: "%.6f", x) : String(format: "%.6e", x)
        if text == "-0.000000" { text = "0.000000" }
        return text
    }

    /// FNV-1a (64 bits) of the rounded text, in hex. Not a secret: it keeps the numbers out of
    /// sight, which is all a student edition needs.
    static func digest(of x: Double) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in ("emkit:" + rounded(x)).utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01b3
        }
        let hex = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }
}

extension KeyNumber: Codable {
    /// A value is stored as a number, a digest as a string prefixed with "h:".
    public init(from decoder: Decoder) throws {
        let container = try decoder.singleValueContainer()
        if let text = try? container.decode(String.self), text.hasPrefix("h:") {
            self = .digest(String(text.dropFirst(2)))
        } else {
            self = .value(try container.decode(Double.self))
        }
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .value(let x): try container.encode(x)
        case .digest(let d): try container.encode("h:" + d)
        }
    }
}

/// Agreement test used throughout the grader: `|a − b| ≤ 1e−6 · max(1, |b|)`.
///
/// A correct EM written another way (log space, other summation order) agrees with the
/// reference to about 1e−12 after the notebook's 23 iterations; any real mistake moves some
/// value by far more than 1e−6.
public func agrees(_ a: Double, _ b: Double) -> Bool {
    abs(a - b) <= 1e-6 * max(1, abs(b))
}

/// A number for feedback, to eight significant digits.
public func show(_ x: Double) -> String {
    x.isFinite ? String(format: "%.8g", x) : "\(x)"
}
