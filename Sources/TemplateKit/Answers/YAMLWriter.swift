/// Writes values as YAML that reads back as the same values — in this project's reader and in
/// any YAML 1.2 tool: text that would read as something else (a number, true, a date-like
/// form, text with `: ` or a leading indicator) is quoted.
public enum YAMLWriter {
  /// A scalar, or a short list of scalars in flow style (`[甲, 乙]`), on one line; nil for
  /// values that need lines of their own (mappings, lists of mappings, long lists).
  public static func inline(_ value: Value) -> String? {
    switch value {
    case .null: return ""
    case .bool(let flag): return flag ? "true" : "false"
    case .int(let number): return String(number)
    case .double(let number):
      if number.isNaN { return ".nan" }
      if number.isInfinite { return number < 0 ? "-.inf" : ".inf" }
      let text = NumberFormatting.plain(number)
      return text.contains(".") || text.contains("e") ? text : text + ".0"
    case .string(let text): return scalar(text)
    case .list(let items):
      guard items.count <= 12 else { return nil }
      var parts: [String] = []
      for item in items {
        // In a flow list an empty item is an error, not null: null is spelled out.
        if case .null = item {
          parts.append("null")
          continue
        }
        guard case .string(let text) = item else {
          guard let part = inline(item), !(item.list != nil || item.mapping != nil) else {
            return nil
          }
          parts.append(part)
          continue
        }
        parts.append(flowScalar(text))
      }
      let line = "[" + parts.joined(separator: ", ") + "]"
      return DisplayWidth.of(line) <= 80 ? line : nil
    case .map(let mapping): return mapping.isEmpty ? "{}" : nil
    }
  }

  /// `value` as the block under a key, indented by `indent` spaces: each line ends with a line
  /// break.
  public static func block(_ value: Value, indent: Int) -> String {
    let pad = String(repeating: " ", count: indent)
    switch value {
    case .map(let mapping):
      var out = ""
      for (key, child) in mapping.pairs {
        out += entry(key: key, value: child, indent: indent)
      }
      return out
    case .list(let items):
      var out = ""
      for item in items {
        if let line = inline(item) {
          out += pad + "- " + line + "\n"
        } else {
          // A mapping or list under "- ": its first line continues the dash.
          // Dropped by scalars: a combining mark starting the item would join the last
          // space of the indentation into one Character.
          let inner = block(item, indent: indent + 2)
          out += pad + "- " + String(inner.unicodeScalars.dropFirst(indent + 2))
        }
      }
      return out
    default:
      return pad + (inline(value) ?? "") + "\n"
    }
  }

  /// `key: value`, on one line when it fits, else the value's block below it.
  public static func entry(key: String, value: Value, indent: Int) -> String {
    let pad = String(repeating: " ", count: indent)
    let name = self.key(key)
    if case .string(let text) = value, text.contains("\n"),
      !text.split(separator: "\n").contains(where: {
        $0.unicodeScalars.first == " " || $0.unicodeScalars.first == "\t"
      }),
      !text.unicodeScalars.contains(where: { $0.value < 0x20 && $0 != "\n" })
    {
      return pad + name + ": " + literal(text, indent: indent + 2)
    }
    if let line = inline(value) {
      return pad + name + ":" + (line.isEmpty ? "" : " " + line) + "\n"
    }
    return pad + name + ":\n" + block(value, indent: indent + 2)
  }

  /// A mapping key, quoted when it must be.
  public static func key(_ text: String) -> String { scalar(text) }

  /// Text as a plain scalar when it reads back as the same text, else double-quoted.
  static func scalar(_ text: String) -> String {
    needsQuotes(text, inFlow: false) ? quoted(text) : text
  }

  private static func flowScalar(_ text: String) -> String {
    needsQuotes(text, inFlow: true) ? quoted(text) : text
  }

  private static func needsQuotes(_ text: String, inFlow: Bool) -> Bool {
    guard let first = text.unicodeScalars.first, let last = text.unicodeScalars.last else {
      return true
    }
    if first == " " || last == " " || first == "\t" || last == "\t" { return true }
    if "-?:,[]{}#&*!|>'\"%@`".unicodeScalars.contains(first) { return true }
    // Compared by bytes: a combining mark after the space must not hide `: ` or ` #`.
    let bytes = Array(text.utf8)
    // At the start of a line, `...` ends the document.
    if bytes.starts(with: "...".utf8) { return true }
    if bytes.contains(": ") || bytes.contains(" #") || bytes.last == UInt8(ascii: ":") {
      return true
    }
    if text.unicodeScalars.contains(where: { $0.value < 0x20 || $0 == "\u{7F}" || $0 == "\u{FEFF}" }
    ) {
      return true
    }
    if inFlow, text.unicodeScalars.contains(where: { ",[]{}".unicodeScalars.contains($0) }) {
      return true
    }
    // Would read as null, a boolean or a number.
    let lower = text.lowercased()
    if ["~", "null", "true", "false", ".inf", "-.inf", "+.inf", ".nan"].contains(lower) {
      return true
    }
    return looksNumeric(text)
  }

  private static func looksNumeric(_ text: String) -> Bool {
    var body = Substring(text)
    if body.first == "-" || body.first == "+" { body = body.dropFirst() }
    guard let first = body.first else { return false }
    if body.hasPrefix("0x") || body.hasPrefix("0o") { return true }
    return (first.isASCII && first.isNumber) || (first == "." && body.count > 1)
      ? body.allSatisfy { $0.isASCII && ($0.isNumber || ".eE+-_".contains($0)) }
      : false
  }

  /// Double-quoted, with YAML's escapes.
  static func quoted(_ text: String) -> String {
    var out = "\""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\"": out += "\\\""
      case "\\": out += "\\\\"
      case "\n": out += "\\n"
      case "\t": out += "\\t"
      case "\r": out += "\\r"
      case _ where scalar.value < 0x20 || scalar.value == 0x7F || scalar.value == 0xFEFF:
        let hex = String(scalar.value, radix: 16, uppercase: true)
        out += "\\u" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
      default: out.unicodeScalars.append(scalar)
      }
    }
    return out + "\""
  }

  /// A literal block scalar (`|`) for text of several lines. Trailing line breaks are kept
  /// with `+` when clipping would drop them: after other empty lines, or when the text is
  /// nothing but line breaks (clipping keeps a final break only after some content).
  private static func literal(_ text: String, indent: Int) -> String {
    let pad = String(repeating: " ", count: indent)
    let onlyBreaks = text.unicodeScalars.allSatisfy { $0 == "\n" }
    let chomp =
      text.hasSuffix("\n") ? (text.hasSuffix("\n\n") || onlyBreaks ? "+" : "") : "-"
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
    let body = (text.hasSuffix("\n") ? lines.dropLast() : lines[...]).map {
      $0.isEmpty ? "" : pad + $0
    }
    return "|" + chomp + "\n" + body.joined(separator: "\n") + "\n"
  }
}

extension [UInt8] {
  /// Whether the bytes hold `part`'s UTF-8 bytes in a row.
  fileprivate func contains(_ part: StaticString) -> Bool {
    let needle = part.withUTF8Buffer { Array($0) }
    guard needle.count <= count else { return false }
    return (0...(count - needle.count)).contains { start in
      self[start..<(start + needle.count)].elementsEqual(needle)
    }
  }
}
