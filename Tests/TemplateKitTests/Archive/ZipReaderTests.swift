import Foundation
import Testing

@testable import TemplateKit

/// The ZIP reader on archives written by Python's zipfile, by the library's writer and by
/// hand, and on files that are not what they should be.
struct ZipReaderTests {
  private func open(_ bytes: [UInt8], limits: ZipReader.Limits = ZipReader.Limits())
    throws(Diagnostic) -> ZipReader
  {
    try ZipReader(bytes, file: "报告.docx", limits: limits)
  }

  private func refusal(_ bytes: [UInt8], limits: ZipReader.Limits = ZipReader.Limits())
    -> Diagnostic?
  {
    diagnostic { _ = try open(bytes, limits: limits) }
  }

  private func readingRefusal(_ bytes: [UInt8], limits: ZipReader.Limits = ZipReader.Limits())
    -> Diagnostic?
  {
    diagnostic {
      let zip = try open(bytes, limits: limits)
      for entry in zip.entries { _ = try zip.data(of: entry) }
    }
  }

  /// A small archive of two stored entries, from the library's writer.
  private func twoEntries() throws -> [UInt8] {
    var archive = ZipArchive()
    try archive.add("word/document.xml", Array("<w:document/>".utf8))
    try archive.add("b.xml", Array("乙".utf8))
    return try archive.bytes()
  }

  /// The bytes with `value` written little-endian over `count` bytes at `offset`.
  private func patched(_ bytes: [UInt8], at offset: Int, _ value: Int, count: Int) -> [UInt8] {
    var bytes = bytes
    for index in 0..<count { bytes[offset + index] = UInt8(value >> (8 * index) & 0xFF) }
    return bytes
  }

  /// Where the central directory and the end record start.
  private func directoryAndEnd(_ bytes: [UInt8]) -> (directory: Int, end: Int) {
    let end = bytes.count - 22
    let directory = (0..<4).reduce(0) { $0 | Int(bytes[end + 16 + $1]) << (8 * $1) }
    return (directory, end)
  }

  // MARK: Archives from zipfile

