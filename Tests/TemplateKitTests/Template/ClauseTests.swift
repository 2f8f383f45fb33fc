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
