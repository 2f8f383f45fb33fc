import Testing

@testable import TemplateKit

@Suite("Optional clauses vanish with their punctuation")
struct ClauseTests {
  let sentence = "今年来共{?召开党组会{{ 党组会 }}次、?}{?理事长办公会{{ 办公会 }}次，?}重大事情均由集体研究决定。"

  @Test func bothPresent() throws {
    #expect(
      try render(sentence, ["党组会": 12, "办公会": 8])
        == "今年来共召开党组会12次、理事长办公会8次，重大事情均由集体研究决定。\n")
  }

  @Test func theSecondMissingLeavesNoDoubledSeparator() throws {
    #expect(try render(sentence, ["党组会": 12]) == "今年来共召开党组会12次，重大事情均由集体研究决定。\n")
  }

  @Test func theFirstMissing() throws {
    #expect(try render(sentence, ["办公会": 8]) == "今年来共理事长办公会8次，重大事情均由集体研究决定。\n")
  }

  @Test func aClauseVanishingBeforeAFullStopTakesTheCommaWithIt() throws {
    let text = "全年开展主题党日{{ 党日 }}次，{?专题研讨{{ 研讨 }}次，?}。"
    #expect(try render(text, ["党日": 12]) == "全年开展主题党日12次。\n")
  }

  @Test func aDanglingCommaAtTheParagraphEndBecomesAFullStop() throws {
    #expect(try render("开展活动{{ 活动 }}次，{?观看影片{{ 影片 }}次。?}", ["活动": 3]) == "开展活动3次。\n")
  }

  @Test func aParagraphNeverOpensWithPunctuation() throws {
    #expect(try render("{?{{ 日期 }}?}，我们开展了活动。") == "我们开展了活动。\n")
  }

  @Test func clausesNestAndAnInnerOneVanishesAlone() throws {
    let text = "{?外层{{ 甲 }}{?，内层{{ 乙 }}?}。?}"
    #expect(try render(text, ["甲": 1]) == "外层1。\n")
    #expect(try render(text, ["乙": 1]) == "")
  }

  @Test func aClauseMadeOfOptionalPartsVanishesWhenAllOfThemDo() throws {
    let text = "会议。{?全年召开{?党员大会{{ 大会 }}次、?}{?支委会{{ 支委 }}次。?}?}"
    #expect(try render(text, ["支委": 12]) == "会议。全年召开支委会12次。\n")
    #expect(try render(text, ["大会": 4]) == "会议。全年召开党员大会4次。\n")
    #expect(try render(text) == "会议。\n")
  }

  @Test func aRequiredValueMissingInsideAClauseShowsAGapAndKeepsTheClause() throws {
    let text = try render("{?{{ 书记 }}讲了党课{?《{{ 题目 }}》?}。?}", required: ["书记"])
    #expect(text == "【待填：书记】讲了党课。\n")
  }

  @Test func aMissingValueInsideAClauseLeavesNoGap() throws {
    let document = try document("{?召开{{ 次数 }}次?}会议。")
    #expect(document.gaps.isEmpty)
    #expect(PlainTextWriter().text(document) == "会议。\n")
  }

  @Test func aLoopOverAMissingListMakesItsClauseVanish() throws {
    #expect(try render("甲{?，{% for x in 列表 %}{{ x }}{% endfor %}?}。") == "甲。\n")
  }

  @Test func punctuationInAnswersIsNeverTouched() throws {
    #expect(try render("{{ 原文 }}", ["原文": "，，。"]) == "，，。\n")
  }
}

/// A series of optional parts keeps its 、 and 和 right whichever parts are present.
@Suite("Series of optional parts")
struct SeriesTests {
  let template = """
    全区共有{% series %}{?{{ 甲 }}个机关企事业单位?}{?{{ 乙 }}个党委?}{?{{ 丙 }}个党总支?}{?{{ 丁 }}个党支部?}{% endseries %}。
    """

  @Test(
    arguments: [
      (["甲": 82, "乙": 125, "丙": 74, "丁": 1466], "全区共有82个机关企事业单位、125个党委、74个党总支和1466个党支部。"),
      (["甲": 82, "乙": 125, "丁": 1466], "全区共有82个机关企事业单位、125个党委和1466个党支部。"),
      (["乙": 125, "丙": 74], "全区共有125个党委和74个党总支。"),
      (["丁": 1466], "全区共有1466个党支部。"),
    ] as [([String: Int], String)])
  func theConjunctionStandsBeforeTheLastPartPresent(values: [String: Int], expected: String) throws
  {
    let data = Value.map(Mapping(values.keys.sorted().map { ($0, Value.int(values[$0] ?? 0)) }))
    #expect(try render(template, data) == expected + "\n")
  }

  @Test func aSeriesWithNothingInItVanishesWithTheClauseAroundIt() throws {
    let text = "工作扎实{?，全区共有{% series %}{?{{ 甲 }}个党委?}{?{{ 乙 }}个党支部?}{% endseries %}?}。"
    #expect(try render(text, [:]) == "工作扎实。\n")
    #expect(try render(text, ["乙": 3]) == "工作扎实，全区共有3个党支部。\n")
  }

  @Test func eachClauseOfALoopIsAPartAndTheWordCanBeChosen() throws {
    let text =
      "开展了{% series \"及\" %}{% for a in 活动 %}{?“{{ a.名称 }}”?}{% endfor %}{% endseries %}等活动。"
    let data: Value = ["活动": [["名称": "三会一课"], ["地点": "社区"], ["名称": "主题党日"], ["名称": "志愿服务"]]]
    #expect(try render(text, data) == "开展了“三会一课”、“主题党日”及“志愿服务”等活动。\n")
  }

  @Test func textOutsideTheClausesOfASeriesIsRefused() {
    let error = diagnostic { _ = try parse("{% series %}{?{{ 甲 }}?}、{?{{ 乙 }}?}{% endseries %}") }
    #expect(error?.message == "“{% series %}”中的每一项都要写在“{? ?}”中")
    #expect(error?.location?.column == 4)
  }
}
