/// Filters on numbers: Chinese numerals, 万元, fixed decimals, percentages, growth rates.
enum NumberFilters {
  static let all: [Filter] = [cn, cnyear, wan, fixed, percent, growth]

  static let cn = Filter(
    "cn", chineseName: "中文数字", summary: "整数写成汉字：3 → 三，21 → 二十一，105 → 一百零五"
  ) { (value, _) throws(FilterError) in
    guard let value, !value.isAbsent else { return nil }
    return .string(ChineseNumerals.cardinal(try wholeNumber(value, for: "cn")))
  }

  static let cnyear = Filter(
    "cnyear", chineseName: "中文年份", summary: "年份逐位写成汉字：2023 → 二〇二三年"
  ) { (value, _) throws(FilterError) in
    guard let value, !value.isAbsent else { return nil }
    if case .string(let text) = value, let date = ChineseDate(parsing: text) {
      return .string(ChineseNumerals.digits(date.year) + "年")
    }
    return .string(ChineseNumerals.digits(try wholeNumber(value, for: "cnyear")) + "年")
  }

  static let wan = Filter(
    "wan", chineseName: "万元",
    summary: "以元为单位的金额换算成万元，保留给定位数（默认 2 位）：35600 | wan(1) → 3.6万元",
    arity: 0...1
  ) { (value, arguments) throws(FilterError) in
    guard let value, !value.isAbsent else { return nil }
    let amount = try number(value, for: "wan")
    let decimals = try decimalsArgument(arguments, default: 2)
    return .string(NumberFormatting.fixed(amount / 10_000, decimals: decimals) + "万元")
  }

  static let fixed = Filter(
    "fixed", chineseName: "小数", summary: "保留给定位数的小数：3012.5 | fixed(2) → 3012.50",
    arity: 1...1
  ) { (value, arguments) throws(FilterError) in
    guard let value, !value.isAbsent else { return nil }
    let decimals = try decimalsArgument(arguments, default: 2)
    return .string(NumberFormatting.fixed(try number(value, for: "fixed"), decimals: decimals))
  }

  static let percent = Filter(
    "percent", chineseName: "百分比",
    summary: "比率写成百分数，保留给定位数（默认 1 位）：0.865 → 86.5%", arity: 0...1
  ) { (value, arguments) throws(FilterError) in
    guard let value, !value.isAbsent else { return nil }
    let ratio = try number(value, for: "percent")
    let decimals = try decimalsArgument(arguments, default: 1)
    return .string(NumberFormatting.fixed(ratio * 100, decimals: decimals) + "%")
  }

  static let growth = Filter(
    "growth", chineseName: "同比",
    summary: "与上年数比较：本年 | growth(上年) → 同比增长12.5%（或同比下降、与上年持平），可给位数（默认 1 位）",
    arity: 1...2
  ) { (value, arguments) throws(FilterError) in
    guard let value, !value.isAbsent, let previousValue = arguments[0], !previousValue.isAbsent
    else { return nil }
    let current = try number(value, for: "growth")
    let previous = try number(previousValue, for: "growth")
    let decimals = try decimalsArgument(Array(arguments.dropFirst()), default: 1)
    guard previous != 0 else {
      throw FilterError("上年数为 0，无法计算同比增长率", hint: "上年为 0 时请直接写出本年的数。")
    }
    let rate = (current - previous) / abs(previous) * 100
    let text = NumberFormatting.fixed(abs(rate), decimals: decimals)
    if Double(text) == 0 { return .string("与上年持平") }
    return .string((rate > 0 ? "同比增长" : "同比下降") + text + "%")
  }

  /// The value as a number, or an error saying it is not one.
  static func number(_ value: Value, for filter: String) throws(FilterError) -> Double {
    if let number = value.number { return number }
    throw FilterError(
      "\(filter) 需要数字，这里是\(value.typeName)“\((try? value.printed()) ?? "")”",
      hint: "在答案中填写阿拉伯数字，如 12 或 3.5。")
  }

  private static func wholeNumber(_ value: Value, for filter: String) throws(FilterError) -> Int {
    let number = try number(value, for: filter)
    guard number == number.rounded(), abs(number) < 1e15 else {
      throw FilterError("\(filter) 需要整数，这里是“\(NumberFormatting.plain(number))”")
    }
    return Int(number)
  }

  private static func decimalsArgument(_ arguments: [Value?], default fallback: Int)
    throws(FilterError) -> Int
  {
    guard let argument = arguments.first, let argument else { return fallback }
    guard case .int(let decimals) = argument, (0...10).contains(decimals) else {
      throw FilterError("小数位数应是 0 到 10 的整数")
    }
    return decimals
  }
}
