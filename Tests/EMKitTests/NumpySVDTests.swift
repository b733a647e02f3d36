import EMKit
import Testing

@Suite("the SVD numpy's multivariate_normal uses")
struct NumpySVDTests {
    static let file: Fixtures.SVDFile? = try? Fixtures.load("svd.json")

    @Test("the notebook's covariance [[.92, .38], [.38, .91]] gives numpy-compat.md's factors")
    func notebookCovariance() throws {
        let svd = try #require(NumpySVD(symmetric: [[0.92, 0.38], [0.38, 0.91]]))
        #expect(svd.singularValues == [1.2950328933131976, 0.5349671066868027])
        #expect(svd.vh == [[-0.7117431966202014, -0.7024397640117316], [-0.7024397640117316, 0.7117431966202014]])
    }

    @Test("diagonal matrices with ties order their rows as LAPACK does")
    func tiedDiagonal() throws {
        let a = try #require(NumpySVD(symmetric: [[0.2, 0, 0], [0, 0.2, 0], [0, 0, 0.1]]))
        #expect(a.vh.map { $0.firstIndex(of: 1) } == [1, 0, 2])
        let b = try #require(NumpySVD(symmetric: [[0.2, 0, 0], [0, 0.1, 0], [0, 0, 0.2]]))
        #expect(b.vh.map { $0.firstIndex(of: 1) } == [2, 0, 1])
    }

    @Test("every fixture matrix (2 × 2 full, diagonal, isotropic; diagonal up to 6-D) matches bit for bit")
    func fixtures() throws {
        let file = try #require(Self.file)
        #expect(file.cases.count >= 600)
        var mismatches = 0
        for fixture in file.cases {
            let svd = try #require(NumpySVD(symmetric: fixture.cov), "\(fixture.kind) \(fixture.cov)")
            if svd.singularValues != fixture.s || svd.vh != fixture.vh {
                mismatches += 1
                if mismatches <= 5 { Issue.record("\(fixture.kind) \(fixture.cov): got s \(svd.singularValues) vh \(svd.vh), numpy s \(fixture.s) vh \(fixture.vh)") }
            }
        }
        #expect(mismatches == 0)
    }

    @Test("a full 3 × 3 matrix has no exact rule and says so")
    func noRuleForFull3x3() {
        #expect(NumpySVD(symmetric: [[2, 0.3, 0], [0.3, 1, 0.2], [0, 0.2, 0.5]]) == nil)
    }
}
