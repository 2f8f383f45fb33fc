extension String {
  /// The text as XML character data or an attribute value: `& < > " '` as entities.
  var xmlEscaped: String { escaped(apostrophe: "&apos;") }

  /// The text as HTML text or an attribute value: `& < > " '` as entities.
  var htmlEscaped: String { escaped(apostrophe: "&#39;") }

  /// Scans the UTF-8 bytes (the marks to escape are all ASCII) and copies the stretches
  /// between them whole.
  private func escaped(apostrophe: String) -> String {
    var out = ""
    var start = utf8.startIndex
    for index in utf8.indices {
      let replacement: String
      switch utf8[index] {
      case UInt8(ascii: "&"): replacement = "&amp;"
      case UInt8(ascii: "<"): replacement = "&lt;"
      case UInt8(ascii: ">"): replacement = "&gt;"
      case UInt8(ascii: "\""): replacement = "&quot;"
      case UInt8(ascii: "'"): replacement = apostrophe
      default: continue
      }
      if out.isEmpty { out.reserveCapacity(utf8.count + 16) }
      out += self[start..<index]
      out += replacement
      start = utf8.index(after: index)
    }
    if start == utf8.startIndex { return self }
    out += self[start...]
    return out
  }
}
