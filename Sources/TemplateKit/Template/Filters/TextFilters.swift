/// Filters on text and lists: defaults, 《书名号》, “引号”, lists joined the Chinese way.
enum TextFilters {
  static let all: [Filter] = [
    defaultValue, length, series, join, map, book, quote, connect,
  ]

  static let defaultValue = Filter(
    "default", chineseName: "默认", summary: "没有填写时用给定的值：{{ 地点 | default(\"机关会议室\") }}",
    arity: 1...1
  ) { (value, arguments) throws(FilterError) in
    if let value, !value.isAbsent { return value }
    return arguments[0]
  }

  static let length = Filter(
    "length", chineseName: "个数", summary: "列表的项数或文字的字数：{{ 活动 | length }} → 12"
  ) { (value, _) throws(FilterError) in
    guard let value, !value.isAbsent else { return nil }
    switch value {
    case .list(let items): return .int(items.count)
    case .map(let mapping): return .int(mapping.count)
    case .string(let text): return .int(text.count)
    default: throw FilterError("\(value.typeName)没有长度", hint: "length 用于列表或文字。")
    }
  }

  static let series = Filter(
    "series", chineseName: "并列",
    summary: "列表用顿号连接、最后一项前用“和”：[甲, 乙, 丙] → 甲、乙和丙；可指定最后的连词：series(\"及\")",
    arity: 0...1
  ) { (value, arguments) throws(FilterError) in
    guard let items = try texts(of: value) else { return nil }
    let last = try arguments.first.flatMap { $0 }?.printed() ?? "和"
    switch items.count {
    case 1: return .string(items[0])
    default:
      return .string(items.dropLast().joined(separator: "、") + last + items[items.count - 1])
    }
  }

  static let join = Filter(
    "join", chineseName: "连接", summary: "列表用给定的符号连接：{{ 名单 | join(\"，\") }}",
    arity: 1...1
  ) { (value, arguments) throws(FilterError) in
    guard let items = try texts(of: value) else { return nil }
    return .string(items.joined(separator: try arguments[0]?.printed() ?? ""))
  }

  static let map = Filter(
    "map", chineseName: "取", summary: "从一组记录中各取一个字段：{{ 文件 | map(\"名称\") | book | series }}",
    arity: 1...1
  ) { (value, arguments) throws(FilterError) in
    guard let value, !value.isAbsent else { return nil }
    guard case .list(let items) = value else {
      throw FilterError("map 需要一组记录，这里是\(value.typeName)")
    }
    let key = try arguments[0]?.printed() ?? ""
    return .list(items.map { $0[key] ?? .null }.filter { !$0.isAbsent })
  }

  static let book = Filter(
    "book", chineseName: "书名号", summary: "加书名号：党章 → 《党章》；已有书名号的不重复加；列表逐项加"
  ) { (value, _) throws(FilterError) in
    try wrapEach(value, open: "《", close: "》")
  }

  static let quote = Filter(
    "quote", chineseName: "引号", summary: "加引号：三会一课 → “三会一课”；已有引号的不重复加；列表逐项加"
  ) { (value, _) throws(FilterError) in
    try wrapEach(value, open: "“", close: "”")
  }

  static let connect = Filter(
    "connect", chineseName: "衔接",
    summary: "把后一段接在前一段后面，重复的字只写一次：青石街道 | 衔接(\"街道党工委书记\") → 青石街道党工委书记",
    arity: 1...1
  ) { (value, arguments) throws(FilterError) in
    guard let value, !value.isAbsent else { return arguments[0] }
    let first = try value.printed()
    guard let next = arguments[0], !next.isAbsent else { return .string(first) }
    return .string(Overlap.joined(first, try next.printed()))
  }

  /// The printed items of a list (a single value counts as a list of one); nil when absent.
  private static func texts(of value: Value?) throws(FilterError) -> [String]? {
    guard let value, !value.isAbsent else { return nil }
    let items: [Value] = value.list ?? [value]
    var texts: [String] = []
    for item in items where !item.isAbsent { texts.append(try item.printed()) }
    return texts.isEmpty ? nil : texts
  }

  private static func wrapEach(_ value: Value?, open: String, close: String) throws(FilterError)
    -> Value?
  {
    guard let value, !value.isAbsent else { return nil }
    if case .list(let items) = value {
      var wrapped: [Value] = []
      for item in items where !item.isAbsent {
        wrapped.append(.string(wrap(try item.printed(), open: open, close: close)))
      }
      return .list(wrapped)
    }
    return .string(wrap(try value.printed(), open: open, close: close))
  }

  private static func wrap(_ text: String, open: String, close: String) -> String {
    let trimmed = text.trimmingWhitespace
    if trimmed.hasPrefix(open), trimmed.hasSuffix(close) { return trimmed }
    return open + trimmed + close
  }
}
