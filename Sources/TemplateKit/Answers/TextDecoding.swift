/// Turns the bytes of an answers file into text: UTF-8 (a byte-order mark is dropped) or
/// UTF-16 with its byte-order mark; anything else is refused, never guessed at.
///
/// Line breaks come out as `\n` alone (`\r\n` and `\r` become `\n`), and the text holds only
/// characters YAML counts as printable: tab, line feed, and no other control characters.
enum TextDecoding {
  /// The text of `bytes`; `file` names the file in messages.
  static func decode(_ bytes: [UInt8], file: String) throws -> String {
    let text: String
    if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
      text = try decodeUTF16(bytes, file: file)
    } else {
      let body = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? Array(bytes.dropFirst(3)) : bytes
      if let bad = UTF8Validation.firstInvalidOffset(body) {
        throw notUTF8(body, badOffset: bad, file: file)
      }
      text = String(decoding: body, as: UTF8.self)
    }
    return try normalized(text, file: file)
  }

  /// UTF-16 text after its byte-order mark, which says which byte comes first.
  private static func decodeUTF16(_ bytes: [UInt8], file: String) throws -> String {
    let littleEndian = bytes[0] == 0xFF
    var units: [UInt16] = []
    units.reserveCapacity(bytes.count / 2)
    var index = 2
    while index + 1 < bytes.count {
      let first = UInt16(bytes[index])
      let second = UInt16(bytes[index + 1])
      units.append(littleEndian ? first | second << 8 : first << 8 | second)
      index += 2
    }
    guard index == bytes.count, let text = String(validating: units, as: UTF16.self) else {
      throw Diagnostic(
        .error, "文件以 UTF-16 的字节顺序标记开头，但内容不是有效的 UTF-16",
        at: SourceLocation(file: file, line: 1, column: 1),
        hint: "请用编辑器另存为 UTF-8 后重试。")
    }
    return text
  }

  /// The text with line breaks as `\n`, after checking every character is allowed.
  private static func normalized(_ text: String, file: String) throws -> String {
    var out = String.UnicodeScalarView()
    var line = 1
    var column = 1
    var afterCarriageReturn = false
    for scalar in text.unicodeScalars {
      if scalar == "\n" && afterCarriageReturn {
        afterCarriageReturn = false
        continue
      }
      afterCarriageReturn = scalar == "\r"
      if scalar == "\n" || scalar == "\r" {
        out.append("\n")
        line += 1
        column = 1
        continue
      }
      guard isAllowed(scalar) else {
        throw controlCharacter(scalar, at: SourceLocation(file: file, line: line, column: column))
      }
      out.append(scalar)
      column += 1
    }
    return String(out)
  }

  /// Whether `scalar` may stand in an answers file: YAML's printable characters (tab, and no
  /// other C0 or C1 control character except NEL, no DEL, no U+FFFE or U+FFFF).
  private static func isAllowed(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x09, 0x20...0x7E, 0x85, 0xA0...0xD7FF, 0xE000...0xFFFD, 0x10000...0x10FFFF: true
    default: false
    }
  }

  private static func controlCharacter(_ scalar: Unicode.Scalar, at location: SourceLocation)
    -> Diagnostic
  {
    if scalar == "\0" {
      return Diagnostic(
        .error, "文件里有空字符（NUL，U+0000）", at: location,
        hint: "答案文件应当是纯文本；如果它是 UTF-16 编码，请用编辑器另存为 UTF-8 后重试。")
    }
    return Diagnostic(
      .error, "文件里有不可见的控制字符 \(CodePoint.name(scalar))", at: location,
      hint: "删掉这个字符；它可能是从别处复制时带进来的。")
  }

  /// The error for bytes that are not UTF-8, at the first bad byte, naming GBK/GB18030 when
  /// the bytes read as that (what Chinese editors call “ANSI”).
  private static func notUTF8(_ bytes: [UInt8], badOffset: Int, file: String) -> Diagnostic {
    let before = bytes[..<badOffset]
    let lineStart = (before.lastIndex(of: 0x0A) ?? -1) + 1
    let line = 1 + before.count { $0 == 0x0A }
    let column = 1 + bytes[lineStart..<badOffset].count { $0 & 0xC0 != 0x80 }
    let location = SourceLocation(file: file, line: line, column: column)
    let hint = "请用编辑器另存为 UTF-8 后重试。"
    if looksLikeGB18030(bytes) {
      return Diagnostic(
        .error, "文件不是 UTF-8 编码，看起来是 GBK/GB18030（Windows 记事本的“ANSI”）", at: location,
        hint: hint)
    }
    let byte = "0x" + String(bytes[badOffset], radix: 16, uppercase: true)
    return Diagnostic(.error, "文件不是 UTF-8 编码（这里的字节 \(byte) 无效）", at: location, hint: hint)
  }

  /// Whether `bytes` are well-formed GB18030 with at least one Chinese (multi-byte) character.
  static func looksLikeGB18030(_ bytes: [UInt8]) -> Bool {
    var index = 0
    var sawMultibyte = false
    while index < bytes.count {
      let lead = bytes[index]
      if lead < 0x80 {
        index += 1
        continue
      }
      guard (0x81...0xFE).contains(lead), index + 1 < bytes.count else { return false }
      let second = bytes[index + 1]
      if (0x40...0x7E).contains(second) || (0x80...0xFE).contains(second) {
        index += 2
      } else if (0x30...0x39).contains(second), index + 3 < bytes.count,
        (0x81...0xFE).contains(bytes[index + 2]), (0x30...0x39).contains(bytes[index + 3])
      {
        index += 4
      } else {
        return false
      }
      sawMultibyte = true
    }
    return sawMultibyte
  }
}
