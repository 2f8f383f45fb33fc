import Testing

@testable import TemplateKit

@Suite("Checking answers whose templates read the year's facts")
struct YearFactsCheckTests {
  let catalogue: Catalogue

  init() throws {
    catalogue = try TemplateKitTests.catalogue([
      "fields/通用.yaml": """
      字段:
        报告.类型: {类型: 文本, 提示: 报告类型, 必填: true}
        年度: {类型: 整数, 提示: 报告所属的年度, 必填: true}
      """,
      "data/年度.yaml": "2023:\n  大会: 二十大\n",
      "kinds/述职.tmpl": "---\n名称: 述职\n章节: [学习]\n---\n{% sections plain %}",
      "sections/学习.tmpl": "---\n标题: 学习\n---\n深入学习党的{{ 年度资料.大会 }}精神。",
    ])
  }

  func problems(_ yaml: String) throws -> [String] {
    let answers = try TemplateKitTests.answers("报告:\n  类型: 述职\n" + yaml)
    return AnswersChecker(catalogue: catalogue).check(answers).map(\.message)
  }

  /// Without the year there are no facts of the year: the check asks for 年度 although no
  /// template prints it.
  @Test func theYearIsRequiredWhenItsFactsAreRead() throws {
    #expect(try problems("") == ["缺少必填项“年度”"])
    #expect(try problems("年度: 2023\n").isEmpty)
  }
}
