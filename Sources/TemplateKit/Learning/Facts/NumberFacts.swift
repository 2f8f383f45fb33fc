/// Numbers in a report's text, each a field: dates (2023年7月2日, 7月11日), the report's
/// year and the years next to it (`2023年` → `年度`, `2022年` → `年度 - 1`), amounts
/// (3.5万元), percentages, counts with their measure words (召开党组会12次), and any other
/// number. A number the template could not print back exactly as written (`07`, `1,200`,
/// full-width digits) is kept as text.
enum NumberFacts {
  static func find(in scan: inout TextScan, year: Int?, isDateLine: Bool) {
    var index = 0
    while index < scan.count {
      guard let number = NumberToken(in: scan, at: index), !scan.isTaken(number.range) else {
        index += 1
        continue
      }
      let facts = self.facts(for: number, in: scan, year: year, isDateLine: isDateLine)
      for fact in facts { scan.add(fact) }
      index = facts.map(\.range.upperBound).max() ?? number.range.upperBound
    }
  }

  private static func facts(
    for number: NumberToken, in scan: TextScan, year: Int?, isDateLine: Bool
  )
    -> [Fact]
  {
    let text = scan.characters
    let end = number.range.upperBound
    if let date = fullDate(startingWith: number, in: scan) {
      let event = CountNaming.event(after: date.end, before: number.range.lowerBound, in: text)
      let name: FactName =
        isDateLine
        ? .shared("报告.日期")
        : .learned(group: "日期", key: event, label: event + "日期", merge: nil)
      let inYear =
        year.map { date.value.year == $0 || (isDateLine && date.value.year == $0 + 1) } ?? true
      let written = scan.text(number.range.lowerBound..<date.end)
      if inYear, date.value.formatted == written {
        return [
          Fact(
            range: number.range.lowerBound..<date.end, type: .date, value: .string(iso(date.value)),
            printing: .date(monthAndDay: false), name: name, meaning: "日期")
        ]
      }
      // A date of another year: its year a year of its own (`年度 - 1`, or `年份.…`), the rest
      // a date of the report's year written as month and day — so that no date contradicts
      // the year the answers give.
      if let year, !inYear, date.value.formatted == written,
        let sameDay = ChineseDate(year: year, month: date.value.month, day: date.value.day)
      {
        let monthStart = number.range.upperBound + 1
        return [
          yearFact(number, written: date.value.year, year: year, in: scan),
          Fact(
            range: monthStart..<date.end, type: .date, value: .string(iso(sameDay)),
            printing: .date(monthAndDay: true),
            name: .learned(group: "日期", key: event, label: event + "日期", merge: nil),
            meaning: "日期（报告中只写月、日；年份另填）"),
        ]
      }
      if inYear {
        return [
          Fact(
            range: number.range.lowerBound..<date.end, type: .text, value: .string(written),
            printing: .plain, name: name, meaning: "日期（照原样书写）")
        ]
      }
      // Else its numbers are read one by one, the year first.
    }
    if let year, let monthDay = monthAndDay(startingWith: number, in: scan),
      let date = ChineseDate(year: year, month: monthDay.month, day: monthDay.day),
      "\(date.month)月\(date.day)日" == scan.text(number.range.lowerBound..<monthDay.end)
    {
      let event = CountNaming.event(after: monthDay.end, before: number.range.lowerBound, in: text)
      return [
        Fact(
          range: number.range.lowerBound..<monthDay.end, type: .date, value: .string(iso(date)),
          printing: .date(monthAndDay: true),
          name: .learned(group: "日期", key: event, label: event + "日期", merge: nil),
          meaning: "日期（报告中只写月、日）")
      ]
    }
    guard let value = number.value else {
      return [
        Fact(
          range: number.range, type: .text, value: .string(number.text), printing: .plain,
          name: .learned(
            group: "数字",
            key: CountNaming.name(before: number.range.lowerBound, after: end, in: text),
            label: "", merge: nil),
          meaning: "数字（照原样书写）")
      ]
    }
    if scan[end] == "年", number.decimals == 0, number.text.count == 4,
      let written = Int(number.text), (1900...2100).contains(written)
    {
      return [yearFact(number, written: written, year: year, in: scan)]
    }
    if scan.has("万元", at: end), let yuan = number.scaled(by: 4) {
      let key = CountNaming.name(before: number.range.lowerBound, after: end + 2, in: text)
      return [
        Fact(
          range: number.range.lowerBound..<end + 2, type: .amount, value: .int(yuan),
          printing: .tenThousands(decimals: number.decimals),
          name: .learned(group: "金额", key: key, label: key + "金额", merge: nil),
          meaning: "\(key)的金额（以元为单位，报告中写作万元）")
      ]
    }
    var after = end
    while let next = scan[after], "余多近".contains(next) { after += 1 }
    let measure =
      scan.first(of: ["亿元", "%", "％"], at: after) ?? scan.first(of: Lexicon.measures, at: after)
    let key = CountNaming.name(
      before: number.range.lowerBound, after: after + (measure?.count ?? 0), in: text,
      classifier: measure.map(Lexicon.classifiers.contains) ?? false)
    let printing: Fact.Printing = number.decimals > 0 ? .decimals(number.decimals) : .plain
    switch measure {
    case "%"?, "％"?:
      return [
        Fact(
          range: number.range, type: .number, value: value, printing: printing,
          name: .learned(group: "比例", key: key, label: key + "比例", merge: nil),
          meaning: "\(key)的百分比（只写数字，不写“%”）")
      ]
    case "元"?, "亿元"?:
      let unit = measure == "元" ? "元" : "亿元"
      return [
        Fact(
          range: number.range, type: unit == "元" ? .amount : .number, value: value,
          printing: printing,
          name: .learned(group: "金额", key: key, label: key + "金额", merge: nil),
          meaning: "\(key)的金额（单位：\(unit)，只写数字）")
      ]
    case let measure?:
      let noun = Lexicon.countNoun(for: measure)
      return [
        Fact(
          range: number.range, type: number.decimals > 0 ? .number : .count, value: value,
          printing: printing,
          name: .learned(group: "统计", key: key, label: key + noun, merge: nil),
          meaning: "\(key)的\(noun)（只写阿拉伯数字）")
      ]
    case nil:
      return [
        Fact(
          range: number.range, type: number.decimals > 0 ? .number : .integer, value: value,
          printing: printing, name: .learned(group: "数字", key: key, label: key, merge: nil),
          meaning: "\(key)（数字）")
      ]
    }
  }

