// edition: omit (instructor tooling)
import Foundation

/// A zip file written in memory: stored entries (no compression), Unix permissions kept, so a
/// script is executable where it is unpacked. Enough for an autograder package; no dependency.
struct ZipArchive {
    private var body = Data()
    private var directory = Data()
    private var count = 0

    /// Adds a file; `executable` marks scripts.
    mutating func add(_ path: String, _ data: Data, executable: Bool = false) {
        let name = Data(path.utf8)
        let crc = Self.crc32(data)
        let offset = UInt32(body.count)
        let (time, date) = Self.dosTime(Date())
        // Local file header.
        body.append(le32(0x0403_4b50)); body.append(le16(20)); body.append(le16(0x0800)); body.append(le16(0))
        body.append(le16(time)); body.append(le16(date)); body.append(le32(crc))
        body.append(le32(UInt32(data.count))); body.append(le32(UInt32(data.count)))
        body.append(le16(UInt16(name.count))); body.append(le16(0))
        body.append(name); body.append(data)
        // Central directory entry: made by Unix (3), the mode in the high half of the attributes.
        let mode: UInt32 = executable ? 0o100755 : 0o100644
        directory.append(le32(0x0201_4b50)); directory.append(le16(0x0314)); directory.append(le16(20))
        directory.append(le16(0x0800)); directory.append(le16(0)); directory.append(le16(time)); directory.append(le16(date))
        directory.append(le32(crc)); directory.append(le32(UInt32(data.count))); directory.append(le32(UInt32(data.count)))
        directory.append(le16(UInt16(name.count))); directory.append(le16(0)); directory.append(le16(0))
        directory.append(le16(0)); directory.append(le16(0)); directory.append(le32(mode << 16)); directory.append(le32(offset))
        directory.append(name)
        count += 1
    }

    /// The archive's bytes.
    var data: Data {
        var out = body
        out.append(directory)
        out.append(le32(0x0605_4b50)); out.append(le16(0)); out.append(le16(0))
        out.append(le16(UInt16(count))); out.append(le16(UInt16(count)))
        out.append(le32(UInt32(directory.count))); out.append(le32(UInt32(body.count))); out.append(le16(0))
        return out
    }

    private func le16(_ v: UInt16) -> Data { withUnsafeBytes(of: v.littleEndian) { Data($0) } }
    private func le32(_ v: UInt32) -> Data { withUnsafeBytes(of: v.littleEndian) { Data($0) } }

    private static let table: [UInt32] = (0..<256).map { n in
        var c = UInt32(n)
        for _ in 0..<8 { c = c & 1 == 1 ? 0xEDB8_8320 ^ (c >> 1) : c >> 1 }
        return c
    }

    static func crc32(_ data: Data) -> UInt32 {
        var c: UInt32 = 0xFFFF_FFFF
        for byte in data { c = table[Int((c ^ UInt32(byte)) & 0xFF)] ^ (c >> 8) }
        return c ^ 0xFFFF_FFFF
    }

    private static func dosTime(_ date: Date) -> (UInt16, UInt16) {
        let parts = Calendar(identifier: .gregorian).dateComponents(in: TimeZone(secondsFromGMT: 0) ?? .current, from: date)
        let time = UInt16((parts.hour ?? 0) << 11 | (parts.minute ?? 0) << 5 | (parts.second ?? 0) / 2)
        let day = UInt16(max((parts.year ?? 1980) - 1980, 0) << 9 | (parts.month ?? 1) << 5 | (parts.day ?? 1))
        return (time, day)
    }
}
