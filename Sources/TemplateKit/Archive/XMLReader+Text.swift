/// Character data and attribute values: references decoded, line ends normalized, forbidden
/// characters refused; and errors placed at their line and column.
extension XMLReader {
  /// Text from `position` up to the next tag (CDATA sections included), as one string.
  mutating func characterData() throws(Diagnostic) -> String {
    // Plain text is taken from the document as it is; only text with references, CDATA
    // or carriage returns is assembled piece by piece.
    var assembled: [UInt8]? = nil
    var run = position
    func flush(_ end: Int) {
      if assembled == nil { assembled = [] }
      assembled?.append(contentsOf: text[run..<end])
    }
    while position < text.count {
      let byte = text[position]
      switch byte {
      case UInt8(ascii: "<"):
        guard position + 1 < text.count, text[position + 1] == UInt8(ascii: "!"),
          starts("<![CDATA[")
        else { return finish(assembled, run) }
        flush(position)
        let start = position
        position += 9
        while position < text.count && !starts("]]>") { position += 1 }
        guard position < text.count else { throw error("CDATA 段没有结束（缺少“]]>”）", at: start) }
        try checkCharacters(start + 9, position)
        assembled?.append(contentsOf: Self.normalizingLineEnds(text[(start + 9)..<position]))
        position += 3
        run = position
      case UInt8(ascii: "&"):
        flush(position)
        assembled?.append(contentsOf: try reference())
        run = position
      case 0x0D:
        flush(position)
        assembled?.append(0x0A)
        position += position + 1 < text.count && text[position + 1] == 0x0A ? 2 : 1
        run = position
      default:
        try checkCharacter(at: position)
        position += 1
      }
    }
    return finish(assembled, run)
  }

  private func finish(_ assembled: [UInt8]?, _ run: Int) -> String {
    guard var assembled else { return string(run, position) }
    assembled.append(contentsOf: text[run..<position])
    return String(decoding: assembled, as: UTF8.self)
  }

  /// A quoted attribute value, at its quote: references decoded, each blank a space.
  mutating func attributeValue() throws(Diagnostic) -> String {
    guard position < text.count, text[position] == 0x22 || text[position] == 0x27 else {
      throw error("属性值应写在引号里", at: position)
    }
    let quote = text[position]
    let start = position
    position += 1
    var value: [UInt8] = []
    while position < text.count, text[position] != quote {
      let byte = text[position]
      switch byte {
      case UInt8(ascii: "<"): throw error("属性值里不能有“<”", at: position, hint: "要写 < 时请写成 &lt;。")
      case UInt8(ascii: "&"): value.append(contentsOf: try reference())
      case 0x0D:
        value.append(0x20)
        position += position + 1 < text.count && text[position + 1] == 0x0A ? 2 : 1
      case 0x09, 0x0A:
        value.append(0x20)
        position += 1
      default:
        try checkCharacter(at: position)
        value.append(byte)
        position += 1
      }
    }
    guard position < text.count else { throw error("属性值没有结束（缺少引号）", at: start) }
    position += 1
    return String(decoding: value, as: UTF8.self)
  }

  /// The UTF-8 of the reference at `position` (`&amp;`, `&#20826;`, `&#x515A;`).
  mutating func reference() throws(Diagnostic) -> [UInt8] {
    let start = position
    var end = position + 1
    while end < text.count, end - start <= 40, text[end] != UInt8(ascii: ";"),
      text[end] != UInt8(ascii: "<"), text[end] != UInt8(ascii: "&")
    {
      end += 1
    }
    guard end < text.count, text[end] == UInt8(ascii: ";"), end > start + 1 else {
      throw error("“&”后面应是实体名和分号", at: start, hint: "文字中的 & 要写成 &amp;。")
    }
    let name = string(start + 1, end)
    position = end + 1
    switch name {
    case "lt": return [UInt8(ascii: "<")]
    case "gt": return [UInt8(ascii: ">")]
    case "amp": return [UInt8(ascii: "&")]
    case "apos": return [UInt8(ascii: "'")]
    case "quot": return [UInt8(ascii: "\"")]
    default: break
    }
    guard name.hasPrefix("#") else {
      throw error(
        "未定义的实体“&\(name);”", at: start,
        hint: "XML 只有 &lt; &gt; &amp; &apos; &quot; 五个实体和 &#数字; 形式的字符引用。")
    }
    let hex = name.hasPrefix("#x")
    let digits = name.dropFirst(hex ? 2 : 1)
    guard !digits.isEmpty, digits.count <= 10, let value = UInt32(digits, radix: hex ? 16 : 10),
      let scalar = Unicode.Scalar(value), Self.isXMLCharacter(value)
    else {
      throw error("字符引用“&\(name);”不是 XML 允许的字符", at: start)
    }
    return Array(String(Character(scalar)).utf8)
  }

