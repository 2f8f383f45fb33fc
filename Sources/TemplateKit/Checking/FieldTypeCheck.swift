extension FieldType {
  /// What is wrong with `value` for a field of this type, in a sentence; nil when it fits.
  /// A missing value is not this check's business.
  func problem(with value: Value, choices: [String]) -> String? {
    switch (self, value) {
    case (_, .null):
      return nil
    case (.text, .string), (.text, .int), (.text, .double), (.paragraph, .string):
      return nil
    case (.count, .int(let number)):
      return number >= 0 ? nil : "次数不能是负数"
    case (.integer, .int):
      return nil
    case (.count, .double(let number)), (.integer, .double(let number)):
      return "应是整数，这里是 \(Diagnostic.quotedPart(of: NumberFormatting.plain(number)))"
    case (.number, .int), (.number, .double):
      return nil
    case (.amount, .int(let number)):
      return number >= 0 ? nil : "金额不能是负数"
    case (.amount, .double(let number)):
      return number >= 0 ? nil : "金额不能是负数"
    case (.date, .string(let text)):
      return ChineseDate(parsing: text) == nil
        ? "写的“\(text)”不是日期，应写作 2023-07-02 这样的真实日期" : nil
    case (.flag, .bool), (.flag, .string("是")), (.flag, .string("否")):
      return nil
    case (.choice, .string(let text)):
      return choices.contains(text) ? nil : "应是以下之一：" + choices.joined(separator: "、")
    case (.list, .list(let items)):
      return items.contains {
        if case .map = $0 { true } else if case .list = $0 { true } else { false }
      }
        ? "列表的每一项应是一段文字" : nil
    case (.list, .string):
      return nil
    case (.records, .list(let items)):
      return items.allSatisfy { if case .map = $0 { true } else { false } }
        ? nil : "每一项应是一组字段（“- 键: 值”的形式）"
    case (.group, .map):
      return nil
    case (.phrases, .list(let items)):
      return items.allSatisfy {
        switch $0 {
        case .string: true
        case .map(let record): record["标题"] != nil || record["名称"] != nil
        default: false
        }
      } ? nil : "每一项应是措辞库中的条目名，或写成 {标题: …, 内容: …}"
    case (.count, .string(let text)), (.integer, .string(let text)):
      if let approximate = ApproximateNumber(parsing: text) {
        return approximate.isWhole && (self != .count || approximate.value >= 0)
          ? nil : "应是整数，这里是“\(Diagnostic.quotedPart(of: text))”"
      }
      return "应是整数，这里是文字“\(Diagnostic.quotedPart(of: text))”" + Self.quotedNumberHint(text)
    case (.number, .string(let text)), (.amount, .string(let text)):
      if let approximate = ApproximateNumber(parsing: text) {
        return self == .amount && approximate.value < 0 ? "金额不能是负数" : nil
      }
      return "应是数字，这里是文字“\(Diagnostic.quotedPart(of: text))”" + Self.quotedNumberHint(text)
    default:
      return "应是\(description)，这里是\(value.typeName)"
    }
  }

  /// A hint for numbers written as text: "12次", "“12”", "１２" (full-width digits, given
  /// back in ASCII); "二〇二三" (Chinese numerals, which `isNumber` also counts) is asked
  /// for in Arabic digits.
  private static func quotedNumberHint(_ text: String) -> String {
    var digits = ""
    for scalar in text.unicodeScalars {
      switch scalar.value {
      case 0x30...0x39: digits.unicodeScalars.append(scalar)
      case 0xFF10...0xFF19: digits += String(scalar.value - 0xFF10)
      default: break
      }
    }
    if digits.isEmpty {
      return text.contains(where: \.isNumber) ? "（请用阿拉伯数字书写）" : ""
    }
    // Digits mixed with Latin letters (1e400, 0x1F) are no number to suggest.
    if text.contains(where: { $0.isASCII && $0.isLetter }) { return "（只写阿拉伯数字）" }
    return "（只写数字，如 \(Diagnostic.quotedPart(of: digits))，不要加引号或单位）"
  }
}
