/// Filters on dates.
enum DateFilters {
  static let all: [Filter] = [date]

  static let date = Filter(
    "date", chineseName: "日期",
    summary: "日期写成 2023年7月2日；date(\"月日\") → 7月2日，date(\"年月\") → 2023年7月，date(\"年\") → 2023年",
    arity: 0...1
  ) { (value, arguments) throws(FilterError) in
    guard let value, !value.isAbsent else { return nil }
    let text = try value.printed()
    guard let date = ChineseDate(parsing: text) else {
      throw FilterError(
        "“\(text)”不是日期", hint: "日期写作 2023-07-02 或 2023年7月2日，且须是真实存在的日期。")
    }
    let style = try arguments.first.flatMap { $0 }?.printed() ?? "年月日"
    switch style {
    case "年月日": return .string(date.formatted)
    case "月日": return .string("\(date.month)月\(date.day)日")
    case "年月": return .string("\(date.year)年\(date.month)月")
    case "年": return .string("\(date.year)年")
    default:
      throw FilterError("不认识的日期样式“\(style)”", hint: "可用的样式：年月日、月日、年月、年。")
    }
  }
}
