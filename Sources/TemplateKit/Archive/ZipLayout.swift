/// The structure of a ZIP archive, read and checked: the end record, the central directory
/// and the local headers it points to. Every offset and length read from the file is checked
/// against the file's size before it is used.
struct ZipLayout {
  let bytes: [UInt8]
  let file: String

  /// The end of central directory record: where the directory is, how many entries it has.
  struct EndRecord {
    var entryCount: Int
    var directoryOffset: Int
    var directorySize: Int
  }

  private static let endSignature = 0x0605_4B50
  private static let directorySignature = 0x0201_4B50
  private static let localSignature = 0x0403_4B50

  /// The little-endian number of `count` bytes at `offset`; the caller has checked that
  /// they are in the file.
  private func number(_ offset: Int, _ count: Int) -> Int {
    (0..<count).reduce(0) { $0 | Int(bytes[offset + $1]) << (8 * $1) }
  }

  func broken(_ what: String) -> Diagnostic {
    Diagnostic.error("“\(file)”已损坏：\(what)", hint: Inflater.resaveHint)
  }

  private var truncated: Diagnostic {
    Diagnostic.error(
      "“\(file)”不完整：找不到 ZIP 的目录（它在文件末尾），文件可能在下载或复制时被截断",
      hint: "请重新下载或复制一份完整的文件后再试。")
  }

  private var zip64: Diagnostic {
    Diagnostic.error(
      "“\(file)”使用了 ZIP64 扩展（超过 4 GB 或 65535 个条目的压缩格式），draft 读不了",
      hint: "Word、Excel 和 WPS 保存的文件不会这样；请在其中打开它，另存一份后再试。")
  }

  /// The end record. It is the last thing in the file but for a comment of up to 65,535
  /// bytes after it, so it is searched for backwards from 22 bytes before the end through
  /// the last 65,557 bytes. A comment may hold the signature itself, so a match counts only
  /// if its comment fits in the file and its directory lies before it; the last such match
  /// is the record.
  func endRecord() throws(Diagnostic) -> EndRecord {
    let signature = FileSignature.identify(bytes)
    guard signature == .zip else { throw signature.refusal(file: file) }
    guard bytes.count >= 22 else { throw truncated }
    let earliest = max(0, bytes.count - 22 - 0xFFFF)
    for position in stride(from: bytes.count - 22, through: earliest, by: -1)
    where bytes[position] == 0x50 && number(position, 4) == Self.endSignature {
      let record = EndRecord(
        entryCount: number(position + 10, 2), directoryOffset: number(position + 16, 4),
        directorySize: number(position + 12, 4))
      let commentLength = number(position + 20, 2)
      // ZIP64 is needed when a field of the record is at its largest; a ZIP64 record written
      // beside a record that holds the true values is not needed and is left alone.
      if record.entryCount == 0xFFFF || record.directoryOffset == 0xFFFF_FFFF
        || record.directorySize == 0xFFFF_FFFF
      {
        throw zip64
      }
      guard position + 22 + commentLength <= bytes.count,
        record.directoryOffset + record.directorySize <= position
      else { continue }
      guard number(position + 4, 2) == 0, number(position + 6, 2) == 0,
        number(position + 8, 2) == record.entryCount
      else {
        throw Diagnostic.error(
          "“\(file)”是分卷压缩文件的一卷，draft 读不了", hint: "请先用压缩软件把各卷合并解压，再用 Word、Excel 或 WPS 另存一份。")
      }
      return record
    }
    throw truncated
  }