  /// A year written `2023年`: the report's year (or the one before or after it) as `年度`,
  /// any other as a year of its own.
  private static func yearFact(_ number: NumberToken, written: Int, year: Int?, in scan: TextScan)
    -> Fact
  {
    if let year, abs(written - year) <= 1 {
      return Fact(
        range: number.range, type: .integer, value: .int(year),
        printing: .year(offset: written - year), name: .shared("年度"), meaning: "年度")
    }
    let key = CountNaming.name(
      before: number.range.lowerBound, after: number.range.upperBound + 1, in: scan.characters)
    return Fact(
      range: number.range, type: .integer, value: .int(written), printing: .plain,
      name: .learned(group: "年份", key: key, label: key + "年份", merge: nil), meaning: "年份")
  }

  private static func iso(_ date: ChineseDate) -> String {
    func two(_ number: Int) -> String { number < 10 ? "0\(number)" : "\(number)" }
    return "\(date.year)-\(two(date.month))-\(two(date.day))"
  }

  /// `2023年7月2日` from its year on: the date and where it ends.
  private static func fullDate(startingWith year: NumberToken, in scan: TextScan) -> (
    value: ChineseDate, end: Int
  )? {
    guard year.text.count == 4, year.decimals == 0, scan[year.range.upperBound] == "年",
      let month = NumberToken(in: scan, at: year.range.upperBound + 1),
      scan[month.range.upperBound] == "月",
      let day = NumberToken(in: scan, at: month.range.upperBound + 1),
      scan[day.range.upperBound] == "日",
      let y = Int(year.text), let m = Int(month.text), let d = Int(day.text),
      let date = ChineseDate(year: y, month: m, day: d)
    else { return nil }
    return (date, day.range.upperBound + 1)
  }

  /// `7月11日`, not after a year: the month, the day, and where it ends.
  private static func monthAndDay(startingWith month: NumberToken, in scan: TextScan) -> (
    month: Int, day: Int, end: Int
  )? {
    guard scan[month.range.lowerBound - 1] != "年", scan[month.range.upperBound] == "月",
      let day = NumberToken(in: scan, at: month.range.upperBound + 1),
      scan[day.range.upperBound] == "日", let m = Int(month.text), let d = Int(day.text)
    else { return nil }
    return (m, d, day.range.upperBound + 1)
  }
}

/// A number as written: digits, maybe a decimal point and more digits.
struct NumberToken {
  var range: Range<Int>
  var text: String
  /// Digits after the point.
  var decimals: Int
  /// Whether it is written the way the template prints numbers back (ASCII digits, no
  /// leading zero, no group separators).
  var printsBack: Bool

  /// The number starting at `index`, when a digit starts there and none ends just before.
  init?(in scan: TextScan, at index: Int) {
    guard let first = scan[index], Self.isDigit(first) else { return nil }
    if let before = scan[index - 1], Self.isDigit(before) || before == "." { return nil }
    var end = index
    while let next = scan[end], Self.isDigit(next) { end += 1 }
    var decimals = 0
    if scan[end] == ".", let next = scan[end + 1], Self.isDigit(next) {
      end += 1
      while let next = scan[end], Self.isDigit(next) {
        end += 1
        decimals += 1
      }
    }
    range = index..<end
    text = scan.text(range)
    self.decimals = decimals
    let whole = text.prefix { $0 != "." }
    printsBack =
      text.allSatisfy { $0.isASCII } && !(whole.count > 1 && whole.hasPrefix("0"))
      && !(scan[end] == "," && scan[end + 1].map(Self.isDigit) == true) && decimals <= 6
  }

  /// The value, when it prints back as written: an integer, or a decimal.
  var value: Value? {
    guard printsBack else { return nil }
    if decimals == 0 { return Int(text).map(Value.int) }
    return Double(text).map(Value.double)
  }

  /// The value times 10^`places` as a whole number (`3.5` scaled by 4 is 35000), when it is
  /// one and prints back.
  func scaled(by places: Int) -> Int? {
    guard printsBack, decimals <= places else { return nil }
    let parts = text.split(separator: ".", omittingEmptySubsequences: false)
    let fraction = parts.count > 1 ? String(parts[1]) : ""
    let digits = String(parts[0]) + fraction + String(repeating: "0", count: places - decimals)
    return Int(digits)
  }

  private static func isDigit(_ character: Character) -> Bool {
    guard let scalar = character.unicodeScalars.first, character.unicodeScalars.count == 1 else {
      return false
    }
    return (0x30...0x39).contains(scalar.value) || (0xFF10...0xFF19).contains(scalar.value)
  }
}
