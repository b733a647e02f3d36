import Foundation

/// Reads a whole text file, answering the usual failures with an `InputError` that names it.
public func readTextFile(_ path: String) throws(InputError) -> String {
    let data = try readFileBytes(path)
    guard let text = String(data: data, encoding: .utf8) else {
        throw InputError(file: path, "is not UTF-8 text")
    }
    return text
}

/// Reads a whole file's bytes, answering a missing file, a directory or an unreadable file
/// with an `InputError` that names it.
public func readFileBytes(_ path: String) throws(InputError) -> Data {
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
        throw InputError(file: path, "no such file")
    }
    guard !isDirectory.boolValue else { throw InputError(file: path, "is a directory, not a file") }
    guard let data = FileManager.default.contents(atPath: path) else {
        throw InputError(file: path, "cannot be read (check its permissions)")
    }
    return data
}
