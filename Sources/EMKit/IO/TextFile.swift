import Foundation

/// Reads a whole text file, answering the usual failures with an `InputError` that names it.
///
/// A UTF-8 byte-order mark at the start is dropped. Bytes that are not UTF-8 are refused with
/// the line and character where the first one is.
public func readTextFile(_ path: String, limit: Int = InputLimits.maxFileBytes) throws(InputError) -> String {
    let data = try readFileBytes(path, limit: limit)
    guard let text = String(data: data, encoding: .utf8) else {
        throw firstNonUTF8Byte(data, source: path)
    }
    return text.unicodeScalars.first == "\u{FEFF}" ? String(text.unicodeScalars.dropFirst()) : text
}

/// Reads a whole file's bytes, answering a missing file, a directory, an unreadable file or
/// one larger than `limit` bytes with an `InputError` that names it.
///
/// Devices, pipes and process substitutions (`<(…)`) are read to their end or to `limit + 1`
/// bytes, whichever comes first; `/dev/null` reads as an empty file.
public func readFileBytes(_ path: String, limit: Int = InputLimits.maxFileBytes) throws(InputError) -> Data {
    guard !path.isEmpty else { throw InputError(location: "\"\"", "an empty path names no file") }
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
        throw InputError(file: path, "no such file")
    }
    guard !isDirectory.boolValue else { throw InputError(file: path, "is a directory, not a file") }
    guard FileManager.default.isReadableFile(atPath: path) else {
        throw InputError(file: path, "cannot be read (permission denied)")
    }
    func bytes(_ count: Int) -> String {
        count >= 1 << 20 && count % (1 << 20) == 0 || count >= 10 << 20
            ? "\((count >> 20).thousandsGrouped) MiB" : "\(count.thousandsGrouped) bytes"
    }
    func tooLarge(_ size: Int?) -> InputError {
        let actual = size.map { "is \(bytes($0))" } ?? "is larger than that"
        return InputError(file: path, "\(actual); the kit reads files of at most \(bytes(limit))")
    }
    let attributes = try? FileManager.default.attributesOfItem(atPath: path)
    var expected = 0
    if (attributes?[.type] as? FileAttributeType) == .typeRegular, let size = (attributes?[.size] as? NSNumber)?.intValue {
        guard size <= limit else { throw tooLarge(size) }
        expected = size
    }
    guard let handle = FileHandle(forReadingAtPath: path) else {
        throw InputError(file: path, "cannot be opened for reading")
    }
    defer { try? handle.close() }
    var data = Data()
    data.reserveCapacity(expected)
    while data.count <= limit {
        let chunk: Data?
        do { chunk = try handle.read(upToCount: Swift.min(1 << 22, limit + 1 - data.count)) } catch {
            throw InputError(file: path, "cannot be read (\(error.localizedDescription))")
        }
        guard let chunk, !chunk.isEmpty else { break }
        data.append(chunk)
    }
    guard data.count <= limit else { throw tooLarge(nil) }
    return data
}

/// The error for bytes that are not UTF-8: the line (counting `\n`, `\r\n` and `\r` as line
/// ends) and the character on it where the first bad byte is.
package func firstNonUTF8Byte(_ data: Data, source: String) -> InputError {
    var parser = Unicode.UTF8.ForwardParser()
    var iterator = data.makeIterator()
    var line = 1, character = 1, offset = 0
    var afterCR = false
    while true {
        switch parser.parseScalar(from: &iterator) {
        case .valid(let encoded):
            let byte = encoded.first ?? 0
            offset += encoded.count
            if byte == 10 {
                if !afterCR { line += 1 }
                character = 1
            } else if byte == 13 {
                line += 1
                character = 1
            } else {
                character += 1
            }
            afterCR = byte == 13
        case .error(let length):
            let bad = data[data.startIndex + offset]
            _ = length
            return InputError(file: source, line: line, "byte 0x\(String(bad, radix: 16, uppercase: true)) at character \(character) is not UTF-8 text")
        case .emptyInput:
            return InputError(file: source, "is not UTF-8 text")
        }
    }
}
