import EMKit
import Foundation
import Testing

@Suite("small dense linear algebra")
struct LinearAlgebraTests {
    let spd: Matrix = [[4, 2, 0.4], [2, 3, 0.5], [0.4, 0.5, 1]]

    @Test("Cholesky reproduces the matrix and its log-determinant")
    func cholesky() throws {
        let factor = try Cholesky(spd)
        let l = factor.lower
        for i in 0..<3 {
            for j in 0..<3 {
                let product = (0..<3).reduce(0.0) { $0 + l[i][$1] * l[j][$1] }
                #expect(isClose(product, spd[i][j], tolerance: 1e-15))
            }
        }
        let determinant = try LUDecomposition(spd).determinant
        #expect(isClose(factor.logDeterminant, log(determinant), tolerance: 1e-14))
    }

    @Test("solve, inverse and determinant agree with each other")
    func solves() throws {
        let b: Vector = [1, -2, 0.5]
        let x = try Cholesky(spd).solve(b)
        let y = try LUDecomposition(spd).solve(b)
        for i in 0..<3 {
            #expect(isClose(LinearAlgebra.dot(spd[i], x), b[i], tolerance: 1e-14))
            #expect(isClose(x[i], y[i], tolerance: 1e-14))
        }
        let inverse = try LUDecomposition(spd).inverse()
        let identity = LinearAlgebra.identity(3)
        for i in 0..<3 { for j in 0..<3 {
            #expect(isClose(LinearAlgebra.dot(spd[i], inverse.map { $0[j] }), identity[i][j], tolerance: 1e-14))
        } }
        #expect(try LUDecomposition([[0, 1], [1, 0]]).determinant == -1)
    }

    @Test("failures are thrown errors")
    func failures() {
        #expect(throws: LinearAlgebraError.notPositiveDefinite(pivot: 1)) { try Cholesky([[1, 2], [2, 1]]) }
        #expect(throws: LinearAlgebraError.self) { try Cholesky([[1, 2]]) }
        #expect(throws: LinearAlgebraError.singular) { try LUDecomposition([[1, 2], [2, 4]]).solve([1, 1]) }
    }
}