  /// Refuses a character XML 1.0 does not allow (§2.2): C0 controls but tab, line feed and
  /// carriage return; U+FFFE and U+FFFF (the only forbidden ones UTF-8 can spell).
  @inline(__always)
  func checkCharacter(at offset: Int) throws(Diagnostic) {
    let byte = text[offset]
    if byte < 0x20 && byte != 0x09 && byte != 0x0A && byte != 0x0D {
      throw error("文件里有 XML 不允许的控制字符 \(CodePoint.name(Unicode.Scalar(byte)))", at: offset)
    }
    if byte == 0xEF, offset + 2 < text.count, text[offset + 1] == 0xBF,
      text[offset + 2] == 0xBE || text[offset + 2] == 0xBF
    {
      throw error("文件里有 XML 不允许的字符 U+FFF\(text[offset + 2] == 0xBE ? "E" : "F")", at: offset)
    }
  }

  func checkCharacters(_ start: Int, _ end: Int) throws(Diagnostic) {
    for offset in start..<end { try checkCharacter(at: offset) }
  }

  static func isXMLCharacter(_ value: UInt32) -> Bool {
    switch value {
    case 0x09, 0x0A, 0x0D, 0x20...0xD7FF, 0xE000...0xFFFD, 0x10000...0x10FFFF: true
    default: false
    }
  }

  /// `bytes` with `\r\n` and a lone `\r` as `\n`.
  static func normalizingLineEnds(_ bytes: ArraySlice<UInt8>) -> [UInt8] {
    var out: [UInt8] = []
    out.reserveCapacity(bytes.count)
    var afterReturn = false
    for byte in bytes {
      if byte == 0x0A && afterReturn {
        afterReturn = false
        continue
      }
      afterReturn = byte == 0x0D
      out.append(afterReturn ? 0x0A : byte)
    }
    return out
  }

  /// An error at byte `offset` of the document, at its line and column, quoting the line.
  func error(_ message: String, at offset: Int, hint: String? = nil) -> Diagnostic {
    let place = Self.location(ofOffset: offset, in: text, file: file)
    return Diagnostic(.error, message, at: place.location, quoting: place.line, hint: hint)
  }

  /// Where byte `offset` of `bytes` is: line and column (counting characters), and the line.
  static func location(ofOffset offset: Int, in bytes: [UInt8], file: String)
    -> (location: SourceLocation, line: String, lineAndColumn: (Int, Int))
  {
    let offset = min(max(offset, 0), bytes.count)
    let lineStart = (bytes[..<offset].lastIndex(of: 0x0A) ?? -1) + 1
    let line = 1 + bytes[..<lineStart].count { $0 == 0x0A }
    let column = 1 + bytes[lineStart..<offset].count { $0 & 0xC0 != 0x80 }
    var lineEnd = bytes[lineStart...].firstIndex(of: 0x0A) ?? bytes.count
    if lineEnd > lineStart && bytes[lineEnd - 1] == 0x0D { lineEnd -= 1 }
    let text = String(decoding: bytes[lineStart..<lineEnd], as: UTF8.self)
    return (SourceLocation(file: file, line: line, column: column), text, (line, column))
  }
}
