import Testing

@testable import TemplateKit

@Suite("Built-in filters")
struct FilterTests {
  @Test(arguments: [
    ("{{ 日 | date }}", "2023年7月2日"), ("{{ 日 | 日期 }}", "2023年7月2日"),
    ("{{ 日 | date(\"月日\") }}", "7月2日"), ("{{ 日 | date(\"年月\") }}", "2023年7月"),
    ("{{ \"2023/12/25\" | date }}", "2023年12月25日"), ("{{ \"2024年2月29日\" | date }}", "2024年2月29日"),
    ("{{ 三 | cn }}", "三"), ("{{ 二十一 | 中文数字 }}", "二十一"), ("{{ 年 | cnyear }}", "二〇二三年"),
    ("{{ 金额 | wan(1) }}", "3.6万元"), ("{{ 金额 | wan }}", "3.56万元"), ("{{ 金额 | 万元(0) }}", "4万元"),
    ("{{ 党费 | fixed(2) }}", "3012.50"), ("{{ 比率 | percent }}", "86.5％"),
    ("{{ 比率 | percent(2) }}", "86.50％"),
    ("{{ 本年 | growth(上年) }}", "同比增长12.5％"), ("{{ 上年 | growth(本年) }}", "同比下降11.1％"),
    ("{{ 本年 | 同比(本年) }}", "与上年持平"),
    ("{{ 名单 | series }}", "甲、乙和丙"), ("{{ 名单 | series(\"及\") }}", "甲、乙及丙"),
    ("{{ 一人 | series }}", "甲"), ("{{ 名单 | join(\"，\") }}", "甲，乙，丙"),
    ("{{ 文件 | map(\"名称\") | book | series }}", "《党章》、《准则》和《条例》"),
    ("{{ \"党章\" | book }}", "《党章》"), ("{{ \"《党章》\" | book }}", "《党章》"),
    ("{{ \"三会一课\" | quote }}", "“三会一课”"), ("{{ 名单 | length }}", "3"),
    ("{{ \"临江区\" | length }}", "3"), ("{{ 缺 | default(\"若干\") }}", "若干"),
    ("{{ 三 | default(\"若干\") }}", "3"),
  ])
  func filter(template: String, expected: String) throws {
    let data: Value = [
      "日": "2023-07-02", "三": 3, "二十一": 21, "年": 2023, "金额": 35600, "党费": 3012.5,
      "比率": 0.865, "本年": 135, "上年": 120, "名单": ["甲", "乙", "丙"], "一人": ["甲"],
      "文件": [["名称": "党章"], ["名称": "准则"], ["名称": "条例"]],
    ]
    #expect(try render(template, data) == expected + "\n")
  }

  /// 两 before a measure word, 二 elsewhere (GB/T 15835 and usage).
  @Test(arguments: [
    ("开展{{ 二 | cn }}项行动", "开展两项行动"), ("{{ 二 | cn }}次", "两次"), ("第{{ 二 | cn }}次", "第二次"),
    ("{{ 二 | cn }}、", "二、"), ("{{ 十二 | cn }}个", "十二个"), ("{{ 二十 | cn }}人", "二十人"),
    ("{{ 两千 | cn }}人", "两千人"), ("{{ 两千 | cn }}", "二千"), ("{{ 名单 | length | cn }}项", "三项"),
    ("{{ 二名 | length | cn }}项行动", "两项行动"),
  ])
  func twoIsLiangBeforeAMeasureWord(template: String, expected: String) throws {
    let data: Value = [
      "二": 2, "十二": 12, "二十": 20, "两千": 2000, "名单": ["甲", "乙", "丙"], "二名": ["甲", "乙"],
    ]
    #expect(try render(template, data) == expected + "\n")
  }

  /// Amounts in 亿元, a growth clause from a stated rate, and approximate counts kept as
  /// written.
  @Test(arguments: [
    ("{{ 大额 | yi }}", "1.23亿元"), ("{{ 大额 | 亿元(1) }}", "1.2亿元"),
    ("{{ 增长率 | growthrate }}", "同比增长194.6％"), ("{{ 降幅 | 增幅 }}", "同比下降5.0％"),
    ("{{ 零 | 增幅(0) }}", "与上年持平"),
    ("召开会议{{ 约数 }}次", "召开会议120余次"), ("{{ 近 | cn }}次", "近一百次"),
    ("{{ 约额 | wan(1) }}", "约3.5万元"), ("{{ 余额 | wan(1) }}", "3.5万余元"),
  ])
  func amountsRatesAndApproximations(template: String, expected: String) throws {
    let data: Value = [
      "大额": 123_000_000, "增长率": 194.6, "降幅": -5, "零": 0, "约数": "120余", "近": "近100",
      "约额": "约35000", "余额": "35000余",
    ]
    #expect(try render(template, data) == expected + "\n")
  }

