/// How values print in a report, and when a value counts as not given.
extension Value {
  /// Whether the answers leave this value out in effect: null, blank text, an empty list.
  /// A count of 0 is given.
  var isAbsent: Bool {
    switch self {
    case .null: true
    case .string(let text): Self.isBlank(text)
    case .list(let items): items.isEmpty
    case .map(let mapping): mapping.isEmpty
    case .bool, .int, .double: false
    }
  }

  /// Whether text holds nothing but blanks; text that starts with a printable byte is settled
  /// at once.
  private static func isBlank(_ text: String) -> Bool {
    if let first = text.utf8.first, first > 0x20, first != 0xE3 { return false }
    return text.unicodeScalars.allSatisfy(\.isBlank)
  }

  /// `isBlank` for text already in UTF-8.
  static func isBlank(_ utf8: UnsafeBufferPointer<UInt8>) -> Bool {
    if let first = utf8.first, first > 0x20, first != 0xE3 { return false }
    return isBlank(String(decoding: utf8, as: UTF8.self))
  }

  /// The value as printed: numbers in Arabic digits, yes/no as 是/否, a list joined with `、`.
  /// A mapping has no printed form.
  func printed() throws(FilterError) -> String {
    switch self {
    case .null: return ""
    case .bool(let flag): return flag ? "是" : "否"
    case .int(let number): return String(number)
    case .double(let number): return NumberFormatting.plain(number)
    case .string(let text): return text
    case .list(let items):
      var parts: [String] = []
      for item in items { parts.append(try item.printed()) }
      return parts.joined(separator: "、")
    case .map(let mapping):
      throw FilterError(
        "不能直接输出一组字段",
        hint: "请写出其中的某个字段，如“\(mapping.keys.first.map { "x.\($0)" } ?? "x.名称")”。")
    }
  }

  /// Whether a condition on this value holds: false for null, 0, blank text, empty lists.
  var isTruthy: Bool {
    switch self {
    case .null: false
    case .bool(let flag): flag
    case .int(let number): number != 0
    case .double(let number): number != 0
    case .string, .list, .map: !isAbsent
    }
  }

  /// The value as a number, when it is one (or text that reads as one).
  var number: Double? {
    switch self {
    case .int(let number): Double(number)
    case .double(let number): number
    case .string(let text): Double(text.trimmingWhitespace)
    default: nil
    }
  }
}
