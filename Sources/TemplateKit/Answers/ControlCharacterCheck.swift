/// Refuses text a document cannot hold: control characters other than tab, line feed and
/// carriage return (which YAML's `\x01` or JSON's `\u0001` escapes can produce), and the
/// non-characters U+FFFE and U+FFFF. Writers of .docx and other XML never meet them.
enum ControlCharacterCheck {
  /// Checks every key and string in `root`, in document order, pointing at the first offender.
  static func check(_ root: Value, locations: [String: ValueLocation], source: SourceText)
    throws
  {
    var pending: [(value: Value, path: String)] = [(root, "")]
    while let (value, path) = pending.popLast() {
      switch value {
      case .string(let text):
        if let scalar = firstForbidden(in: text) {
          throw error(
            "“\(path)”的文本里有控制字符 \(CodePoint.name(scalar))", at: locations[path],
            key: false, source: source)
        }
      case .list(let items):
        for (index, item) in items.enumerated().reversed() {
          pending.append((item, ValuePath.appending(index: index, to: path)))
        }
      case .map(let mapping):
        for key in mapping.keys {
          let itemPath = ValuePath.appending(key: key, to: path)
          if let scalar = firstForbidden(in: key) {
            throw error(
              "有一个键里有控制字符 \(CodePoint.name(scalar))", at: locations[itemPath],
              key: true, source: source)
          }
        }
        for (key, item) in mapping.pairs.reversed() {
          pending.append((item, ValuePath.appending(key: key, to: path)))
        }
      case .null, .bool, .int, .double: break
      }
    }
  }

  /// The first character of `text` a document cannot hold, if any.
  static func firstForbidden(in text: String) -> Unicode.Scalar? {
    text.unicodeScalars.first { scalar in
      switch scalar.value {
      case 0x09, 0x0A, 0x0D: false
      case 0x00...0x1F, 0x7F...0x9F, 0xFFFE, 0xFFFF: true
      default: false
      }
    }
  }

  private static func error(
    _ message: String, at location: ValueLocation?, key: Bool, source: SourceText
  ) -> Diagnostic {
    let hint = "这种字符不能写进文档，请删掉它（它可能来自 \\x01、\\u0001 这样的转义）。"
    guard let location else { return Diagnostic.error(message, hint: hint) }
    return key
      ? source.error(message, line: location.keyLine, column: location.keyColumn, hint: hint)
      : source.error(message, line: location.line, column: location.column, hint: hint)
  }
}
