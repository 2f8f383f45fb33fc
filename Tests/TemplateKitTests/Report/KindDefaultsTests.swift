import Testing

@testable import TemplateKit

@Suite("A kind's default answers hold unless the answers give a value")
struct KindDefaultsTests {
  let catalogue: Catalogue

  init() throws {
    catalogue = try TemplateKitTests.catalogue([
      "kinds/述职.tmpl": """
      ---
      名称: 述职
      章节: [思路]
      默认答案:
        下一步:
          样式: 要点
          措施: [甲, 乙]
      ---
      {% sections plain %}
      """,
      "sections/思路.tmpl": """
      ---
      标题: 思路
      字段:
        下一步.样式: {类型: 选项, 提示: 排法, 选项: [要点, 段落]}
        下一步.措施: {类型: 列表, 提示: 措施}
      ---
      排法：{{ 下一步.样式 }}；措施：{{ 下一步.措施 }}。
      """,
    ])
  }

  func text(_ yaml: String) throws -> String {
    let answers = try TemplateKitTests.answers("报告:\n  类型: 述职\n" + yaml)
    return try ReportGenerator(catalogue: catalogue).generate(answers).text
  }

  @Test func withoutTheKeysTheDefaultsApply() throws {
    #expect(try text("") == "排法：要点；措施：甲、乙。\n")
  }

  /// A questionnaire leaves keys empty; they must not wipe out the defaults it promises
  /// (“本报告不填时为：要点”).
  @Test func keysLeftEmptyKeepTheDefaults() throws {
    #expect(try text("下一步:\n  样式:\n  措施: []\n") == "排法：要点；措施：甲、乙。\n")
    #expect(try text("下一步:\n  样式: \"\"\n") == "排法：要点；措施：甲、乙。\n")
  }

  @Test func givenValuesWin() throws {
    #expect(try text("下一步:\n  样式: 段落\n  措施: [丙]\n") == "排法：段落；措施：丙。\n")
  }

  @Test func unansweredValuesArePrunedAtAnyDepth() {
    let answers = Mapping([
      ("甲", .null),
      ("乙", .map(Mapping([("丙", .string(" ")), ("丁", .int(0))]))),
      ("戊", .map(Mapping([("己", .list([]))]))),
      ("庚", .bool(false)),
    ])
    #expect(
      answers.withoutAbsentValues()
        == Mapping([("乙", .map(Mapping([("丁", .int(0))]))), ("庚", .bool(false))]))
  }
}