  /// Seekable (sizes in the local headers), unseekable (data descriptors, flag bit 3),
  /// commented (a comment holding the end record's signature) archives and archives whose
  /// local headers give their sizes in ZIP64 extra fields only (the directory needs no
  /// ZIP64), with deflated, stored, empty, folder and Chinese-named entries.
  @Test(
    .enabled(if: pythonIsAvailable),
    arguments: ["seekable", "descriptors", "comment", "zip64-headers"])
  func zipfileArchivesRead(kind: String) throws {
    let folder = try ScratchFolder()
    let script = InflaterTests.fixtures.appending(path: "make_fixtures.py").path
    let result = try runPython([script, "zips", folder.path])
    #expect(result.status == 0, "\(result.output)")
    let bytes = try [UInt8](Data(contentsOf: URL(filePath: folder.path + "/\(kind).zip")))
    let zip = try open(bytes)
    #expect(
      zip.entries.map(\.name) == [
        "[Content_Types].xml", "word/document.xml", "word/media/image1.png", "目录/说明.txt",
        "empty.txt", "empty-stored.txt", "folder/",
      ])
    for entry in zip.entries where !entry.isFolder {
      let expected = try [UInt8](
        Data(contentsOf: URL(filePath: folder.path + "/entries/" + entry.name)))
      #expect(try zip.data(of: entry) == expected, "\(entry.name)")
      #expect(entry.flags & 0x8 == (kind == "descriptors" ? 0x8 : 0), "\(entry.name)")
    }
    #expect(zip.entry(named: "word/media/image1.png")?.method == ZipEntry.stored)
    #expect(zip.entry(named: "word/document.xml")?.method == ZipEntry.deflated)
    #expect(zip.entry(named: "folder/")?.isFolder == true)
  }

  /// A bomb as zipfile writes it: 30 MB of zeros in 30 KB, refused by its ratio before it
  /// is inflated; read when the limits allow it.
  @Test(.enabled(if: pythonIsAvailable))
  func aZipfileBombIsRefused() throws {
    let folder = try ScratchFolder()
    let script = """
      import sys, zipfile
      with zipfile.ZipFile(sys.argv[1], "w", zipfile.ZIP_DEFLATED) as z:
          z.writestr("word/document.xml", bytes(30_000_000))
      """
    let result = try runPython(["-c", script, folder.path + "/bomb.zip"])
    #expect(result.status == 0, "\(result.output)")
    let bytes = try [UInt8](Data(contentsOf: URL(filePath: folder.path + "/bomb.zip")))
    #expect(bytes.count < 100_000)
    let error = readingRefusal(bytes)
    #expect(error?.message.hasPrefix("“报告.docx”中的“word/document.xml”的压缩比高得不合常理") == true)
    #expect(error?.hint?.contains("压缩炸弹") == true)
    var limits = ZipReader.Limits()
    limits.maximumRatio = 2000
    #expect(try open(bytes, limits: limits).data(named: "word/document.xml")?.count == 30_000_000)
  }

  /// The committed archive (zipfile, unseekable): read without Python.
  @Test func committedArchiveWithDataDescriptors() throws {
    let zip = try open(InflaterTests.fixture("descriptors.zip"))
    #expect(zip.entries.map(\.name) == ["word/document.xml", "说明.txt"])
    #expect(zip.entries.allSatisfy { $0.flags & 0x8 != 0 })
    #expect(try zip.data(named: "word/document.xml") == InflaterTests.fixture("text.txt"))
    #expect(try zip.text("说明.txt") == "中文名")
  }

  // MARK: Lookup and names

  @Test func lookupIgnoresCaseAndALeadingSlash() throws {
    let zip = try open(twoEntries())
    #expect(zip.entry(named: "word/document.xml")?.name == "word/document.xml")
    #expect(zip.entry(named: "/Word/Document.XML")?.name == "word/document.xml")
    #expect(zip.entry(named: "word/styles.xml") == nil)
    #expect(try zip.data(named: "word/styles.xml") == nil)
  }

  /// Names without the UTF-8 flag: UTF-8 anyway when they are, the Unicode Path extra field
  /// when its checksum matches, GBK when they read so, CP437 for the rest (every byte
  /// readable).
  @Test func namesInOtherCodePagesStayReadable() throws {
    var utf8 = RawZipEntry("x", [1])
    utf8.name = Array("中文.xml".utf8)
    var cp437 = RawZipEntry("x", [2])
    cp437.name = [0x80, 0x61, 0xE1, 0xFF]
    var unicode = RawZipEntry("x", [3])
    unicode.name = [0x3F, 0x3F, 0x2E, 0x78]  // "??.x", as a tool without Unicode wrote it
    let path = Array("报告.x".utf8)
    let crc = bitwiseCRC32(unicode.name)
    unicode.extra =
      [0x75, 0x70, UInt8(5 + path.count), 0, 1]
      + (0..<4).map { UInt8(crc >> (8 * $0) & 0xFF) } + path
    var stale = RawZipEntry("x", [4])
    stale.name = Array("old.x".utf8)
    stale.extra = [0x75, 0x70, UInt8(5 + path.count), 0, 1, 0, 0, 0, 0] + path
    var gbk = RawZipEntry("x", [5])
    // 报告.txt, as Chinese Windows writes it.
    gbk.name = [0xB1, 0xA8, 0xB8, 0xE6, 0x2E, 0x74, 0x78, 0x74]
    let zip = try open(handMadeZip([utf8, cp437, unicode, stale, gbk]))
    #expect(
      zip.entries.map(\.name) == ["中文.xml", "Ça\u{DF}\u{A0}", "报告.x", "old.x", "报告.txt"])
    #expect(try zip.data(named: "报告.x") == [3])
  }

  @Test func duplicateNamesAreRefused() throws {
    let bytes = handMadeZip([RawZipEntry("a.xml", [1]), RawZipEntry("a.xml", [2])])
    #expect(refusal(bytes)?.message == "“报告.docx”已损坏：有两个同名的条目“a.xml”")
  }

  // MARK: Not a ZIP

  @Test func otherFormatsAreNamed() {
    let ole2: [UInt8] =
      [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1] + [UInt8](repeating: 0, count: 600)
    #expect(FileSignature.identify(ole2) == .compoundFile)
    #expect(FileSignature.identify(Array("%PDF-1.7\n".utf8)) == .pdf)
    #expect(FileSignature.identify(Array("{\\rtf1\\ansi".utf8)) == .rtf)
    #expect(FileSignature.identify(Array("\u{FEFF}  <!DOCTYPE HTML>".utf8)) == .html)
    #expect(FileSignature.identify(Array("MIME-Version: 1.0\r\n".utf8)) == .html)
    #expect(FileSignature.identify([]) == .empty)
    #expect(FileSignature.identify(Array("党组会: 12".utf8)) == .unknown)
    #expect(FileSignature.identify([0x50, 0x4B, 0x05, 0x06]) == .zip)

    let doc = diagnostic { _ = try ZipReader(ole2, file: "2023年报告.doc") }
    #expect(
      doc?.message
        == "“2023年报告.doc”是旧版的 Word/Excel/WPS 文件（.doc、.xls、.wps、.et），或是设了打开密码的文件，draft 读不了")
    #expect(doc?.hint?.contains("另存为 .docx 后重试") == true)
    let xls = diagnostic { _ = try ZipReader(ole2, file: "问卷.xls") }
    #expect(xls?.hint?.contains("另存为 .xlsx 后重试") == true)
    #expect(refusal(Array("%PDF-1.4".utf8))?.message == "“报告.docx”是 PDF 文件，draft 读不了")
    #expect(refusal(Array("{\\rtf1".utf8))?.message == "“报告.docx”是 RTF 格式的文件，不是 .docx")
    #expect(refusal([])?.message == "“报告.docx”是空文件")
    let text = diagnostic { _ = try ZipReader(Array("甲".utf8), file: "甲") }
    #expect(text?.message == "“甲”不是 .docx/.xlsx 文件（不是 ZIP 格式）")
  }

  /// Cut anywhere after the first bytes, an archive has lost its end record (or its
  /// directory): refused as incomplete, never read in part.
  @Test func truncatedArchivesAreIncomplete() throws {
    let bytes = try twoEntries()
    for length in 4..<bytes.count {
      let error = refusal(Array(bytes[..<length]))
      #expect(error?.message.hasPrefix("“报告.docx”不完整") == true, "\(length) bytes")
    }
  }

  // MARK: Refused structures

  @Test func encryptedEntriesAreRefused() throws {
    var entry = RawZipEntry("word/document.xml", [1, 2, 3])
    entry.flags = 1
    let error = refusal(handMadeZip([entry]))
    #expect(error?.message == "文件“报告.docx”已加密（条目“word/document.xml”设了密码），draft 读不了")
    #expect(error?.hint?.contains("文件已加密：请在 Word/Excel 中取消密码后另存") == true)
    entry.flags = 0
    entry.method = 99
    #expect(refusal(handMadeZip([entry]))?.message.hasPrefix("文件“报告.docx”已加密") == true)
  }

  @Test func otherMethodsAreRefusedByName() {
    var entry = RawZipEntry("word/document.xml", [1, 2, 3])
    entry.method = 12
    #expect(
      refusal(handMadeZip([entry]))?.message
        == "“报告.docx”中的“word/document.xml”用了 draft 不支持的压缩方法（BZIP2，编号 12）")
    entry.method = 77
    #expect(refusal(handMadeZip([entry]))?.message.hasSuffix("（编号 77）") == true)
  }

  @Test func zip64AndSplitArchivesAreRefusedWhenTheyNeedIt() throws {
    let bytes = try twoEntries()
    let (directory, end) = directoryAndEnd(bytes)
    let zip64 = "“报告.docx”使用了 ZIP64 扩展（超过 4 GB 或 65535 个条目的压缩格式），draft 读不了"
    #expect(refusal(patched(bytes, at: directory + 20, 0xFFFF_FFFF, count: 4))?.message == zip64)
    #expect(refusal(patched(bytes, at: directory + 42, 0xFFFF_FFFF, count: 4))?.message == zip64)
    #expect(refusal(patched(bytes, at: end + 10, 0xFFFF, count: 2))?.message == zip64)
    #expect(
      refusal(patched(bytes, at: end + 4, 1, count: 2))?.message == "“报告.docx”是分卷压缩文件的一卷，draft 读不了")
    // A ZIP64 end record and locator beside an end record that holds the true values (some
    // writers always add them): not needed, read past.
    let zip64Record: [UInt8] = [0x50, 0x4B, 0x06, 0x06] + [UInt8](repeating: 0, count: 52)
    let locator: [UInt8] = [0x50, 0x4B, 0x06, 0x07] + [UInt8](repeating: 0, count: 16)
    let withRecords = Array(bytes[..<end]) + zip64Record + locator + Array(bytes[end...])
    #expect(try open(withRecords).entries.map(\.name) == ["word/document.xml", "b.xml"])
  }

  @Test func inconsistentStructuresAreRefused() throws {
    let bytes = try twoEntries()
    let (directory, end) = directoryAndEnd(bytes)
    // The end record counts three entries; the directory has two.
    let threeEntries = patched(patched(bytes, at: end + 8, 3, count: 2), at: end + 10, 3, count: 2)
    #expect(
      refusal(threeEntries)?.message == "“报告.docx”已损坏：ZIP 目录中的条目数与记录的 3 个不符")
    // The second entry points at the first one's header.
    let secondEntry = directory + 46 + "word/document.xml".utf8.count
    #expect(
      refusal(patched(bytes, at: secondEntry + 42, 0, count: 4))?.message
        == "“报告.docx”已损坏：条目“b.xml”的文件头与目录中的记录不一致")
    #expect(
      refusal(patched(bytes, at: secondEntry + 42, 5, count: 4))?.message
        == "“报告.docx”已损坏：条目“b.xml”的位置上没有它的文件头")
    // The first entry's data made to run into the second's header.
    let grown = patched(
      patched(bytes, at: directory + 20, 20, count: 4), at: directory + 24, 20, count: 4)
    let overlap = refusal(grown)
    #expect(overlap?.message == "“报告.docx”的结构有误：条目“word/document.xml”和“b.xml”的数据重叠")
    #expect(overlap?.hint?.contains("压缩炸弹") == true)
    // A stored entry with two sizes.
    #expect(
      refusal(patched(bytes, at: directory + 24, 12, count: 4))?.message
        == "“报告.docx”已损坏：未压缩的条目“word/document.xml”记录了两个不同的大小")
  }

  @Test func damagedDataIsRefused() throws {
    var bytes = try twoEntries()
    bytes[30 + "word/document.xml".utf8.count] ^= 0x01  // the first byte of the first entry
    #expect(
      readingRefusal(bytes)?.message
        == "“报告.docx”中的“word/document.xml”：数据的校验和（CRC-32）不符，内容已损坏")
    let text = Array("党建工作报告".utf8)
    var writer = DeflateWriter()
    writer.stored(text, final: true)
    var short = RawZipEntry("a.xml", deflated: writer.finish(), inflated: text)
    short.size = 5
    #expect(
      readingRefusal(handMadeZip([short]))?.message
        == "“报告.docx”中的“a.xml”：解压后的数据比目录记录的 5 字节多")
    short.size = 40
    #expect(
      readingRefusal(handMadeZip([short]))?.message
        == "“报告.docx”中的“a.xml”：解压后有 18 字节，与目录记录的 40 字节不符")
    var broken = RawZipEntry("a.xml", deflated: [0xFF], inflated: text)
    broken.size = text.count
    #expect(
      readingRefusal(handMadeZip([broken]))?.message
        == "“报告.docx”中的“a.xml”：压缩数据已损坏（块类型 3 是保留值，不能出现）")
  }

  // MARK: Limits

  /// 11 MB of zeros in 11 KB (one-bit codes for a length-258 match at distance 1), recorded
  /// truly, refused by the ratio; recorded as small, refused when the data outgrows it.
  @Test func bombsAreRefused() throws {
    var literalLengths = [Int](repeating: 0, count: 286)
    literalLengths[0] = 2
    literalLengths[256] = 2
    literalLengths[285] = 1
    let matches = 42_636
    var writer = DeflateWriter()
    writer.coded(
      [.literal(0)] + Array(repeating: .match(length: 258, distance: 1), count: matches)
        + [.endOfBlock], final: true, literalLengths: literalLengths, distanceLengths: [1],
      dynamic: true)
    let deflated = writer.finish()
    let zeros = [UInt8](repeating: 0, count: 1 + 258 * matches)
    #expect(deflated.count < 12_000)
    let bomb = RawZipEntry("word/document.xml", deflated: deflated, inflated: zeros)
    let error = readingRefusal(handMadeZip([bomb]))
    #expect(
      error?.message
        == "“报告.docx”中的“word/document.xml”的压缩比高得不合常理（\(zeros.count / deflated.count) 倍）")
    var lying = bomb
    lying.size = 1_000_000
    #expect(
      readingRefusal(handMadeZip([lying]))?.message
        == "“报告.docx”中的“word/document.xml”：解压后的数据比目录记录的 1000000 字节多")
    var limits = ZipReader.Limits()
    limits.maximumRatio = 2000
    #expect(try open(handMadeZip([bomb]), limits: limits).data(named: "word/document.xml") == zeros)
  }

  @Test func entryCountAndSizesHaveLimits() throws {
    let bytes = try twoEntries()
    var limits = ZipReader.Limits()
    limits.maximumEntries = 1
    #expect(refusal(bytes, limits: limits)?.message == "“报告.docx”里的条目太多（2 个，上限是 1 个）")
    limits = ZipReader.Limits()
    limits.maximumTotalBytes = 15
    #expect(refusal(bytes, limits: limits)?.message == "“报告.docx”解压后共有 16 字节，超过了 15 字节的上限")
    limits = ZipReader.Limits()
    limits.maximumEntryBytes = 5
    #expect(
      readingRefusal(bytes, limits: limits)?.message
        == "“报告.docx”中的“word/document.xml”解压后有 13 字节，超过了 5 字节的上限")
  }
}
