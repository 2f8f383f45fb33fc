import Testing

@testable import TemplateKit

@Suite("Shared answers under a unit's own: inheritance at depth, with every value's place")
struct AnswersLayeringTests {
  private let shared = """
    报告:
      类型: 简报
      日期: 2023-12-25
    单位:
      地区: 我区
      范围: 全区
    上级: [市委, 区委]
    下一步:
      措施:
        - 甲
        - 乙
    """

  @Test func aUnitOverridesKeyByKeyAtAnyDepthAndInheritsTheRest() throws {
    let base = try answers(shared, file: "批量.yaml")
    let own = try answers(
      """
      报告:
        日期: 2023-12-30
      单位:
        简称: 一支部
        地区: 我县
      """, file: "一支部.yaml")
    let merged = base.overridden(by: own)
    #expect(merged.root["报告"]?["类型"] == "简报")
    #expect(merged.root["报告"]?["日期"] == "2023-12-30")
    #expect(merged.root["单位"]?["简称"] == "一支部")
    #expect(merged.root["单位"]?["地区"] == "我县")
    #expect(merged.root["单位"]?["范围"] == "全区")
    #expect(merged.root.mapping?.keys == ["报告", "单位", "上级", "下一步"])
  }

  @Test func aWorkbooksValuesKeepTheirSheetsUnderSharedAnswers() throws {
    let base = try answers(shared, file: "批量.yaml")
    let own = try workbookAnswers([
      questionnaireSheet([
        ("单位.简称", .text("一支部"), "文本"), ("活动", nil, "记录列表"), ("活动[].日期", nil, "日期"),
      ]),
      sheet("活动", ["A2": .text("日期"), "A3": .text("2023-07-02")]),
    ])
    let merged = base.overridden(by: own)
    #expect(merged.location(of: "单位.简称")?.description == "表.xlsx:问卷!D2")
    #expect(merged.location(of: "活动[0].日期")?.description == "表.xlsx:活动!A3")
    #expect(merged.sourceText(of: "活动[0].日期")?.line(3) == "2023-07-02")
    #expect(merged.location(of: "单位.地区")?.description == "批量.yaml:5:7")
  }

  @Test func listsAreReplacedWholeNotJoined() throws {
    let base = try answers(shared, file: "批量.yaml")
    let own = try answers("上级: [县委]\n下一步:\n  措施: [丙]\n", file: "一支部.yaml")
    let merged = base.overridden(by: own)
    #expect(merged.root["上级"] == .list(["县委"]))
    #expect(merged.root["下一步"]?["措施"] == .list(["丙"]))
  }

  @Test func aBlankKeyKeepsTheSharedValue() throws {
    let base = try answers(shared, file: "批量.yaml")
    let own = try answers("报告:\n  日期:\n上级:\n单位:\n  简称: 一支部\n", file: "一支部.yaml")
    let merged = base.overridden(by: own)
    #expect(merged.root["报告"]?["日期"] == "2023-12-25")
    #expect(merged.root["上级"] == .list(["市委", "区委"]))
    #expect(merged.location(of: "报告.日期")?.description == "批量.yaml:3:7")
  }

  @Test func everyValueKeepsTheFileAndPlaceItWasWrittenAt() throws {
    let base = try answers(shared, file: "批量.yaml")
    let own = try answers("单位:\n  简称: 一支部\n上级: [县委]\n", file: "一支部.yaml")
    let merged = base.overridden(by: own)
    #expect(merged.source?.file == "一支部.yaml")
    #expect(merged.location(of: "单位.简称")?.description == "一支部.yaml:2:7")
    #expect(merged.location(of: "单位.地区")?.description == "批量.yaml:5:7")
    #expect(merged.location(of: "报告.类型")?.description == "批量.yaml:2:7")
    #expect(merged.location(of: "上级")?.description == "一支部.yaml:3:5")
    // The shared list's items were replaced with the list: their places go with them.
    #expect(merged.location(of: "下一步.措施[1]")?.description == "批量.yaml:11:7")
    #expect(merged.location(of: "上级[1]") == nil)
    let error = merged.error("不对", at: "单位.地区")
    #expect(error.description.hasPrefix("批量.yaml:5:7: 错误：不对\n  地区: 我区\n"))
  }

  @Test func overridesWrittenElsewhereKeepTheUnitsOwnFile() throws {
    let base = try answers(shared, file: "批量.yaml")
    let own = try answers("单位:\n  简称: 一支部\n", file: "一支部.yaml")
    let overrides = try answers("报告:\n  日期: 2024-01-05\n", file: "批量.yaml")
    let merged = base.overridden(by: own).overridden(by: overrides, keepingSource: true)
    #expect(merged.source?.file == "一支部.yaml")
    #expect(merged.root["报告"]?["日期"] == "2024-01-05")
    #expect(merged.location(of: "报告.日期")?.file == "批量.yaml")
    #expect(merged.location(of: "单位.简称")?.description == "一支部.yaml:2:7")
  }

  @Test func aMappingReplacedByAValueTakesItsPlacesAlong() throws {
    let base = try answers("单位:\n  简称: 甲\n  地区: 我区\n", file: "批量.yaml")
    let own = try answers("单位: 一支部\n", file: "一支部.yaml")
    let merged = base.overridden(by: own)
    #expect(merged.root["单位"] == "一支部")
    #expect(merged.location(of: "单位.简称") == nil)
    #expect(merged.location(of: "单位")?.file == "一支部.yaml")
  }

  @Test func nullsAreRemovedFromMappingsAtAnyDepthButNotFromLists() {
    let mapping = Mapping([
      ("甲", .null), ("乙", .map(Mapping([("丙", .null), ("丁", 1)]))), ("戊", .list([.null])),
    ])
    #expect(
      mapping.removingNulls()
        == Mapping([("乙", .map(Mapping([("丁", 1)]))), ("戊", .list([.null]))]))
  }
}