  @Test func approximateNumbersAreReadOnlyWithOneQualifyingWord() {
    #expect(ApproximateNumber(parsing: "120余")?.value == 120)
    #expect(ApproximateNumber(parsing: "超过3.5")?.prefix == "超过")
    #expect(ApproximateNumber(parsing: "120") == nil)
    #expect(ApproximateNumber(parsing: "约120余") == nil)
    #expect(ApproximateNumber(parsing: "12次") == nil)
    #expect(FieldType.count.problem(with: "120余", choices: []) == nil)
    #expect(FieldType.count.problem(with: "近1.5", choices: []) == "应是整数，这里是“近1.5”")
    #expect(FieldType.amount.problem(with: "约35000", choices: []) == nil)
  }

  @Test func fixedRoundsLikePrintf() {
    #expect(NumberFormatting.fixed(2.675, decimals: 2) == "2.67")  // 2.675 is 2.67499… in binary
    #expect(NumberFormatting.fixed(0.125, decimals: 2) == "0.12")
    #expect(NumberFormatting.fixed(1e21, decimals: 0) == "1000000000000000000000")
    #expect(NumberFormatting.plain(0.00001) == "0.00001")
  }

  @Test func aValueAFilterCannotTakeIsAnErrorNamingTheAnswer() {
    let error = diagnostic { _ = try render("活动于{{ 日 | date }}举行", ["日": "明天"]) }
    #expect(error?.message == "“明天”不是日期（答案中的“日”）")
    #expect(error?.location == SourceLocation(file: "测试.tmpl", line: 1, column: 11))
    #expect(error?.hint?.contains("2023-07-02") == true)
  }

  @Test func impossibleDatesAreNotDates() {
    #expect(ChineseDate(parsing: "2023-02-29") == nil)
    #expect(ChineseDate(parsing: "2023-13-01") == nil)
    #expect(ChineseDate(parsing: "2023-07-02")?.formatted == "2023年7月2日")
    #expect(ChineseDate(parsing: "23-7-2") == nil)
  }

  @Test func growthFromZeroIsAnError() {
    let error = diagnostic { _ = try render("{{ 本年 | growth(上年) }}", ["本年": 3, "上年": 0]) }
    #expect(error?.message.hasPrefix("上年数为 0") == true)
  }

  @Test func missingInputsStayMissing() throws {
    #expect(try render("{?共{{ 缺 | wan(2) }}。?}") == "")
    #expect(try render("{{ 缺 | date }}") == "【待填：缺】\n")
  }
}

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

@Suite("Fixed decimals round exactly as C's printf")
struct FixedDecimalsTests {
  /// The reference: `%.*f`.
  private func printf(_ value: Double, _ decimals: Int) -> String {
    var buffer = [CChar](repeating: 0, count: 512)
    let count = withVaList([Int32(decimals), value]) {
      vsnprintf(&buffer, buffer.count, "%.*f", $0)
    }
    return String(decoding: buffer.prefix(Int(count)).map { UInt8(bitPattern: $0) }, as: UTF8.self)
  }

  @Test func agreesWithPrintfOnTiesAndRandomValues() {
    var generator = SystemRandomNumberGenerator()
    var values: [Double] = [
      0, -0.0, 0.125, 0.375, 2.675, 1.005, 0.5, 1.5, 2.5, -0.5, -2.5, 1e-300, 5e-324, 123456.785,
      9_007_199_254_740_991, 9_007_199_254_740_992, 14975.215, 0.0005, 0.0015,
    ]
    for _ in 0..<20_000 {
      switch Int.random(in: 0..<4, using: &generator) {
      case 0: values.append(Double(Int.random(in: 0...4_000_000, using: &generator)) / 100)
      case 1: values.append(Double.random(in: -1e6...1e6, using: &generator))
      case 2: values.append(Double(Int.random(in: 0...999_999, using: &generator)) / 1000)
      default:
        values.append(Double(bitPattern: UInt64.random(in: 0...UInt64.max, using: &generator)))
      }
    }
    for value in values where value.isFinite {
      for decimals in 0...4 {
        #expect(
          NumberFormatting.fixed(value, decimals: decimals) == printf(value, decimals), "\(value)")
      }
    }
  }
}
