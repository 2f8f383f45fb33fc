import Foundation
import Testing

@testable import TemplateKit

@Suite struct ZipArchiveTests {
  @Test func crcMatchesTheStandardCheckValue() {
    #expect(CRC32.checksum(Array("123456789".utf8)) == 0xCBF4_3926)
    #expect(CRC32.checksum([]) == 0)
  }

  @Test func storedEntriesReadBack() throws {
    var archive = ZipArchive()
    let first = Array("<a>第一</a>".utf8)
    let second = [UInt8](repeating: 0xAB, count: 70_000)
    try archive.add("[Content_Types].xml", first)
    try archive.add("word/document.xml", second)
    try archive.add("目录/文件.txt", [])
    let zip = try ZipReader(try archive.bytes(), file: "test.zip")

    #expect(zip.entries.map(\.name) == ["[Content_Types].xml", "word/document.xml", "目录/文件.txt"])
    for entry in zip.entries {
      #expect(entry.method == 0, "stored")
      #expect(entry.flags & 0x8 == 0, "no data descriptor: CRC and sizes are in the header")
      #expect(entry.compressedSize == entry.size)
      #expect(try entry.crc == bitwiseCRC32(zip.data(of: entry)))
    }
    #expect(try zip.data(named: "[Content_Types].xml") == first)
    #expect(try zip.data(named: "word/document.xml") == second)
    #expect(try zip.data(named: "目录/文件.txt") == [])
    #expect(zip.entries[0].flags == 0, "ASCII name: no UTF-8 flag")
    #expect(zip.entries[2].flags == 1 << 11, "non-ASCII name: UTF-8 flag (bit 11)")
  }

  /// The table-driven CRC, eight bytes a step, against the bitwise one at every length
  /// around the step and on a large block.
  @Test func crcMatchesTheBitwiseCRCAtEveryAlignment() {
    var random = SystemRandomNumberGenerator()
    let bytes = (0..<100_000).map { _ in UInt8.random(in: 0...255, using: &random) }
    for length in Array(0..<40) + [99_999, 100_000] {
      let part = Array(bytes[..<length])
      #expect(CRC32.checksum(part) == bitwiseCRC32(part), "\(length) bytes")
    }
  }

  @Test func sameEntriesGiveSameBytes() throws {
    func build() throws -> [UInt8] {
      var archive = ZipArchive()
      try archive.add("a.xml", Array("甲".utf8))
      try archive.add("b.xml", Array("乙".utf8))
      return try archive.bytes()
    }
    #expect(try build() == build())
  }

  @Test(.enabled(if: pythonIsAvailable))
  func pythonZipfileAcceptsTheArchive() throws {
    var archive = ZipArchive()
    try archive.add("word/document.xml", Array("<w:document/>".utf8))
    try archive.add("中文名.xml", Array("内容".utf8))
    let folder = try ScratchFolder()
    let file = URL(fileURLWithPath: folder.path + "/test.zip")
    try Data(try archive.bytes()).write(to: file)
    let script = """
      import sys, zipfile
      z = zipfile.ZipFile(sys.argv[1])
      assert z.testzip() is None, "bad CRC"
      assert z.namelist() == ["word/document.xml", "中文名.xml"], z.namelist()
      assert all(i.flag_bits & 8 == 0 for i in z.infolist()), "data descriptor"
      assert z.read("中文名.xml").decode() == "内容"
      print("ok")
      """
    let result = try runPython(["-c", script, file.path])
    #expect(result.status == 0, "\(result.output)")
    #expect(result.output.contains("ok"))
  }
}