  /// The entries of the central directory, each checked against its local header.
  func directory(_ end: EndRecord) throws(Diagnostic) -> [ZipEntry] {
    var entries: [ZipEntry] = []
    entries.reserveCapacity(end.entryCount)
    var position = end.directoryOffset
    let directoryEnd = end.directoryOffset + end.directorySize
    for _ in 0..<end.entryCount {
      guard position + 46 <= directoryEnd, number(position, 4) == Self.directorySignature else {
        throw broken("ZIP 目录中的条目数与记录的 \(end.entryCount) 个不符")
      }
      let nameLength = number(position + 28, 2)
      let extraLength = number(position + 30, 2)
      let commentLength = number(position + 32, 2)
      let nameStart = position + 46
      let next = nameStart + nameLength + extraLength + commentLength
      guard next <= directoryEnd else { throw broken("ZIP 目录中的条目超出了目录的范围") }
      let rawName = bytes[nameStart..<(nameStart + nameLength)]
      let flags = UInt16(number(position + 8, 2))
      let name = ZipEntryName.decode(
        rawName, flags: flags,
        extra: bytes[(nameStart + nameLength)..<(nameStart + nameLength + extraLength)])
      let method = UInt16(number(position + 10, 2))
      try check(name: name, flags: flags, method: method)
      let compressedSize = number(position + 20, 4)
      let size = number(position + 24, 4)
      let headerOffset = number(position + 42, 4)
      guard compressedSize != 0xFFFF_FFFF, size != 0xFFFF_FFFF, headerOffset != 0xFFFF_FFFF
      else { throw zip64 }
      let dataOffset = try localData(
        at: headerOffset, name: rawName, method: method, shown: name)
      guard dataOffset + compressedSize <= bytes.count else {
        throw broken("条目“\(name)”的数据超出了文件末尾，文件可能被截断")
      }
      guard method != ZipEntry.stored || compressedSize == size else {
        throw broken("未压缩的条目“\(name)”记录了两个不同的大小")
      }
      entries.append(
        ZipEntry(
          name: name, method: method, flags: flags, crc: UInt32(number(position + 16, 4)),
          compressedSize: compressedSize, size: size, headerOffset: headerOffset,
          dataOffset: dataOffset))
      position = next
    }
    return entries
  }

  /// Refuses what cannot be read: encryption (flag bits 0 and 6, AES as method 99) and
  /// methods other than stored and deflated.
  private func check(name: String, flags: UInt16, method: UInt16) throws(Diagnostic) {
    if flags & 0x41 != 0 || method == 99 {
      throw Diagnostic.error(
        "文件“\(file)”已加密（条目“\(name)”设了密码），draft 读不了",
        hint: "文件已加密：请在 Word/Excel 中取消密码后另存，再用 draft 读取。")
    }
    guard method == ZipEntry.stored || method == ZipEntry.deflated else {
      let names: [UInt16: String] = [
        1: "Shrink", 6: "Implode", 9: "Deflate64", 12: "BZIP2", 14: "LZMA", 93: "Zstandard",
        95: "XZ", 98: "PPMd",
      ]
      let known = names[method].map { "\($0)，" } ?? ""
      throw Diagnostic.error(
        "“\(file)”中的“\(name)”用了 draft 不支持的压缩方法（\(known)编号 \(method)）",
        hint: "Word、Excel 和 WPS 只用标准的 Deflate 方法；请在其中打开文件，另存一份后再试。")
    }
  }

  /// Where the data of the entry whose local header is at `offset` starts, after checking
  /// that the header is there and names the same entry with the same method.
  private func localData(at offset: Int, name: ArraySlice<UInt8>, method: UInt16, shown: String)
    throws(Diagnostic) -> Int
  {
    guard offset + 30 <= bytes.count else {
      throw broken("条目“\(shown)”的位置超出了文件末尾，文件可能被截断")
    }
    guard number(offset, 4) == Self.localSignature else {
      throw broken("条目“\(shown)”的位置上没有它的文件头")
    }
    let nameLength = number(offset + 26, 2)
    let extraLength = number(offset + 28, 2)
    let dataOffset = offset + 30 + nameLength + extraLength
    guard dataOffset <= bytes.count else {
      throw broken("条目“\(shown)”的文件头超出了文件末尾，文件可能被截断")
    }
    guard bytes[(offset + 30)..<(offset + 30 + nameLength)].elementsEqual(name),
      number(offset + 8, 2) == method
    else {
      throw broken("条目“\(shown)”的文件头与目录中的记录不一致")
    }
    if number(offset + 6, 2) & 0x41 != 0 { try check(name: shown, flags: 1, method: method) }
    return dataOffset
  }

  /// Refuses entries whose headers and data overlap each other or the directory: the
  /// overlapping-entries ZIP bomb, or a damaged file.
  func checkNoOverlap(_ entries: [ZipEntry], directoryStart: Int) throws(Diagnostic) {
    let ordered = entries.sorted { $0.headerOffset < $1.headerOffset }
    for (entry, next) in zip(ordered, ordered.dropFirst())
    where entry.dataOffset + entry.compressedSize > next.headerOffset {
      throw Diagnostic.error(
        "“\(file)”的结构有误：条目“\(entry.name)”和“\(next.name)”的数据重叠",
        hint: "Word、Excel 和 WPS 保存的文件不会这样（这可能是“压缩炸弹”或损坏的文件）；请在其中打开它，另存一份后再试。")
    }
    if let last = ordered.last, last.dataOffset + last.compressedSize > directoryStart {
      throw broken("条目“\(last.name)”的数据与 ZIP 目录重叠")
    }
  }
}
