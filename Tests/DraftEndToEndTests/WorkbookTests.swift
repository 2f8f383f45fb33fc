import Foundation
import Testing

/// Questionnaires as workbooks, run as users run them: `init -o 问卷.xlsx`, and workbooks
/// filled by openpyxl and LibreOffice (`Workbooks/`) read wherever answers files are.
@Suite("Questionnaires in Excel: out as .xlsx, back as answers")
struct WorkbookTests {
  private static func fixture(_ name: String) -> String {
    Draft.packageRoot.appendingPathComponent("Tests/DraftEndToEndTests/Workbooks/\(name)").path
  }

  @Test func initWritesAWorkbookAndRefusesAnExtensionItDoesNotWrite() throws {
    let folder = try TemporaryFolder()
    let workbook = folder.path("问卷.xlsx")
    let made = try Draft.run(["init", "落实主体责任情况报告", "-o", workbook])
    #expect(made.status == 0, "\(made.errors)")
    #expect(
      try Data(contentsOf: URL(fileURLWithPath: workbook)).prefix(4)
        == Data([0x50, 0x4B, 0x03, 0x04]))
    for name in ["问卷.json", "问卷.xls", "问卷"] {
      let refused = try Draft.run(["init", "落实主体责任情况报告", "-o", folder.path(name)])
      #expect(refused.status == 2)
      #expect(
        refused.errors.contains(
          "无法从文件名“\(folder.path(name))”看出问卷的格式：问卷写成 .yaml（或 .yml）答案文件，或 .xlsx 工作簿"))
      #expect(!FileManager.default.fileExists(atPath: folder.path(name)))
    }
  }

  @Test func anUnfilledWorkbookReadsAsTheYAMLQuestionnaireDoes() throws {
    let folder = try TemporaryFolder()
    let workbook = folder.path("问卷.xlsx")
    try Draft.run(["init", "党风廉政建设和主体责任工作总结", "-o", workbook])
    let yaml = folder.path("问卷.yaml")
    try Draft.run(["init", "党风廉政建设和主体责任工作总结", "-o", yaml])
    let fromWorkbook = try Draft.run(["dump", workbook])
    #expect(fromWorkbook.status == 0, "\(fromWorkbook.errors)")
    #expect(fromWorkbook.output == (try Draft.run(["dump", yaml])).output)
    // Checked, the empty questionnaire's missing answers point at their rows.
    let checked = try Draft.run(["check", workbook])
    #expect(checked.status == 1)
    #expect(checked.errors.contains("\(workbook):问卷!A5: 错误：缺少必填项“报告.日期”（成文日期）"))
  }

  @Test(arguments: [
    "openpyxl/corpus-000.xlsx", "libreoffice/corpus-000.xlsx", "openpyxl/corpus-002.xlsx",
  ])
  func aFilledWorkbookGivesTheReportItsYAMLGives(workbook: String) throws {
    let example =
      "Examples/" + (workbook.hasSuffix("002.xlsx") ? "corpus-002.yaml" : "corpus-000.yaml")
    let fromWorkbook = try Draft.run(["generate", Self.fixture(workbook)])
    #expect(fromWorkbook.status == 0, "\(fromWorkbook.errors)")
    #expect(fromWorkbook.output == (try Draft.run(["generate", example])).output)
    #expect(try Draft.run(["check", Self.fixture(workbook)]).status == 0)
    let preview = try Draft.run(["preview", Self.fixture(workbook), "1"])
    #expect(preview.output.hasPrefix("一、"))
  }

  /// The row of the first answer cell (`问卷!D26`) named in `text` for `workbook`, past the
  /// sheet's title, instructions and header.
  static func answerRow(in text: String, of workbook: String) -> Int? {
    guard let range = text.range(of: workbook + ":问卷!D") else { return nil }
    let row = Int(String(text[range.upperBound...].prefix { $0.isNumber }))
    return row.flatMap { $0 > 3 ? $0 : nil }
  }

  @Test func aWrongValueIsReportedAtItsCellWithItsRowQuoted() throws {
    let workbook = Self.fixture("errors/十二.xlsx")
    let checked = try Draft.run(["check", workbook])
    #expect(checked.status == 1)
    // The row moves with the questionnaire's fields; the cell is in the answer column, D.
    let row = try #require(Self.answerRow(in: checked.errors, of: workbook))
    #expect(
      checked.errors.contains(
        """
        \(workbook):问卷!D\(row): 错误：“统计.党员大会”应是整数，这里是文字“十二”（请用阿拉伯数字书写）
        统计.党员大会\t全年召开党员大会的次数。类型：次数（0 或正整数）\t4\t十二\t次数
        \("             ")\t\(String(repeating: " ", count: 48))\t \t^
        """))
  }

  @Test func anAnswerWithNoFieldIsAnInputErrorAtItsCell() throws {
    let workbook = Self.fixture("errors/无字段.xlsx")
    let generated = try Draft.run(["generate", workbook])
    #expect(generated.status == 2)
    let row = try #require(Self.answerRow(in: generated.errors, of: workbook))
    #expect(
      generated.errors.hasPrefix(
        "\(workbook):问卷!D\(row): 错误：这一行没有写字段，答案无处可放\n\t\t\t补充：全年还开展了读书活动\n\t\t\t^\n"))
  }

  @Test func aFolderOfReturnedWorkbooksIsABatch() throws {
    let folder = try TemporaryFolder()
    try FileManager.default.createDirectory(
      atPath: folder.path("单位"), withIntermediateDirectories: true)
    for (name, fixture) in [
      ("一支部.xlsx", "openpyxl/corpus-000.xlsx"), ("二支部.xlsx", "libreoffice/corpus-000.xlsx"),
      ("三支部.xlsx", "errors/无字段.xlsx"), ("四支部.xlsx", "openpyxl/corpus-002.xlsx"),
    ] {
      try FileManager.default.copyItem(
        atPath: Self.fixture(fixture), toPath: folder.path("单位/\(name)"))
    }
    // Excel keeps `~$name.xlsx` beside a workbook it has open: not a unit.
    try folder.write("lock", to: "单位/~$一支部.xlsx")
    let output = folder.path("报告")
    let result = try Draft.run(["batch", folder.path("单位"), "-o", output, "--format", "txt"])
    #expect(result.status == 1)
    #expect(result.errors.contains("共 4 个单位：成功 3，有待填 0，有问题 0，失败 1，已跳过 0"))
    let names = try FileManager.default.contentsOfDirectory(atPath: output).sorted()
    // The failed unit keeps its turn at the name (（2）), so names do not shift once it is fixed.
    #expect(
      names == ["临江区残疾人联合会.txt", "临江区残疾人联合会（3）.txt", "临江区残疾人联合会（4）.txt", "汇总.csv", "汇总.xlsx"])
    let csv = String(
      decoding: try Data(contentsOf: URL(fileURLWithPath: output + "/汇总.csv")).dropFirst(3),
      as: UTF8.self)
    let rows = csv.components(separatedBy: "\r\n").filter { !$0.isEmpty }.map {
      $0.components(separatedBy: ",")
    }
    // The failed unit is named by the 全称 its workbook gives, as the others are.
    #expect(rows.map { $0[0] } == ["单位", "临江区残疾人联合会", "临江区残疾人联合会", "临江区残疾人联合会", "临江区残疾人联合会"])
    #expect(
      rows.map { $0[1] } == ["答案文件"]
        + ["一支部", "三支部", "二支部", "四支部"].map { folder.path("单位/\($0).xlsx") })
    #expect(rows[2][2] == "失败")
    let broken = folder.path("单位/三支部.xlsx")
    let row = try #require(Self.answerRow(in: rows[2][7], of: broken))
    #expect(rows[2][7].hasPrefix(broken + ":问卷!D\(row): 错误：这一行没有写字段"))
    let summary = try Data(contentsOf: URL(fileURLWithPath: output + "/汇总.xlsx"))
    #expect(summary.prefix(2) == Data("PK".utf8))
    // The two units of corpus-000 visited 2 households each; the broken one is left out.
    // The units' kinds differ: the parent's is named.
    let mixed = try Draft.run(["rollup", folder.path("单位")])
    #expect(mixed.status == 2)
    #expect(mixed.errors.contains("各单位的报告类型不同"))
    let rollup = try Draft.run(["rollup", folder.path("单位"), "--type", "落实主体责任情况报告"])
    #expect(rollup.status == 1)
    #expect(rollup.output.contains("走访慰问:\n") && rollup.output.contains("  户数: 4\n"))
  }

  @Test func lastYearsWorkbookStartsThisYearsQuestionnaire() throws {
    let folder = try TemporaryFolder()
    let next = folder.path("2024.xlsx")
    let made = try Draft.run(
      ["init", "落实主体责任情况报告", "--from", Self.fixture("openpyxl/corpus-000.xlsx"), "-o", next])
    #expect(made.status == 0, "\(made.errors)")
    let read = try Draft.run(["dump", next])
    #expect(read.output.contains(#""年度": 2024"#))
    #expect(read.output.contains(#""简称": "临江区残联""#))
    #expect(read.output.contains(#""党员大会": null"#))
  }
}
