// Adversarial submission: looks for classmates' work (their EM.swift, their results, the class's
// CSV, the kit's reference solutions) and the grader's own command line, and crashes with
// "LEAK:" and what it saw if it finds any. The call sees none of them.
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
    let mine = #filePath
    var seen: [String] = []
    for path in filesNearby() where path != mine {
        let name = (path as NSString).lastPathComponent
        if name == "EM.swift" && !path.contains("/Sources/") { seen.append(path) }
        if name.hasSuffix(".csv") && path.contains("grades") { seen.append(path) }
        if path.contains("/results/") && name.hasSuffix(".json") { seen.append(path) }
        if path.contains("/Solutions/") { seen.append(path) }
    }
    for entry in (try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? [] where Int32(entry) != nil {
        let command = (try? String(contentsOfFile: "/proc/\(entry)/cmdline", encoding: .utf8)) ?? ""
        if command.contains("grade") { seen.append("/proc/\(entry)/cmdline: " + command.replacingOccurrences(of: "\u{0}", with: " ")) }
    }
    if !seen.isEmpty { fatalError("LEAK: " + seen.prefix(3).joined(separator: "; ")) }
    return NotebookEMResult(weights: initWeights, means: initMeans, covs: initCovariances, loglik: [.nan], resp: [])
}
