/// A ZIP archive of stored (uncompressed) entries, written the way strict readers want it:
/// CRC-32 and both sizes in every local header, no data descriptors (general-purpose bit 3 is
/// never set), a central directory and an end record. Every entry carries the same fixed
/// date, so the same entries always give the same bytes.
struct ZipArchive {
  private struct Entry {
    var name: [UInt8]
    var data: [UInt8]
    var crc: UInt32
    var offset: UInt32
  }

  private var entries: [Entry] = []
  private var body: [UInt8] = []

  /// MS-DOS date of every entry: 1980-01-01, the earliest the format can say.
  private static let dosDate: UInt16 = (1 << 5) | 1
  /// MS-DOS time of every entry: midnight.
  private static let dosTime: UInt16 = 0
  /// Version 2.0 of the format: what stored entries and UTF-8 names need.
  private static let version: UInt16 = 20
  /// General-purpose bit 11: the name is UTF-8.
  private static let utf8NameFlag: UInt16 = 1 << 11

  /// Adds a file. Names use `/` between folders, as ZIP requires.
  mutating func add(_ name: String, _ data: [UInt8]) throws(Diagnostic) {
    let nameBytes = Array(name.utf8)
    guard let nameLength = UInt16(exactly: nameBytes.count),
      let size = UInt32(exactly: data.count),
      let offset = UInt32(exactly: body.count),
      entries.count < Int(UInt16.max)
    else {
      throw Self.tooLarge
    }
    let entry = Entry(name: nameBytes, data: data, crc: CRC32.checksum(data), offset: offset)
    body.append(le32: 0x0403_4B50)
    body.append(le16: Self.version)
    body.append(le16: Self.flags(entry.name))
    body.append(le16: 0)  // method: stored
    body.append(le16: Self.dosTime)
    body.append(le16: Self.dosDate)
    body.append(le32: entry.crc)
    body.append(le32: size)  // compressed size
    body.append(le32: size)  // uncompressed size
    body.append(le16: nameLength)
    body.append(le16: 0)  // extra field length
    body.append(contentsOf: entry.name)
    body.append(contentsOf: data)
    entries.append(entry)
  }

  /// The whole archive.
  func bytes() throws(Diagnostic) -> [UInt8] {
    var out = body
    guard let directoryOffset = UInt32(exactly: out.count) else { throw Self.tooLarge }
    for entry in entries {
      out.append(le32: 0x0201_4B50)
      out.append(le16: Self.version)  // made by: MS-DOS, format 2.0
      out.append(le16: Self.version)  // needed to extract
      out.append(le16: Self.flags(entry.name))
      out.append(le16: 0)  // method: stored
      out.append(le16: Self.dosTime)
      out.append(le16: Self.dosDate)
      out.append(le32: entry.crc)
      out.append(le32: UInt32(truncatingIfNeeded: entry.data.count))
      out.append(le32: UInt32(truncatingIfNeeded: entry.data.count))
      out.append(le16: UInt16(truncatingIfNeeded: entry.name.count))
      out.append(le16: 0)  // extra field length
      out.append(le16: 0)  // comment length
      out.append(le16: 0)  // disk number
      out.append(le16: 0)  // internal attributes
      out.append(le32: 0)  // external attributes
      out.append(le32: entry.offset)
      out.append(contentsOf: entry.name)
    }
    guard let directorySize = UInt32(exactly: out.count - Int(directoryOffset)),
      UInt32(exactly: out.count) != nil
    else {
      throw Self.tooLarge
    }
    let count = UInt16(truncatingIfNeeded: entries.count)
    out.append(le32: 0x0605_4B50)
    out.append(le16: 0)  // this disk
    out.append(le16: 0)  // disk where the directory starts
    out.append(le16: count)  // entries on this disk
    out.append(le16: count)  // entries in all
    out.append(le32: directorySize)
    out.append(le32: directoryOffset)
    out.append(le16: 0)  // comment length
    return out
  }

  private static func flags(_ name: [UInt8]) -> UInt16 {
    name.allSatisfy { $0 < 0x80 } ? 0 : utf8NameFlag
  }

  /// Sizes past what a ZIP without the ZIP64 extension can hold (4 GiB, 65,535 entries).
  private static let tooLarge = Diagnostic.error(
    "文件太大，超出了 ZIP 格式（不含 ZIP64 扩展）能容纳的 4 GB 或 65535 个条目。",
    hint: "报告正文不应有这么大，请检查答案中是否混入了大段数据。")
}

extension [UInt8] {
  /// Appends `value` in little-endian order.
  fileprivate mutating func append(le16 value: UInt16) {
    append(UInt8(value & 0xFF))
    append(UInt8(value >> 8))
  }

  /// Appends `value` in little-endian order.
  fileprivate mutating func append(le32 value: UInt32) {
    for shift in stride(from: 0, to: 32, by: 8) { append(UInt8((value >> UInt32(shift)) & 0xFF)) }
  }
}
