import Testing

@testable import TemplateKit

@Suite("Questionnaires as workbooks: the YAML questionnaire's fields, cells to fill")
struct QuestionnaireWorkbookTests {
  private let lastYear = """
    报告: {类型: 简报, 日期: 2023-12-25, 章节: [学习]}
    年度: 2023
    单位: {简称: 临江区残联, 备注: 自己加的}
    统计: {党组会: 12, 研讨: 4}
    活动: [{日期: 2023-07-02, 内容: 学习}]
    下一步: {措施: [加强制度建设, {标题: 自拟, 内容: 我们的做法}]}
    年度资料: {大会: 二十大}
    """

  private func questionnaire() throws -> Questionnaire {
    let catalogue = try catalogue(smallCatalogueFiles)
    return Questionnaire(catalogue: catalogue, kind: try #require(catalogue.kind("简报")))
  }

  /// The workbook questionnaire read back as answers, unfilled.
  private func workbookAnswers(carryingOver last: Answers? = nil) throws -> Answers {
    let bytes = try questionnaire().workbook(carryingOver: last)
    return try AnswersReader.read(bytes: bytes, file: "问卷.xlsx", format: .workbook)
  }

  @Test func itReadsBackAsTheYAMLQuestionnaireDoes() throws {
    let yaml = try answers(try questionnaire().text())
    let workbook = try workbookAnswers()
    #expect(
      JSONWriter.string(workbook.root, pretty: false) == JSONWriter.string(yaml.root, pretty: false)
    )
    #expect(workbook.root["报告"]?["类型"] == "简报")
  }

  @Test func lastYearCarriesOverAsInTheYAMLQuestionnaire() throws {
    let last = try answers(lastYear)
    let yaml = try answers(try questionnaire().text(carryingOver: last))
    let workbook = try workbookAnswers(carryingOver: last)
    // A record's empty cell is no key, the YAML's empty key a null: the same answers.
    #expect(
      JSONWriter.string(Self.withoutNulls(workbook.root), pretty: false)
        == JSONWriter.string(Self.withoutNulls(yaml.root), pretty: false))
    #expect(workbook.root["年度"] == 2024)
    #expect(workbook.root["报告"]?["章节"] == ["学习"])
    #expect(workbook.root["单位"]?["备注"] == "自己加的")
    // A workbook answered is last year's answers for the next one.
    let again = try workbookAnswers(carryingOver: workbook)
    #expect(again.root["年度"] == 2025)
    #expect(again.root["下一步"]?["措施"] == workbook.root["下一步"]?["措施"])
  }

  /// `value` with the nulls of its mappings left out, at any depth.
  static func withoutNulls(_ value: Value) -> Value {
    switch value {
    case .map(let mapping):
      return .map(
        Mapping(mapping.pairs.filter { $0.1 != .null }.map { ($0.0, withoutNulls($0.1)) }))
    case .list(let items): return .list(items.map(withoutNulls))
    default: return value
    }
  }

  @Test func theFirstSheetHasARowPerFieldInTheYAMLsOrder() throws {
    let read = try WorkbookReader.read(try questionnaire().workbook(), file: "问卷.xlsx")
    #expect(read.sheets.map(\.name) == ["问卷", "活动"])
    let main = read.sheets[0]
    #expect(main.value(row: 1, column: 1)?.text == "问卷：简报")
    #expect(main.value(row: 3, column: 1)?.text == "字段")
    #expect(
      (1...5).map { main.value(row: 3, column: $0)?.text } == ["字段", "填写说明", "示例", "答案", "类型"])
    let fields = main.rows.filter { $0.number > 3 }.compactMap {
      main.value(row: $0.number, column: 1)?.text
    }
    #expect(
      fields == [
        "报告.类型", "报告.日期", "年度", "单位.全称", "单位.简称", "统计.党组会", "统计.研讨", "活动", "活动[].日期", "活动[].内容",
        "下一步.措施",
      ])
    let row = try #require(
      main.rows.first { main.value(row: $0.number, column: 1)?.text == "统计.党组会" })
    #expect(main.value(row: row.number, column: 2)?.text == "【必填】全年召开党组会的次数。类型：次数（0 或正整数）")
    #expect(main.value(row: row.number, column: 3)?.text == "12")
    #expect(main.value(row: row.number, column: 5)?.text == "次数")
    #expect(main.rows.contains { main.value(row: $0.number, column: 2)?.text == "一、加强学习" })
    let measures = try #require(
      main.rows.first { main.value(row: $0.number, column: 1)?.text == "下一步.措施" })
    #expect(
      main.value(row: measures.number, column: 2)?.text.contains("可选条目（每行写一个）：增强责任意识、加强制度建设")
        == true)
    let records = read.sheets[1]
    #expect(records.value(row: 2, column: 1)?.text == "日期")
    #expect(records.value(row: 2, column: 2)?.text == "内容")
  }

  @Test func answerCellsAreTypedAndChoicesAreDropDowns() throws {
    let zip = try ZipReader(try questionnaire().workbook(), file: "问卷.xlsx")
    let sheet = String(
      decoding: try #require(try zip.data(named: "xl/worksheets/sheet1.xml")), as: UTF8.self)
    // 报告.日期 (row 5) takes a date, 统计.党组会 (row 8) a count of 0 or more.
    #expect(sheet.contains(#"<dataValidation type="date" operator="greaterThanOrEqual""#))
    #expect(sheet.contains(#"<dataValidation type="whole" operator="greaterThanOrEqual""#))
    #expect(
      sheet.contains(#"<pane ySplit="3" topLeftCell="A4" activePane="bottomLeft" state="frozen"/>"#)
    )
    let records = String(
      decoding: try #require(try zip.data(named: "xl/worksheets/sheet2.xml")), as: UTF8.self)
    #expect(
      records.contains(#"promptTitle="日期" prompt="【必填】活动的日期。类型：日期（如 2023-07-02）。示例：2023-07-02""#))
    let styles = String(decoding: try #require(try zip.data(named: "xl/styles.xml")), as: UTF8.self)
    #expect(styles.contains(#"formatCode="yyyy-mm-dd""#))
  }

  @Test func aKeyAWorkbookCannotNameIsRefused() throws {
    let last = try answers("年度: 2023\n\"a.b\": 1\n")
    #expect(throws: Diagnostic.self) { try questionnaire().workbook(carryingOver: last) }
  }

  @Test func theFormatComesFromTheExtension() {
    #expect(QuestionnaireFormat(path: "问卷.xlsx") == .workbook)
    #expect(QuestionnaireFormat(path: "out/问卷.XLSX") == .workbook)
    #expect(QuestionnaireFormat(path: "答案.yml") == .yaml)
    #expect(QuestionnaireFormat(path: "答案.json") == nil)
    #expect(QuestionnaireFormat(path: "问卷") == nil)
    #expect(QuestionnaireFormat(path: ".xlsx") == nil)
  }
}
