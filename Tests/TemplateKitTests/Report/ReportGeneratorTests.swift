import Foundation
import Testing

@testable import TemplateKit

@Suite("Reports from answers: kinds, sections, voice, gaps")
struct ReportGeneratorTests {
  private let base = """
    报告:
      类型: 简报
      日期: 2023-12-25
    年度: 2023
    单位:
      简称: 临江区残联
    统计:
      党组会: 12
    """

  private func generate(_ yaml: String, files: [String: String] = smallCatalogueFiles) throws
    -> Report
  {
    try ReportGenerator(catalogue: try catalogue(files)).generate(try answers(yaml))
  }

  /// A field declared `零为无` whose answer is 0 reads as “not done”: its clause vanishes,
  /// and nothing is said about the 0 left out.
  @Test func zeroMeansNoneWhereTheDeclarationSaysSo() throws {
    var files = smallCatalogueFiles
    files["sections/学习.tmpl"] = """
      ---
      标题: 加强学习
      字段:
        统计.侨胞之家: {类型: 次数, 提示: 新建侨胞之家的个数, 零为无: 是}
        统计.党组会: {类型: 次数, 提示: 党组会次数}
      ---
      {?新建侨胞之家{{ 统计.侨胞之家 }}个，?}{?召开党组会{{ 统计.党组会 }}次，?}工作扎实。
      """
    let none = try generate(
      base.replacingOccurrences(of: "  党组会: 12", with: "  侨胞之家: 0\n  党组会: 0"), files: files)
    #expect(none.text.contains("一、加强学习\n召开党组会0次，工作扎实。\n"))
    #expect(none.problems.isEmpty, "\(none.problems)")
    let two = try generate(
      base.replacingOccurrences(of: "  党组会: 12", with: "  侨胞之家: 2"), files: files)
    #expect(two.text.contains("新建侨胞之家2个，工作扎实。"))
  }

