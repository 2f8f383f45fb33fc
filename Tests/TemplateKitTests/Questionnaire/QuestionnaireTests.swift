import Testing

@testable import TemplateKit

@Suite("Questionnaires: every field with its prompt, a valid answers file")
struct QuestionnaireTests {
  private func questionnaire(carryingOver yaml: String? = nil) throws -> String {
    let catalogue = try catalogue(smallCatalogueFiles)
    let kind = try #require(catalogue.kind("简报"))
    return try Questionnaire(catalogue: catalogue, kind: kind).text(
      carryingOver: yaml.map { try answers($0) })
  }

  @Test func everyFieldInReportOrderWithItsPrompt() throws {
    let text = try questionnaire()
    #expect(text.contains("  # 【必填】全年召开党组会的次数。类型：次数（0 或正整数）。示例：12\n  党组会:\n"))
    #expect(text.contains("# 可选条目：增强责任意识、加强制度建设\n"))
    #expect(text.contains("# —— 一、加强学习 ——"))
    #expect(text.contains("# —— 二、下一步工作 ——"))
    let order = ["类型:", "年度:", "简称:", "党组会:", "研讨:", "活动:", "措施:"].map {
      text.range(of: $0)?.lowerBound
    }
    #expect(order.allSatisfy { $0 != nil })
    #expect(order.compactMap { $0 } == order.compactMap { $0 }.sorted())
  }

  @Test func itReadsBackAsAnswers() throws {
    let read = try answers(try questionnaire())
    #expect(read.root["报告"]?["类型"] == "简报")
    #expect(read.root["统计"]?["党组会"] == .null)
    #expect(read.root["活动"] == .null)
  }

  @Test func nextYearFromLastYearsAnswers() throws {
    let last = """
      报告: {类型: 简报, 日期: 2023-12-25, 章节: [学习]}
      年度: 2023
      单位: {简称: 临江区残联, 备注: 自己加的}
      统计: {党组会: 12, 研讨: 4}
      活动: [{日期: 2023-07-02, 内容: 学习}]
      下一步: {措施: [加强制度建设]}
      年度资料: {大会: 二十大}
      """
    let read = try answers(try questionnaire(carryingOver: last))
    #expect(read.root["年度"] == 2024)
    #expect(read.root["报告"]?["日期"] == .null)
    #expect(read.root["报告"]?["章节"] == ["学习"])
    #expect(read.root["单位"]?["简称"] == "临江区残联")
    #expect(read.root["单位"]?["备注"] == "自己加的")
    #expect(read.root["统计"]?["党组会"] == .null)
    // Last year's records stay, for review, their dates emptied.
    #expect(read.root["活动"] == [["日期": .null, "内容": "学习"]])
    #expect(read.root["下一步"]?["措施"] == ["加强制度建设"])
    #expect(read.root["年度资料"] == nil)
  }
}
