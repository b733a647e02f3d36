import Autograder
import Foundation
import Testing

/// Answer-key numbers: a digest must accept exactly what the clear value accepts, within the
/// grader's rounding, so the student edition judges answers as the full kit does.
@Suite("answer-key numbers")
struct KeyNumberTests {
    @Test("a digest matches the same number, and the same number off by far less than the rounding",
          arguments: [0.123456789, 7.25000001, -541.3163, 1.5e-20, 0, -0.0000004, 123456.78])
    func digestMatches(_ x: Double) {
        let key = KeyNumber.hiding(x)
        #expect(key.matches(x))
        #expect(key.matches(x + 1e-13 * max(1, abs(x))))
        #expect(key.value == nil)
    }

    @Test("a digest rejects a number that differs in the sixth decimal or the seventh digit",
          arguments: [0.5, 2.71828183, 0.0625, -318.8309, 1e-3])
    func digestRejects(_ x: Double) {
        let key = KeyNumber.hiding(x)
        #expect(!key.matches(x + 3e-6 * max(1, abs(x))))
        #expect(!key.matches(-x))
        #expect(!key.matches(.nan))
    }

    @Test("a clear value accepts within 1e-6 relative and says what it should be")
    func clearValue() {
        let key = KeyNumber.value(0.36817448)
        #expect(key.matches(0.36817448 + 5e-7))
        #expect(!key.matches(36.817448))
    }

    @Test("keys survive a JSON round trip in both forms")
    func roundTrip() throws {
        let keys = [KeyNumber.value(0.25), .hiding(0.25), .value(-3)]
        let data = try JSONEncoder().encode(keys)
        #expect(try JSONDecoder().decode([KeyNumber].self, from: data) == keys)
        let digest = String(decoding: try JSONEncoder().encode(KeyNumber.hiding(0.2718281828)), as: UTF8.self)
        #expect(!digest.contains("2718"), "a digest must not carry its value: \(digest)")
    }
}
