import Testing

@testable import TemplateKit

@Suite("Printing values")
struct OutputTests {
  @Test func dottedPathsListIndexesAndChineseNames() throws {
    let data: Value = ["单位": ["简称": "区残联"], "活动": [["日期": "2023-07-02"], ["日期": "2023-07-11"]]]
    #expect(try render("{{ 单位.简称 }}，{{ 活动[1].日期 }}", data) == "区残联，2023-07-11\n")
  }

  @Test func computedIndexes() throws {
    let data: Value = ["序号": ["一", "二", "三"], "项": ["a", "b"]]
    #expect(
      try render("{% for x in 项 %}{{ 序号[loop.index0] }}是{{ x }}{% endfor %}", data)
        == "一是a二是b\n")
  }

  @Test func numbersBooleansAndListsPrintTheReportWay() throws {
    let data: Value = ["整": 12, "小": 3.5, "整小": 12.0, "是": true, "列": ["甲", "乙"]]
    #expect(try render("{{ 整 }} {{ 小 }} {{ 整小 }} {{ 是 }} {{ 列 }}", data) == "12 3.5 12 是 甲、乙\n")
  }

  @Test func answersAreDataNeverTemplateCode() throws {
    let data: Value = ["名称": "{{ 秘密 }}{% if x %}{? ?}", "秘密": "不该出现"]
    #expect(try render("{{ 名称 }}", data) == "{{ 秘密 }}{% if x %}{? ?}\n")
  }

  /// Braces in a string literal do not end or open a tag (a tag left open is found by
  /// meeting `{{` or `{%` outside strings).
  @Test func aLiteralDoubleBraceCanBeWritten() throws {
    #expect(try render("{{ \"{{\" }}与{{ \"{%\" }}。") == "{{与{%。\n")
  }

  @Test func aMissingValueShowsAGapMarkerWithItsLabel() throws {
    let document = try document(
      "召开党组会{{ 统计.党组会 }}次。", [:], labels: ["统计.党组会": "党组会次数"])
    #expect(PlainTextWriter().text(document) == "召开党组会【待填：党组会次数】次。\n")
    #expect(document.gaps == [Gap(field: "统计.党组会", label: "党组会次数")])
  }

  @Test func nullBlankTextAndEmptyListsCountAsMissingButZeroDoesNot() throws {
    let data: Value = ["空": nil, "白": "  ", "无": [], "零": 0]
    let text = try render("{{ 空 }}|{{ 白 }}|{{ 无 }}|{{ 零 }}", data)
    #expect(text == "【待填：空】|【待填：白】|【待填：无】|0\n")
  }

  @Test func aGapInsideALoopNamesTheRealListPosition() throws {
    let data: Value = ["活动": [["内容": "学习"], ["日期": "2023-01-01"]]]
    let document = try document("{% for a in 活动 %}{{ a.内容 }}{% endfor %}", data)
    #expect(document.gaps.map(\.field) == ["活动[1].内容"])
    #expect(document.gaps.map(\.label) == ["活动.内容"])
  }

  @Test func aMappingCannotBePrintedWhole() throws {
    let error = diagnostic { _ = try render("\n  {{ 单位 }}", ["单位": ["简称": "甲"]]) }
    #expect(error?.location == SourceLocation(file: "测试.tmpl", line: 2, column: 6))
    #expect(error?.message.hasPrefix("不能直接输出一组字段") == true)
  }
}
