/// Turns the bytes of an answers file, a template (or any text file draft reads) into text: UTF-8 (a
/// byte-order mark is dropped), UTF-16 with its byte-order mark, or GB18030 — what Chinese
/// Windows editors save as “ANSI” — when the bytes are not UTF-8 and are GB18030 throughout.
/// Nothing else is read, and nothing is guessed at: a file that is UTF-8 in one part and
/// something else in another is refused where it changes.
///
/// Reading GB18030 prints no note: the decoding is exact, not a guess (bytes that are valid
/// UTF-8 are always read as UTF-8, and GB18030 is taken only when every byte is GB18030),
/// and the report is the same as from the file saved as UTF-8. `read` tells a caller that
/// wants to say so which encoding it was.
///
/// Line breaks come out as `\n` alone (`\r\n` and `\r` become `\n`), and the text holds no
/// character `ForbiddenCharacters` forbids: the first one is refused at its line and column.
enum TextDecoding {
  /// The encodings text is read in.
  enum Encoding: Sendable, Equatable {
    case utf8
    case utf16
    case gb18030
  }

  /// The text of `bytes`; `file` names the file in messages.
  static func decode(_ bytes: [UInt8], file: String) throws(Diagnostic) -> String {
    try read(bytes, file: file).text
  }

  /// The text of `bytes` and the encoding it was read in; `file` names the file in messages.
  static func read(_ bytes: [UInt8], file: String) throws(Diagnostic) -> (
    text: String, encoding: Encoding
  ) {
    if UTF16Decoding.hasByteOrderMark(bytes) {
      return (try normalized(decodeUTF16(bytes, file: file), file: file), .utf16)
    }
    let marked = bytes.starts(with: [0xEF, 0xBB, 0xBF])
    let body = marked ? Array(bytes.dropFirst(3)) : bytes
    guard let bad = UTF8Validation.firstInvalidOffset(body) else {
      return (try normalized(String(decoding: body, as: UTF8.self), file: file), .utf8)
    }
    guard !marked, let text = try gb18030(body, firstBadUTF8: bad, file: file) else {
      throw notUTF8(body, badOffset: bad, file: file)
    }
    return (try normalized(text, file: file), .gb18030)
  }

  /// The text of `bytes` read as GB18030, when that is what they are; nil when they are not
  /// GB18030 either. Refuses a file that changes from UTF-8 to something else (more than one
  /// UTF-8 character before the first byte UTF-8 cannot read: real GB18030 text breaks UTF-8
  /// at once), and a GB18030 file broken further on, at the broken byte.
  private static func gb18030(_ bytes: [UInt8], firstBadUTF8 bad: Int, file: String)
    throws(Diagnostic)
    -> String?
  {
    let utf8Characters = bytes[..<bad].count { $0 >= 0xC0 }
    let gbBad = GB18030.firstInvalidOffset(bytes[...])
    if utf8Characters >= 2 {
      guard GB18030.firstInvalidOffset(bytes[bad...]) == nil else { return nil }
      throw Diagnostic(
        .error, "文件前面是 UTF-8 编码，从这里起却是 GBK/GB18030（Windows 记事本的“ANSI”）",
        at: utf8Location(bytes, bad, file: file),
        hint: "文件混用了两种编码（可能是从别处粘贴进来的）：请把这里起的文字重新粘贴或输入，再另存为 UTF-8 后重试。")
    }
    guard let gbBad else { return GB18030.decode(bytes[...]) }
    let lineStart = (bytes[..<gbBad].lastIndex(of: 0x0A) ?? -1) + 1
    var characters = 0
    var multibyte = 0
    _ = GB18030.scan(bytes[..<gbBad]) { multibyte += $0.isASCII ? 0 : 1 }
    _ = GB18030.scan(bytes[lineStart..<gbBad]) { _ in characters += 1 }
    guard gbBad > bad, multibyte >= 2 else { return nil }
    let line = 1 + bytes[..<lineStart].count { $0 == 0x0A }
    throw Diagnostic(
      .error,
      "文件看起来是 GBK/GB18030 编码，但这里的字节 \(hex(bytes[gbBad])) 不是有效的 GB18030",
      at: SourceLocation(file: file, line: line, column: characters + 1),
      hint: "文件可能已损坏，或混进了别的编码的文字：请检查这一处，用编辑器另存为 UTF-8 后重试。")
  }

  private static func hex(_ byte: UInt8) -> String {
    "0x" + String(byte, radix: 16, uppercase: true)
  }

  /// UTF-16 text after its byte-order mark.
  private static func decodeUTF16(_ bytes: [UInt8], file: String) throws(Diagnostic) -> String {
    guard let text = UTF16Decoding.text(bytes) else {
      throw Diagnostic(
        .error, "文件以 UTF-16 的字节顺序标记开头，但内容不是有效的 UTF-16",
        at: SourceLocation(file: file, line: 1, column: 1),
        hint: "请用编辑器另存为 UTF-8 后重试。")
    }
    return text
  }

  /// The text with line breaks as `\n`, after checking every character is allowed.
  private static func normalized(_ text: String, file: String) throws(Diagnostic) -> String {
    // Text with no carriage return and nothing forbidden is returned as it is.
    let clean = text.utf8.withContiguousStorageIfAvailable {
      !$0.contains(UInt8(ascii: "\r")) && ForbiddenCharacters.noneIn(utf8: $0)
    }
    if clean == true { return text }
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
      guard !ForbiddenCharacters.contains(scalar) else {
        throw controlCharacter(scalar, at: SourceLocation(file: file, line: line, column: column))
      }
      out.append(scalar)
      column += 1
    }
    return String(out)
  }

  private static func controlCharacter(_ scalar: Unicode.Scalar, at location: SourceLocation)
    -> Diagnostic
  {
    if scalar == "\0" {
      return Diagnostic(
        .error, "文件里有空字符（NUL，U+0000）", at: location,
        hint: "这个文件应当是纯文本；如果它是 UTF-16 编码，请用编辑器另存为 UTF-8 后重试。")
    }
    return Diagnostic(
      .error, "文件里有不可见的控制字符 \(CodePoint.name(scalar))", at: location,
      hint: "删掉这个字符；它可能是从别处复制时带进来的。")
  }

  /// The error for bytes that are not UTF-8, at the first bad byte.
  private static func notUTF8(_ bytes: [UInt8], badOffset: Int, file: String) -> Diagnostic {
    Diagnostic(
      .error, "文件不是 UTF-8 编码（这里的字节 \(hex(bytes[badOffset])) 无效）",
      at: utf8Location(bytes, badOffset, file: file), hint: "请用编辑器另存为 UTF-8 后重试。")
  }

  /// Where byte `offset` is, reading what comes before it as UTF-8.
  private static func utf8Location(_ bytes: [UInt8], _ offset: Int, file: String)
    -> SourceLocation
  {
    let before = bytes[..<offset]
    let lineStart = (before.lastIndex(of: 0x0A) ?? -1) + 1
    let line = 1 + before.count { $0 == 0x0A }
    let column = 1 + bytes[lineStart..<offset].count { $0 & 0xC0 != 0x80 }
    return SourceLocation(file: file, line: line, column: column)
  }
}