  @Test func aWholeReportWithTitleHeadingsAndSignature() throws {
    #expect(
      try generate(base).text == """
        临江区残联2023年工作简报
        一、加强学习
        临江区残联全年召开党组会12次。
        二、下一步工作
        （一）增强责任意识。履行职责。
        （二）加强制度建设。完善制度。

        临江区残联
        2023年12月25日

        """)
  }

  @Test func theAnswersReorderLeaveOutAndRetitleSections() throws {
    let yaml = base.replacingOccurrences(
      of: "  日期: 2023-12-25\n", with: "  日期: 2023-12-25\n  章节: [下一步, {章节: 学习, 标题: 理论学习}]\n")
    let text = try generate(yaml).text
    #expect(text.contains("一、下一步工作\n"))
    #expect(text.contains("二、理论学习\n临江区残联全年召开党组会12次。\n"))
  }

  /// A section's own heading may print answers: next year's plan is headed by the year after
  /// the report's, and a retitle from the answers stays the answers' text.
  @Test func aSectionHeadingPrintsAnswers() throws {
    var files = smallCatalogueFiles
    files["sections/下一步.tmpl"] = """
      ---
      标题: "{{ 年度 + 1 }}年{{ 单位.简称 }}工作打算"
      ---
      继续努力。
      """
    let report = try generate(base, files: files)
    #expect(report.text.contains("二、2024年临江区残联工作打算\n继续努力。\n"))
    #expect(report.problems.isEmpty, "\(report.problems)")
    let retitled = try generate(
      base.replacingOccurrences(
        of: "  日期: 2023-12-25\n",
        with: "  日期: 2023-12-25\n  章节: [学习, {章节: 下一步, 标题: \"{{ 年度 }}年打算\"}]\n"),
      files: files)
    #expect(retitled.text.contains("二、{{ 年度 }}年打算\n"))
    #expect(
      try ReportGenerator(catalogue: try catalogue(files), templates: TemplateCache())
        .generate(try answers(base.replacingOccurrences(of: "年度: 2023", with: "年度: 2030")))
        .text.contains("二、2031年临江区残联工作打算\n"))
  }

  /// A heading's errors point into its section's file, at its line and column.
  @Test func aSectionHeadingsErrorsPointAtIt() throws {
    var files = smallCatalogueFiles
    files["sections/下一步.tmpl"] = "---\n标题: 落实{{ 单位.地址 }}\n---\n继续努力。\n"
    let undeclared = #expect(throws: Diagnostic.self) { try generate(base, files: files) }
    #expect(undeclared?.location?.line == 2)
    #expect(undeclared?.location?.column == 10)
    #expect(undeclared?.message.contains("单位.地址") == true)
    files["sections/下一步.tmpl"] = "---\n标题: 落实{% if 年度 %}工作{% endif %}\n---\n继续努力。\n"
    let tag = #expect(throws: Diagnostic.self) { try generate(base, files: files) }
    #expect(tag?.location?.line == 2)
    #expect(tag?.message.contains("{%") == true)
  }

  /// A section titled with nothing has no heading and takes no number.
  @Test func aSectionTitledWithNothingHasNoHeading() throws {
    let text = try generate(
      base.replacingOccurrences(
        of: "  日期: 2023-12-25\n",
        with: "  日期: 2023-12-25\n  章节: [{章节: 学习, 标题: \"\"}, 下一步]\n")
    ).text
    #expect(text.contains("工作简报\n临江区残联全年召开党组会12次。\n一、下一步工作\n"))
  }

  @Test func aPersonSpeaksAsI() throws {
    let report = try generate(base.replacingOccurrences(of: "类型: 简报", with: "类型: 述职"))
    #expect(report.text == "述职报告\n一、抓学习\n我全年召开党组会12次。\n")
  }

  @Test func gapsAreListedOnceWithTheirPrompts() throws {
    let report = try generate(base.replacingOccurrences(of: "党组会: 12", with: "研讨: 2"))
    #expect(report.text.contains("临江区残联全年召开党组会【待填：党组会次数】次，专题研讨2次。"))
    #expect(
      report.missing == [
        MissingField(path: "统计.党组会", label: "党组会次数", prompt: "全年召开党组会的次数", occurrences: 1)
      ])
  }

  @Test func aPreviewOfOneSectionByNameTitleOrPlace() throws {
    let generator = ReportGenerator(catalogue: try catalogue(smallCatalogueFiles))
    let expected = "一、加强学习\n临江区残联全年召开党组会12次。\n"
    for name in ["学习", "加强学习", "1"] {
      #expect(try generator.preview(try answers(base), section: name).text == expected)
    }
    let error = diagnostic { _ = try generator.preview(try answers(base), section: "学") }
    #expect(error?.message == "没有名为“学”的章节")
  }

  @Test func anUnknownKindPointsAtTheAnswer() throws {
    let error = diagnostic {
      _ = try generate(base.replacingOccurrences(of: "类型: 简报", with: "类型: 简抱"))
    }
    #expect(error?.location == SourceLocation(file: "答案.yaml", line: 2, column: 7))
    #expect(error?.hint?.hasPrefix("是不是想写“简报”？") == true)
  }

  @Test func aTemplateReadingAnUndeclaredFieldIsRefusedWhenItLoads() throws {
    var files = smallCatalogueFiles
    files["sections/学习.tmpl"] = "---\n标题: 学习\n---\n召开{{ 统计.党组回 }}次。"
    let error = diagnostic { _ = try generate(base, files: files) }
    #expect(error?.message == "模板读取了没有声明的字段“统计.党组回”")
    #expect(error?.location == SourceLocation(file: "sections/学习.tmpl", line: 4, column: 6))
  }

  @Test func kindDefaultsYieldToTheAnswers() throws {
    var files = smallCatalogueFiles
    files["kinds/简报.tmpl"] = """
      ---
      名称: 简报
      章节: [学习]
      默认答案: {统计: {党组会: 1, 研讨: 5}}
      ---
      {% sections %}
      """
    #expect(try generate(base, files: files).text == "一、加强学习\n临江区残联全年召开党组会12次，专题研讨5次。\n")
  }

  @Test func aUserFolderReplacesABuiltInSectionAndAddsNewOnes() throws {
    let folder = try ScratchFolder()
    try folder.write("---\n标题: 我的学习\n---\n自己的写法。", to: "sections/学习.tmpl")
    try folder.write("---\n标题: 新章节\n---\n新内容。", to: "sections/新章节.tmpl")
    let layered = try Catalogue(
      loader: LayeredLoader([
        DirectoryLoader(root: folder.path), MemoryLoader(files: smallCatalogueFiles),
      ]))
    #expect(layered.section("学习")?.title == "我的学习")
    #expect(layered.section("新章节") != nil)
    #expect(layered.section("下一步")?.title == "下一步工作")
    let text = try ReportGenerator(catalogue: layered).generate(try answers(base)).text
    #expect(text.contains("一、我的学习\n自己的写法。\n"))
  }
}
