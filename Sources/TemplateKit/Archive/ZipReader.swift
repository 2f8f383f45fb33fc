/// A ZIP archive read from its bytes (PKWARE APPNOTE 6.3): the central directory, each
/// entry's local header, and on request an entry's data, stored or deflated, checked
/// against its CRC-32. This is how a .docx or an .xlsx is opened.
///
/// What Word, Excel, WPS, LibreOffice and the common libraries write is read: data
/// descriptors (flag bit 3), UTF-8 names (flag bit 11) and names in other code pages (see
/// `ZipEntryName`), archive comments. What is refused, each with a message saying what to
/// do: a file that is not a ZIP (`FileSignature`), encryption, ZIP64, split archives,
/// compression methods other than stored and deflated, truncated, overlapping or
/// inconsistent structures, duplicate names, and archives past `Limits` (too many entries,
/// too large inflated, compressed too well to be true).
struct ZipReader: Sendable {
  /// How much an archive may hold. An .docx of a 30-page report inflates to a few MB, a
  /// workbook of 10,000 rows to some tens of MB.
  struct Limits: Sendable {
    /// Entries in the central directory.
    var maximumEntries = 10_000
    /// The inflated size of one entry read.
    var maximumEntryBytes = 200_000_000
    /// The inflated sizes of all entries together, as recorded.
    var maximumTotalBytes = 1_000_000_000
    /// How many times its compressed size an entry may inflate to, once it is larger than
    /// `ratioGraceBytes`; real XML compresses 5–50 times, a bomb a thousand.
    var maximumRatio = 200
    var ratioGraceBytes = 10_000_000

    init() {}
  }

  /// The archive as the user named it, for messages.
  let file: String
  /// The entries in the order of the central directory.
  let entries: [ZipEntry]
  private let bytes: [UInt8]
  private let limits: Limits
  /// Entry indexes by name, and by name in lower case for a lookup that ignores case.
  private let byName: [String: Int]
  private let byLowercaseName: [String: Int]

  /// Opens the archive in `bytes`; `file` names it in messages.
  init(_ bytes: [UInt8], file: String, limits: Limits = Limits()) throws(Diagnostic) {
    self.bytes = bytes
    self.file = file
    self.limits = limits
    let layout = ZipLayout(bytes: bytes, file: file)
    let end = try layout.endRecord()
    guard end.entryCount <= limits.maximumEntries else {
      throw Diagnostic.error(
        "“\(file)”里的条目太多（\(end.entryCount) 个，上限是 \(limits.maximumEntries) 个）",
        hint: "这不像是 Word、Excel 或 WPS 保存的文件；请确认选对了文件。")
    }
    entries = try layout.directory(end)
    var byName: [String: Int] = [:]
    var byLowercaseName: [String: Int] = [:]
    var total = 0
    for (index, entry) in entries.enumerated() {
      guard byName.updateValue(index, forKey: entry.name) == nil else {
        throw layout.broken("有两个同名的条目“\(entry.name)”")
      }
      byLowercaseName[entry.name.lowercased()] = byLowercaseName[entry.name.lowercased()] ?? index
      total += entry.size
    }
    guard total <= limits.maximumTotalBytes else {
      throw Self.bomb(
        "“\(file)”解压后共有 \(ByteCount.size(total))，超过了 \(ByteCount.phrase(limits.maximumTotalBytes))的上限"
      )
    }
    try layout.checkNoOverlap(entries, directoryStart: end.directoryOffset)
    self.byName = byName
    self.byLowercaseName = byLowercaseName
  }

  /// The entry called `name`: exactly, else ignoring a leading `/` and the case of letters
  /// (part names in a package are case-insensitive, ECMA-376 Part 2 §9.1.1.1).
  func entry(named name: String) -> ZipEntry? {
    let name = name.hasPrefix("/") ? String(name.dropFirst()) : name
    guard let index = byName[name] ?? byLowercaseName[name.lowercased()] else { return nil }
    return entries[index]
  }

  /// The data of the entry called `name`, or nil when there is none.
  func data(named name: String) throws(Diagnostic) -> [UInt8]? {
    guard let entry = entry(named: name) else { return nil }
    return try data(of: entry)
  }

  /// The data of `entry` (one of `entries`), inflated and checked against its size and CRC.
  func data(of entry: ZipEntry) throws(Diagnostic) -> [UInt8] {
    let part = "“\(file)”中的“\(entry.name)”"
    guard entry.size <= limits.maximumEntryBytes else {
      throw Self.bomb(
        "\(part)解压后有 \(ByteCount.size(entry.size))，超过了 \(ByteCount.phrase(limits.maximumEntryBytes))的上限"
      )
    }
    if entry.size > limits.ratioGraceBytes,
      entry.size / max(entry.compressedSize, 1) > limits.maximumRatio
    {
      throw Self.bomb("\(part)的压缩比高得不合常理（\(entry.size / max(entry.compressedSize, 1)) 倍）")
    }
    let stored = bytes[entry.dataOffset..<(entry.dataOffset + entry.compressedSize)]
    let data: [UInt8]
    if entry.method == ZipEntry.deflated {
      do {
        data = try Inflater.inflate(
          stored, maximumOutputBytes: entry.size, expectedOutputBytes: entry.size)
      } catch {
        // The limit is the recorded size: past it, the record is wrong (or a bomb lies).
        let message =
          error == Inflater.tooLarge(entry.size)
          ? "解压后的数据比目录记录的 \(entry.size) 字节多" : error.message
        throw Diagnostic.error("\(part)：\(message)", hint: Inflater.resaveHint)
      }
    } else {
      data = Array(stored)
    }
    guard data.count == entry.size else {
      throw Diagnostic.error(
        "\(part)：解压后有 \(data.count) 字节，与目录记录的 \(entry.size) 字节不符", hint: Inflater.resaveHint)
    }
    guard data.withUnsafeBytes({ CRC32.checksum($0) }) == entry.crc else {
      throw Diagnostic.error("\(part)：数据的校验和（CRC-32）不符，内容已损坏", hint: Inflater.resaveHint)
    }
    return data
  }

  private static func bomb(_ message: String) -> Diagnostic {
    Diagnostic.error(
      message,
      hint: "正常的 Word/Excel 文件不会这样（这可能是“压缩炸弹”），draft 不展开它。若确是正常文件，请删去其中的大图片或多余内容后另存。")
  }
}

/// One file in a ZIP archive, as its central directory and local header describe it.
struct ZipEntry: Sendable, Equatable {
  /// The name, `/` between folders; a folder's ends in `/`.
  let name: String
  /// 0 stored, 8 deflated (the only methods read).
  let method: UInt16
  /// The general-purpose flags (bit 3: data descriptor; bit 11: UTF-8 name).
  let flags: UInt16
  let crc: UInt32
  let compressedSize: Int
  /// The size inflated.
  let size: Int
  /// Where the local header starts, and where the data starts after it.
  let headerOffset: Int
  let dataOffset: Int

  static let stored: UInt16 = 0
  static let deflated: UInt16 = 8

  /// Whether the entry is a folder (a name ending in `/`, no data).
  var isFolder: Bool { name.hasSuffix("/") }
}
