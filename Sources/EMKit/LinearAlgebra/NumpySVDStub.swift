// TEMPORARY stub until NumpySVD.swift lands.
public struct NumpySVD: Sendable, Equatable {
    public var singularValues: [Double]
    public var vh: [[Double]]
    public init?(symmetric matrix: [[Double]]) { return nil }
}
