/// Refuses text that escapes made of characters `ForbiddenCharacters` forbids (YAML's `\x01`,
/// JSON's `\u0001`): the file's own characters were checked when it was decoded, so writers of
/// .docx and other XML never meet them.
enum ControlCharacterCheck {
  /// Checks every key and string in `root`, in document order, pointing at the first offender.
  static func check(_ root: Value, locations: [String: ValueLocation], source: SourceText)
    throws(Diagnostic)
  {
    var pending: [(value: Value, path: String)] = [(root, "")]
    while let (value, path) = pending.popLast() {
      switch value {
      case .string(let text):
        if let scalar = ForbiddenCharacters.first(in: text) {
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
          if let scalar = ForbiddenCharacters.first(in: key) {
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

  private static func error(
    _ message: String, at location: ValueLocation?, key: Bool, source: SourceText
  ) -> Diagnostic {
    let hint = "这种字符不能写进文档，请删掉它（它可能来自 \\x01、\\u0001 这样的转义）。"
    guard let location else { return Diagnostic.error(message, hint: hint) }
    let source = location.source ?? source
    return source.error(message, at: key ? location.key : location.value, hint: hint)
  }
}
