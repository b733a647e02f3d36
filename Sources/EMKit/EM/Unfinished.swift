/// Marks the variables an unfinished exercise part will change, so that the compiler does not
/// warn "never mutated" about them before the part is written.
///
/// The skeletons in `Exercises/` put a call such as `unfinished(&means)` under a `YOUR CODE HERE`
/// marker. It does nothing: delete it once you have written the part (leaving it in is harmless).
@inlinable @inline(__always)
public func unfinished<A>(_ a: inout A) {}

/// `unfinished(_:)` for two variables at once.
@inlinable @inline(__always)
public func unfinished<A, B>(_ a: inout A, _ b: inout B) {}

/// `unfinished(_:)` for three variables at once.
@inlinable @inline(__always)
public func unfinished<A, B, C>(_ a: inout A, _ b: inout B, _ c: inout C) {}
