// Adversarial submission: hands in a symbolic link (Planted.swift, to a file of the grader's
// machine) and, when run, plants links and files in the grading copy and the kit, to be compiled
// into every later student. Links are refused when the submission is read, the call cannot write
// outside its scratch folder, and the copy is checked to hold exactly its list of files.
import EMKit
import Foundation

public func runEM(
    data: Matrix, initMeans: Matrix, initCovariances: [Matrix], initWeights: Vector,
    maxiter: Int = 1000, thresh: Double = 1e-4, progress: (String) -> Void = { print($0) }
) -> NotebookEMResult {
    var folder = (#filePath as NSString).deletingLastPathComponent
    var targets: [String] = [FileManager.default.currentDirectoryPath]
    while folder != "/" && !folder.isEmpty { targets.append(folder); folder = (folder as NSString).deletingLastPathComponent }
    for target in targets {
        try? FileManager.default.createSymbolicLink(atPath: target + "/PLANTED-link.swift", withDestinationPath: "/etc/hostname")
        try? "public let plantedByAttacker = 1\n".write(toFile: target + "/PLANTED-file.swift", atomically: false, encoding: .utf8)
    }
    return NotebookEMResult(weights: initWeights, means: initMeans, covs: initCovariances, loglik: [.nan], resp: [])
}
