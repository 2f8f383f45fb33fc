import Testing

@testable import TemplateKit

/// Bytes to text: byte-order marks, UTF-16, GB18030, and the refusal of everything else.
struct TextDecodingTests {
  private func read(_ bytes: [UInt8], format: AnswersFormat = .yaml) throws -> Answers {
    try AnswersReader.read(bytes: bytes, file: "答案.yaml", format: format)
  }

  @Test func utf8WithAndWithoutByteOrderMark() throws {
    let text = Array("党组会: 12\n".utf8)
    #expect(try read(text).root == mapping(("党组会", .int(12))))
    let answers = try read([0xEF, 0xBB, 0xBF] + text)
    #expect(answers.root == mapping(("党组会", .int(12))))
    #expect(answers.locations["党组会"] == location(in: "党组会: 12\n", 1, 6, key: 1, 1))
  }

  @Test func utf16WithByteOrderMark() throws {
    let units = Array("党组会: 12\n😀: x\n".utf16)
    let little: [UInt8] = [0xFF, 0xFE] + units.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
    let big: [UInt8] = [0xFE, 0xFF] + units.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }
    let expected = mapping(("党组会", .int(12)), ("😀", .string("x")))
    #expect(try read(little).root == expected)
    #expect(try read(big).root == expected)
    expectError(
      { _ = try read([0xFF, 0xFE, 0x00, 0xD8, 0x41, 0x00]) },
      "文件以 UTF-16 的字节顺序标记开头，但内容不是有效的 UTF-16", line: 1, column: 1)
  }

  @Test func lineEndingsBecomeLineFeeds() throws {
    let answers = try read(Array("a: |\r\n  x\r\n  y\r\nb: \"p\r\n  q\"\rc: 1\r\n".utf8))
    #expect(
      answers.root == mapping(("a", .string("x\ny\n")), ("b", .string("p q")), ("c", .int(1))))
    #expect(answers.source?.line(6) == "c: 1")
  }

  /// GBK (what 记事本 saves as “ANSI”) and GB18030 read as text: the same answers as UTF-8.
  @Test func gb18030IsRead() throws {
    let gbk: [UInt8] = [0xB5, 0xB3, 0xD7, 0xE9, 0xBB, 0xE1]  // 党组会
    #expect(try read(gbk + Array(": 12\n".utf8)).root == mapping(("党组会", .int(12))))
    let answers = try read(
      Array("a: 1\r\nb: ".utf8) + gbk + [0x81, 0x30, 0x86, 0x38, 0x95, 0x32, 0x82, 0x36])
    #expect(answers.root == mapping(("a", .int(1)), ("b", .string("党组会À𠀀"))))
    let location = try #require(answers.locations["b"])
    #expect((location.value.line, location.value.column) == (2, 4))
    #expect((location.key.line, location.key.column) == (2, 1))
    #expect(try TextDecoding.read(gbk, file: "x").encoding == .gb18030)
    #expect(try TextDecoding.read(Array("党".utf8), file: "x").encoding == .utf8)
  }

  /// UTF-8 first and GB18030 after it (text pasted from elsewhere) is refused where it
  /// changes; a UTF-8 byte-order mark says the file is UTF-8.
  @Test func mixedEncodingsAreRefusedWhereTheyChange() {
    let gbk: [UInt8] = [0xB5, 0xB3, 0xD7, 0xE9, 0xBB, 0xE1]
    let mixed = "文件前面是 UTF-8 编码，从这里起却是 GBK/GB18030（Windows 记事本的“ANSI”）"
    expectError(
      { _ = try read(Array("单位: x\n会议: ".utf8) + gbk) }, mixed, line: 2, column: 5,
      hint: "另存为 UTF-8")
    expectError(
      { _ = try read([0xEF, 0xBB, 0xBF] + gbk) }, "文件不是 UTF-8 编码（这里的字节 0xB5 无效）", line: 1, column: 1
    )
  }

  /// A GB18030 file with a byte GB18030 cannot read is refused at that byte, its column
  /// counted in GB18030 characters.
  @Test func brokenGB18030IsRefusedWhereItBreaks() {
    let gbk: [UInt8] = [0xB5, 0xB3, 0xD7, 0xE9, 0xBB, 0xE1]
    expectError(
      { _ = try read(gbk + Array(": 1\n会议".utf8).prefix(4) + gbk + [0xFF]) },
      "文件看起来是 GBK/GB18030 编码，但这里的字节 0xFF 不是有效的 GB18030", line: 2, column: 4,
      hint: "另存为 UTF-8")
    expectError(
      { _ = try read([0x61, 0x3A, 0x20] + gbk + [0x84, 0x31, 0xA5, 0x30]) },
      "文件看起来是 GBK/GB18030 编码，但这里的字节 0x84 不是有效的 GB18030", line: 1, column: 7)
  }

  @Test func invalidUTF8IsRefusedWhereItStarts() {
    expectError(
      { _ = try read(Array("a: 党\n".utf8) + [0xFF]) },
      "文件不是 UTF-8 编码（这里的字节 0xFF 无效）", line: 2, column: 1)
    expectError(
      { _ = try read(Array("a: 党".utf8).dropLast() + [0x0A, 0x80]) },
      "文件不是 UTF-8 编码（这里的字节 0xE5 无效）", line: 1, column: 4)
    expectError(
      { _ = try read([0x61, 0x3A, 0x20, 0xC0, 0xAF, 0xFF]) },
      "文件不是 UTF-8 编码（这里的字节 0xC0 无效）", line: 1, column: 4)
    expectError(
      { _ = try read([0x61, 0x3A, 0x20, 0xED, 0xA0, 0x80]) },
      "文件不是 UTF-8 编码（这里的字节 0xED 无效）", line: 1, column: 4)
  }

  @Test func controlCharactersInTheFileAreRefused() {
    expectError(
      { _ = try read(Array("a: 1\nb: x\0y\n".utf8)) }, "文件里有空字符（NUL，U+0000）", line: 2,
      column: 5, hint: "UTF-16")
    expectError(
      { _ = try read(Array("a: 党\u{7}\n".utf8)) }, "文件里有不可见的控制字符 U+0007", line: 1, column: 5)
    expectError(
      { _ = try read(Array("a: \u{FFFF}\n".utf8), format: .json) }, "文件里有不可见的控制字符 U+FFFF",
      line: 1, column: 4)
  }

  @Test func emptyFiles() throws {
    #expect(try read([]).root == mapping())
    #expect(try read([0xEF, 0xBB, 0xBF]).root == mapping())
    expectError({ _ = try read([], format: .json) }, "文件是空的", line: 1, column: 1)
  }
}
