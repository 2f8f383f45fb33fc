import Testing

@testable import TemplateKit

@Suite("Template errors are found when templates load, with their place")
struct TemplateErrorTests {
  private func loadError(_ text: String) -> Diagnostic? {
    diagnostic { _ = try parse(text, name: "章节.tmpl") }
  }

  @Test func anUnknownFilterWithASuggestion() {
    let error = loadError("第一行\n活动于{{ 日期 | dat }}。")
    #expect(error?.location == SourceLocation(file: "章节.tmpl", line: 2, column: 12))
    #expect(error?.message == "没有名为“dat”的过滤器")
    #expect(error?.hint == "是不是想写“date”？")
    #expect(
      error?.description == """
        章节.tmpl:2:12: 错误：没有名为“dat”的过滤器
        活动于{{ 日期 | dat }}。
                        ^
        提示：是不是想写“date”？
        """)
  }

  @Test func anUnclosedOutput() {
    let error = loadError("甲\n乙{{ 名称 。\n{{ 丙 }}")
    #expect(error?.location == SourceLocation(file: "章节.tmpl", line: 2, column: 2))
    #expect(error?.message == "“{{”没有对应的“}}”")
  }

  @Test func anUnclosedBlockNamesTheOpeningTag() {
    let error = loadError("甲\n{% if 有 %}\n乙")
    #expect(error?.location == SourceLocation(file: "章节.tmpl", line: 2, column: 4))
    #expect(error?.message == "“{% if %}”没有对应的“{% endif %}”")
  }

  @Test func aStrayEndTag() {
    let error = loadError("甲{% endfor %}")
    #expect(error?.location == SourceLocation(file: "章节.tmpl", line: 1, column: 5))
    #expect(error?.message == "“{% endfor %}”不在与它配对的标签之内")
  }

  @Test func anUnknownTag() {
    let error = loadError("{% fi x %}")
    #expect(error?.message == "不认识的标签“fi”")
    #expect(error?.hint == "是不是想写“if”？")
  }

  @Test func fullwidthPunctuationInAnExpression() {
    let error = loadError("{{ 单位。简称 }}")
    #expect(error?.location == SourceLocation(file: "章节.tmpl", line: 1, column: 6))
    #expect(error?.message == "表达式中有全角标点“。”")
    #expect(error?.hint?.contains("应写作“.”") == true)
  }

  @Test func wrongArgumentCount() {
    let error = loadError("{{ 金额 | fixed }}")
    #expect(error?.message == "过滤器“fixed”需要 1 个参数，这里给了 0 个")
  }

  @Test func anUnclosedClause() {
    let error = loadError("甲{?乙{{ 丙 }}")
    #expect(error?.location == SourceLocation(file: "章节.tmpl", line: 1, column: 2))
    #expect(error?.message == "“{?”没有对应的“?}”")
  }

  @Test func aClauseClosedBeforeItsTag() {
    let error = loadError("{? {% if x %} ?} {% endif %}")
    #expect(error?.message == "“?}”之前还有没有关闭的标签")
  }

  @Test func textInPointsButOutsideAPoint() {
    let error = loadError("{% points %}\n多余{% point %}甲{% endpoints %}")
    #expect(error?.location == SourceLocation(file: "章节.tmpl", line: 1, column: 13))
    #expect(error?.message == "“{% points %}”中的文字要写在某个“{% point %}”之后")
  }

  @Test func aPointOutsidePoints() {
    let error = loadError("甲{% point %}乙")
    #expect(error?.message == "“{% point %}”要写在“{% points %}”之内")
  }

  @Test func aBlankLineInsideAClause() {
    let error = loadError("甲{?乙\n\n丙?}")
    #expect(error?.location == SourceLocation(file: "章节.tmpl", line: 1, column: 2))
    #expect(error?.message == "可省略的一段“{? ?}”中不能有空行、标题或落款")
  }

  @Test func aPointStyleWithoutANumber() {
    let error = loadError("{% points \"甲是\" %}{% endpoints %}")
    #expect(error?.message == "编号样式“甲是”中没有可以计数的“一”或“1”")
  }

  @Test func anUnclosedComment() {
    #expect(loadError("甲{# 注释")?.message == "注释“{#”没有对应的“#}”")
  }

  @Test func anUnclosedString() {
    let error = loadError("{{ \"甲 }}")
    #expect(error?.message == "“{{”没有对应的“}}”")
    #expect(error?.hint == "其中的引号没有闭合。")
  }

  @Test func theCaretLinesUpUnderWideCharacters() {
    let padding = Diagnostic.caretPadding("活动于{{ x", column: 4)
    #expect(padding == "      ")
  }

  /// `{{ 9223372036854775807 + 1 }}` printed 9223372036854775808.0: an integer that overflows
  /// is an error at the operator, and so is a negation that does, or a result no number holds.
  @Test(arguments: [
    ("{{ 9223372036854775807 + 1 }}", "9223372036854775807 + 1 的结果超出了整数的范围", 24),
    ("{{ 大 * 大 }}", "9223372036854775807 * 9223372036854775807 的结果超出了整数的范围（答案中的“大”）", 6),
    ("{{ - 小 }}", "对 -9223372036854775808 取负超出了整数的范围（答案中的“小”）", 4),
    ("{{ 亿 * 亿 }}", "运算“*”的结果超出了数的范围（答案中的“亿”）", 6),
  ])
  func arithmeticThatOverflowsIsAnError(text: String, message: String, column: Int) {
    let data: Value = ["大": .int(Int.max), "小": .int(Int.min), "亿": .double(1e300)]
    let error = diagnostic { _ = try render(text, data) }
    #expect(error?.message == message)
    #expect(error?.location == SourceLocation(file: "测试.tmpl", line: 1, column: column))
  }
}
