/// Filters on numbers: Chinese numerals, 万元 and 亿元, fixed decimals, percentages, growth
/// rates. A number written with a qualifying word (`120余`, `近100`: `ApproximateNumber`)
/// keeps the word in its place.
enum NumberFilters {
  static let all: [Filter] = [cn, cnyear, wan, yi, fixed, percent, growth, growthRate]

  static let cn = Filter(
    "cn", chineseName: "中文数字",
    summary: "整数写成汉字：3 → 三，21 → 二十一，105 → 一百零五；紧接量词时 2 写作“两”（两项、两次）"
  ) { (value, _) throws(FilterError) in
    try chinese(value, spelled: ChineseNumerals.cardinal)
  }

  /// `cn` where a measure word follows in the text (`{{ 数 | cn }}项`): the parser puts it in
  /// `cn`'s place, so that 2 reads 两项.
  static let cnQuantity = Filter(
    "cn", chineseName: "中文数字", summary: cn.summary
  ) { (value, _) throws(FilterError) in
    try chinese(value, spelled: ChineseNumerals.quantity)
  }

  private static func chinese(_ value: Value?, spelled: (Int) -> String) throws(FilterError)
    -> Value?
  {
    guard let value, !value.isAbsent else { return nil }
    if let approximate = approximate(value) {
      guard approximate.isWhole else { throw notWhole(value, for: "cn") }
      return .string(approximate.qualifying(spelled(Int(approximate.value))))
    }
    return .string(spelled(try wholeNumber(value, for: "cn")))
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
    try inUnits(value, arguments, of: 10_000, named: "万", filter: "wan")
  }

  static let yi = Filter(
    "yi", chineseName: "亿元",
    summary: "以元为单位的金额换算成亿元，保留给定位数（默认 2 位）：123000000 | yi → 1.23亿元",
    arity: 0...1
  ) { (value, arguments) throws(FilterError) in
    try inUnits(value, arguments, of: 100_000_000, named: "亿", filter: "yi")
  }

  private static func inUnits(
    _ value: Value?, _ arguments: [Value?], of size: Double, named unit: String, filter: String
  ) throws(FilterError) -> Value? {
    guard let value, !value.isAbsent else { return nil }
    let decimals = try decimalsArgument(arguments, default: 2)
    if let approximate = approximate(value) {
      let amount = NumberFormatting.fixed(approximate.value / size, decimals: decimals)
      return .string(approximate.qualifying(amount + unit, unit: "元"))
    }
    let amount = try number(value, for: filter)
    return .string(NumberFormatting.fixed(amount / size, decimals: decimals) + unit + "元")
  }

  static let fixed = Filter(
    "fixed", chineseName: "小数", summary: "保留给定位数的小数：3012.5 | fixed(2) → 3012.50",
    arity: 1...1
  ) { (value, arguments) throws(FilterError) in
    guard let value, !value.isAbsent else { return nil }
    let decimals = try decimalsArgument(arguments, default: 2)
    if let approximate = approximate(value) {
      return .string(
        approximate.qualifying(NumberFormatting.fixed(approximate.value, decimals: decimals)))
    }
    return .string(NumberFormatting.fixed(try number(value, for: "fixed"), decimals: decimals))
  }

  /// The percent sign reports print: full width, as official documents set it.
  static let percentSign = "％"

  static let percent = Filter(
    "percent", chineseName: "百分比",
    summary: "比率写成百分数，保留给定位数（默认 1 位）：0.865 → 86.5％", arity: 0...1
  ) { (value, arguments) throws(FilterError) in
    guard let value, !value.isAbsent else { return nil }
    let ratio = try number(value, for: "percent")
    let decimals = try decimalsArgument(arguments, default: 1)
    return .string(NumberFormatting.fixed(ratio * 100, decimals: decimals) + percentSign)
  }

  static let growth = Filter(
    "growth", chineseName: "同比",
    summary: "与上年数比较：本年 | growth(上年) → 同比增长12.5％（或同比下降、与上年持平），可给位数（默认 1 位）",
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
    return .string(change((current - previous) / abs(previous) * 100, decimals: decimals))
  }

  static let growthRate = Filter(
    "growthrate", chineseName: "增幅",
    summary: "已知的增长率（百分数）写成同比的说法：194.6 | 增幅 → 同比增长194.6％，-5 → 同比下降5％，可给位数（默认 1 位）",
    arity: 0...1
  ) { (value, arguments) throws(FilterError) in
    guard let value, !value.isAbsent else { return nil }
    let rate = try number(value, for: "growthrate")
    return .string(change(rate, decimals: try decimalsArgument(arguments, default: 1)))
  }

  /// `rate` (in percent) as a change on last year: 同比增长12.5％, 同比下降3％, 与上年持平.
  private static func change(_ rate: Double, decimals: Int) -> String {
    let text = NumberFormatting.fixed(abs(rate), decimals: decimals)
    if Double(text) == 0 { return "与上年持平" }
    return (rate > 0 ? "同比增长" : "同比下降") + text + percentSign
  }

  /// The value as a number, or an error saying it is not one.
  static func number(_ value: Value, for filter: String) throws(FilterError) -> Double {
    if let number = value.number { return number }
    if approximate(value) != nil {
      throw FilterError(
        "\(filter) 需要确切的数字，这里是约数“\((try? value.printed()) ?? "")”",
        hint: "约数（120余、近100）不能这样计算；请填写确切的数字。")
    }
    throw FilterError(
      "\(filter) 需要数字，这里是\(value.typeName)“\((try? value.printed()) ?? "")”",
      hint: "在答案中填写阿拉伯数字，如 12 或 3.5。")
  }

  /// The approximate number `value` is written as, if it is one.
  private static func approximate(_ value: Value) -> ApproximateNumber? {
    guard case .string(let text) = value else { return nil }
    return ApproximateNumber(parsing: text)
  }

  private static func notWhole(_ value: Value, for filter: String) -> FilterError {
    FilterError("\(filter) 需要整数，这里是“\(Diagnostic.quotedPart(of: (try? value.printed()) ?? ""))”")
  }

  private static func wholeNumber(_ value: Value, for filter: String) throws(FilterError) -> Int {
    let number = try number(value, for: filter)
    guard number == number.rounded(), abs(number) < 1e15 else { throw notWhole(value, for: filter) }
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
