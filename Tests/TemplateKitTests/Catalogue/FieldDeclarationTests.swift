import Testing

@testable import TemplateKit

/// Declarations without the chore: a type name alone, a group of keys declared at once
/// (`干部.*: 次数`), and prompts taken from the text around where the template uses a field.
struct FieldDeclarationTests {
  /// A user's section declaring only what is not obvious.
  private let files: [String: String] = [
    "fields/通用.yaml": "字段:\n  报告.类型: 文本\n  报告.日期: 日期\n  年度: 整数\n",
    "kinds/简报.tmpl": "---\n名称: 简报\n章节: [干部]\n---\n{% sections %}\n",
    "sections/干部.tmpl": """
    ---
    标题: 干部教育
    字段:
      干部.*: 次数
      干部.总人数: {类型: 整数, 提示: 全部干部的人数}
      单位.简称: 文本
    ---
    {{ 单位.简称 }}全年组织干部理论学习{{ 干部.学习 }}次，专题培训{{ 干部.培训 }}次。
    {% if 干部.总人数 %}干部{{ 干部.总人数 }}人全部参加。{% endif %}
    """,
  ]

  private let filled = """
    报告: {类型: 简报, 日期: 2023-12-25}
    年度: 2023
    单位: {简称: 临江区残联}
    干部: {学习: 12, 培训: 3, 总人数: 40}
    """

  @Test func aGroupDeclaredOnceCoversEveryKeyTheTemplateReads() throws {
    let generator = ReportGenerator(catalogue: try catalogue(files))
    let report = try generator.generate(try answers(filled))
    #expect(report.text.contains("临江区残联全年组织干部理论学习12次，专题培训3次。干部40人全部参加。"))
  }

  /// Missing, a key of the group is a gap with its own label and the text around its use as
  /// its prompt.
  @Test func aMissingKeyOfTheGroupIsAGapWithItsOwnLabelAndPrompt() throws {
    let generator = ReportGenerator(catalogue: try catalogue(files))
    let report = try generator.generate(
      try answers(filled.replacingOccurrences(of: "学习: 12, ", with: "")))
    #expect(report.text.contains("全年组织干部理论学习【待填：学习】次"))
    let missing = try #require(report.missing.first { $0.path == "干部.学习" })
    #expect(missing.label == "学习")
    #expect(missing.prompt == "全年组织干部理论学习……次")
  }

  @Test func promptsComeFromTheTextAroundTheUse() {
    #expect(FieldPrompt.text(around: 11, in: "今年召开党组会{{ 统计.党组会 }}次。") == "今年召开党组会……次")
    #expect(FieldPrompt.text(around: 11, in: "{?，专题研讨{{ 统计.研讨 }}次?}。") == "专题研讨……次")
    #expect(FieldPrompt.text(around: 14, in: "共{{ a }}个、{{ 统计.支部 | cn }}个党支部") == "……个党支部")
    #expect(FieldPrompt.text(around: 7, in: "{% if 统计.支部 %}有{% endif %}") == nil)
    #expect(FieldPrompt.text(around: 4, in: "{{ 单位.简称 }}") == nil)
  }

  /// The checker knows the group: a key under it is checked as its type, with the prompt
  /// from the template (or the key's name) as the hint, even one no template reads.
  @Test func theCheckerChecksEveryKeyOfTheGroup() throws {
    let checker = AnswersChecker(catalogue: try catalogue(files))
    let problems = checker.check(
      try answers(filled.replacingOccurrences(of: "培训: 3", with: "培训: 三次, 讲座: 很多"))
    ).filter { $0.severity == .error }
    #expect(
      problems.map(\.message) == ["“干部.培训”应是整数，这里是文字“三次”（请用阿拉伯数字书写）", "“干部.讲座”应是整数，这里是文字“很多”"])
    #expect(problems.first?.hint == "培训：专题培训……次")
    #expect(problems.last?.hint == "讲座")
  }

  @Test func theQuestionnaireAsksForEveryKeyTheTemplateReads() throws {
    let catalogue = try catalogue(files)
    let kind = try #require(catalogue.kind("简报"))
    let text = try Questionnaire(catalogue: catalogue, kind: kind).text()
    #expect(text.contains("  # 全年组织干部理论学习……次。类型：次数（0 或正整数）\n  学习:\n"))
    #expect(text.contains("  # 专题培训……次。类型：次数（0 或正整数）\n  培训:\n"))
    #expect(text.contains("  # 全部干部的人数。类型：整数\n  总人数:\n"))
    #expect(!text.contains("*"))
    #expect(try answers(text).root["干部"]?["学习"] == .null)
  }

  @Test func aRollupSumsEveryKeyTheUnitsGiveUnderTheGroup() throws {
    let folder = try ScratchFolder()
    let path = try folder.write(
      """
      共同: {报告: {类型: 简报, 日期: 2023-12-25}, 年度: 2023}
      各单位:
        - {单位: {简称: 甲}, 干部: {学习: 12, 讲座: 2}}
        - {单位: {简称: 乙}, 干部: {学习: 10, 培训: 1}}
      """, to: "批量.yaml")
    let result = Rollup(catalogue: try catalogue(files)).run(try BatchSource.read(path: path))
    #expect(result.answers["干部"]?["学习"] == 22)
    #expect(result.answers["干部"]?["讲座"] == 2)
    #expect(result.answers["干部"]?["培训"] == 1)
    #expect(result.fields.first { $0.path == "干部.讲座" }?.lacking == ["乙"])
  }

  @Test func aTypeNameAloneIsADeclaration() throws {
    let read = try catalogue(files)
    let field = try #require(read.section("干部")?.fields.first { $0.path == "单位.简称" })
    #expect(field.type == .text)
    #expect(!field.promptIsWritten)
    #expect(field.prompt == "简称")
  }

  @Test func mistakesInDeclarationsAreErrorsWhereTheyAre() {
    func error(_ fields: String) -> Diagnostic? {
      diagnostic {
        _ = try catalogue(["sections/甲.tmpl": "---\n标题: 甲\n字段:\n" + fields + "---\n正文\n"])
      }
    }
    let star = error("  干部.*.次数: 次数\n")
    #expect(star?.message == "“*”只能写在路径末尾，表示一组的各项，如“干部.*”")
    #expect(star?.location == SourceLocation(file: "sections/甲.tmpl", line: 4, column: 3))
    #expect(error("  干部.*: {类型: 次数, 标签: 干部}\n")?.message == "“干部.*”声明的是一组字段，不能写“标签”")
    let setting = error("  统计.党组会: {类型: 次数, 提醒: 党组会次数}\n")
    #expect(setting?.message == "不认识的设置“提醒”")
    #expect(setting?.location == SourceLocation(file: "sections/甲.tmpl", line: 4, column: 20))
    #expect(setting?.hint?.hasPrefix("是不是想写“提示”？") == true)
    let type = error("  统计.党组会: 次\n")
    #expect(type?.message == "不认识的字段类型“次”")
    #expect(type?.location?.line == 4)
  }

  /// The built-in templates keep their prompts written out.
  @Test func everyBuiltInDeclarationWritesItsPrompt() throws {
    let catalogue = try Catalogue.standard()
    let all =
      catalogue.sharedFields + catalogue.kinds.flatMap(\.fields)
      + catalogue.sections.flatMap(\.fields)
    #expect(all.filter { !$0.promptIsWritten }.map(\.path) == [])
  }
}
