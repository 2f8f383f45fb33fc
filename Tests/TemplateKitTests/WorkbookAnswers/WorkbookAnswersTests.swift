import Testing

@testable import TemplateKit

/// A sheet of `cells`, by their references (`D5`).
func sheet(_ name: String, _ cells: [String: CellValue]) -> Workbook.Sheet {
  Workbook.Sheet(
    name: name, cells: cells.compactMap { key, value in CellReference(key).map { ($0, value) } })
}

/// The first sheet of a questionnaire by hand: header on row 1, then `rows` of field, answer,
/// type from row 2.
func questionnaireSheet(_ rows: [(String, CellValue?, String)], name: String = "问卷")
  -> Workbook.Sheet
{
  var cells: [String: CellValue] = ["A1": .text("字段"), "D1": .text("答案"), "E1": .text("类型")]
  for (index, (field, answer, type)) in rows.enumerated() {
    cells["A\(index + 2)"] = .text(field)
    if let answer { cells["D\(index + 2)"] = answer }
    if !type.isEmpty { cells["E\(index + 2)"] = .text(type) }
  }
  return sheet(name, cells)
}

/// The answers `sheets` give, read as `表.xlsx`.
func workbookAnswers(_ sheets: [Workbook.Sheet]) throws(Diagnostic) -> Answers {
  var reader = WorkbookAnswersReader(workbook: Workbook(sheets: sheets), file: "表.xlsx")
  return try reader.read()
}

@Suite("Answers from a workbook: values by their fields' types, each at its cell")
struct WorkbookAnswersTests {
  @Test func cellsAreReadByTheirFieldsTypes() throws {
    let july = try #require(ChineseDate(year: 2023, month: 7, day: 2))
    let answers = try workbookAnswers([
      questionnaireSheet([
        ("报告.类型", .text("简报"), "文本"),
        ("报告.日期", .date(july, seconds: nil), "日期"),
        ("年度", .number(2023), "整数"),
        ("统计.党组会", .text(" 12 "), "次数"),
        ("统计.研讨", .text("4次"), "次数"),
        ("统计.金额", .number(1523000.5), "金额"),
        ("党务公开", .text("是"), "是否"),
        ("上级", .text("市委\n区委\n"), "列表"),
        ("下一步.措施", .text("加强制度建设\n自拟：我们的做法"), "措辞选用"),
        ("单位.简称", nil, "文本"),
        ("备注.编号", .text("007"), "文本"),
        ("报告.章节", .text("[学习, 下一步]"), ""),
        ("自己加的", .text("true"), ""),
        ("引号", .text(#""12""#), ""),
      ])
    ])
    #expect(
      JSONWriter.string(answers.root, pretty: false)
        == #"{"报告":{"类型":"简报","日期":"2023-07-02","章节":["学习","下一步"]},"年度":2023,"#
        + #""统计":{"党组会":12,"研讨":"4次","金额":1523000.5},"党务公开":true,"上级":["市委","区委"],"#
        + #""下一步":{"措施":["加强制度建设",{"标题":"自拟","内容":"我们的做法"}]},"单位":{"简称":null},"#
        + #""备注":{"编号":"007"},"自己加的":true,"引号":"12"}"#)
    #expect(answers.location(of: "统计.党组会")?.description == "表.xlsx:问卷!D5")
    #expect(answers.location(of: "统计.党组会", key: true)?.description == "表.xlsx:问卷!A5")
    #expect(answers.location(of: "单位.简称")?.description == "表.xlsx:问卷!D11")
  }

  @Test func recordsAreRowsOfTheirOwnSheet() throws {
    let answers = try workbookAnswers([
      questionnaireSheet([
        ("活动", nil, "记录列表"), ("活动[].日期", nil, "日期"), ("活动[].人数", nil, "次数"),
        ("活动[].内容", nil, "文本"),
      ]),
      sheet(
        "活动",
        [
          "A1": .text("每行填写一条"), "A2": .text("日期"), "B2": .text("人数"), "C2": .text("内容"),
          "D2": .text("备注"), "A3": .text("2023-07-02"), "B3": .text("12"), "C3": .text("学习"),
          "A5": .text("2023-08-01"), "D5": .text("自己加的列"), "C6": .text("  "),
        ]),
    ])
    #expect(
      JSONWriter.string(answers.root, pretty: false)
        == #"{"活动":[{"日期":"2023-07-02","人数":12,"内容":"学习"},{"日期":"2023-08-01","备注":"自己加的列"}]}"#)
    #expect(answers.location(of: "活动[1].日期")?.description == "表.xlsx:活动!A5")
    #expect(answers.location(of: "活动[1]", key: true)?.description == "表.xlsx:活动!A5")
    #expect(answers.location(of: "活动")?.description == "表.xlsx:问卷!D2")
    #expect(answers.sourceText(of: "活动[0].人数")?.line(3) == "2023-07-02\t12\t学习")
  }

  @Test func anEmptyRecordsSheetIsNoRecords() throws {
    let answers = try workbookAnswers([
      questionnaireSheet([("活动", nil, "记录列表"), ("活动[].日期", nil, "日期")]),
      sheet("活动", ["A1": .text("说明"), "A2": .text("日期")]),
    ])
    #expect(answers.root["活动"] == .null)
  }

  @Test func columnsAreFoundByTheirHeaders() throws {
    let answers = try workbookAnswers([
      sheet(
        "Sheet1",
        [
          "A1": .text("说明文字"), "B3": .text("答案"), "C3": .text("字段"), "B4": .number(12),
          "C4": .text("统计.党组会"), "B5": .text("临江"), "C5": .text("单位.简称"),
        ])
    ])
    #expect(
      JSONWriter.string(answers.root, pretty: false) == #"{"统计":{"党组会":12},"单位":{"简称":"临江"}}"#)
  }

  @Test func whatCannotBePlacedIsAnErrorAtItsCell() {
    func expect(
      _ sheets: [Workbook.Sheet], _ message: String, at place: String,
      sourceLocation: Testing.SourceLocation = #_sourceLocation
    ) {
      do {
        _ = try workbookAnswers(sheets)
        Issue.record("expected “\(message)”", sourceLocation: sourceLocation)
      } catch {
        #expect(error.message == message, sourceLocation: sourceLocation)
        #expect(error.location?.description == place, sourceLocation: sourceLocation)
      }
    }
    expect([sheet("问卷", ["A1": .text("甲")])], "第一个工作表“问卷”中找不到表头：要有“字段”和“答案”两列", at: "表.xlsx:问卷!A1")
    expect([questionnaireSheet([("", .text("十二"), "")])], "这一行没有写字段，答案无处可放", at: "表.xlsx:问卷!D2")
    var beside = questionnaireSheet([("统计.党组会", nil, "次数")])
    beside = Workbook.Sheet(
      name: "问卷",
      cells: beside.rows.flatMap { row in
        row.cells.map { (CellReference(row: row.number, column: $0.column), $0.value) }
      }
        + [(CellReference(row: 2, column: 6), .number(12))])
    expect([beside], "这一格不在问卷的任何一列下，内容不会读入", at: "表.xlsx:问卷!F2")
    expect(
      [questionnaireSheet([("统计.党组会", .number(1), "次数"), ("统计.党组会", .number(2), "次数")])],
      "字段“统计.党组会”写了两次", at: "表.xlsx:问卷!A3")
    expect(
      [questionnaireSheet([("统计", .number(1), ""), ("统计.党组会", .number(2), "次数")])],
      "“统计”已经有答案（第 2 行），不能再有下级字段“统计.党组会”", at: "表.xlsx:问卷!A3")
    expect(
      [questionnaireSheet([("统计.党组会", .number(2), "次数"), ("统计", .number(1), "")])],
      "“统计”下面已经有下级字段，这一格不能再填", at: "表.xlsx:问卷!D3")
    expect([questionnaireSheet([("统计..党组会", nil, "")])], "字段“统计..党组会”写得不对", at: "表.xlsx:问卷!A2")
    expect(
      [questionnaireSheet([("活动", nil, "记录列表"), ("活动[].日期", .text("2023-07-02"), "日期")])],
      "“活动[].日期”填在工作表“活动”的“日期”列，不填在这里", at: "表.xlsx:问卷!D3")
    expect(
      [questionnaireSheet([("结对共建", .text("有"), "分组")])], "“结对共建”是一组字段，这一格不用填",
      at: "表.xlsx:问卷!D2")
    expect(
      [questionnaireSheet([("统计.党组会", .error("#DIV/0!"), "次数")])], "单元格是错误值 #DIV/0!",
      at: "表.xlsx:问卷!D2")
    expect(
      [questionnaireSheet([("统计.党组会", .uncalculated, "次数")])], "这一格是公式，但文件里没有它的计算结果",
      at: "表.xlsx:问卷!D2")
    expect(
      [questionnaireSheet([("报告.章节", .text("[学习, 下一步"), "")])],
      "这一格按 YAML 读不通（第 1 行第 1 个字符）：“[”没有闭合", at: "表.xlsx:问卷!D2")
    expect(
      [questionnaireSheet([("单位.简称", .text("临江"), "文本")]), sheet("备注", ["C3": .text("我的笔记")])],
      "工作表“备注”不是问卷的一部分，其中的内容不会读入", at: "表.xlsx:备注!C3")
    expect(
      [
        questionnaireSheet([("活动", nil, "记录列表"), ("活动[].日期", nil, "日期")]),
        sheet("活动", ["A2": .text("日期"), "A3": .text("2023-07-02"), "C3": .text("无处可放")]),
      ], "这一列没有列名，内容无处可放", at: "表.xlsx:活动!C3")
    expect(
      [
        questionnaireSheet([("活动", nil, "记录列表"), ("活动[].日期", nil, "日期")]),
        sheet("活动", ["A2": .text("时间"), "A3": .text("2023-07-02")]),
      ], "工作表“活动”中找不到列名行", at: "表.xlsx:活动!A1")
    expect(
      [
        questionnaireSheet([("活动", .text("[]"), "记录列表"), ("活动[].日期", nil, "日期")]),
        sheet("活动", ["A2": .text("日期"), "A3": .text("2023-07-02")]),
      ], "“活动”既写在这一格，又写在工作表“活动”中", at: "表.xlsx:问卷!D2")
    expect(
      [questionnaireSheet([("单位.简称", .text("临江\u{1}"), "文本")])], "“单位.简称”的文本里有控制字符 U+0001",
      at: "表.xlsx:问卷!D2")
  }

  @Test func aMessageQuotesTheRowWithACaretUnderTheCell() {
    do {
      _ = try workbookAnswers([
        questionnaireSheet([("统计.党组会", .text("12"), "次数"), ("", .text("十二"), "")])
      ])
      Issue.record("expected an error")
    } catch {
      #expect(
        error.description == """
          表.xlsx:问卷!D3: 错误：这一行没有写字段，答案无处可放
          \t\t\t十二
          \t\t\t^
          提示：在“字段”列写上字段（如 统计.党组会），或者把答案移到它所属的那一行。
          """)
    }
  }

  @Test func checksPointAtTheCells() throws {
    let answers = try workbookAnswers([
      questionnaireSheet([
        ("报告.类型", .text("简报"), "文本"), ("报告.日期", nil, "日期"), ("年度", .number(2023), "整数"),
        ("单位.简称", .text("临江区残联"), "文本"), ("统计.党组会", .text("12次"), "次数"),
      ])
    ])
    let problems = AnswersChecker(catalogue: try catalogue(smallCatalogueFiles)).check(answers)
    let headlines = problems.map(\.headline)
    #expect(headlines.contains("表.xlsx:问卷!D6: 错误：“统计.党组会”应是整数，这里是文字“12次”（只写数字，如 12，不要加引号或单位）"))
    #expect(headlines.contains("表.xlsx:问卷!A3: 错误：缺少必填项“报告.日期”（日期）"))
  }

  @Test func fieldsMakeNestedMappingsInTheOrderFirstPut() throws {
    var tree = AnswerTree()
    #expect(try tree.put(.int(1), at: ["统计", "党组会"]) == ["统计"])
    try tree.put(.null, at: ["年度"])
    // An empty row for a group, then its fields: the fields win.
    try tree.put(.null, at: ["书记"])
    #expect(try tree.put(.string("张明"), at: ["书记", "姓名"]) == ["书记"])
    try tree.put(.int(2), at: ["统计", "研讨"])
    try tree.put(.null, at: ["活动"])
    tree.replace(at: "活动", with: .list([.string("学习")]))
    #expect(throws: AnswerTree.Conflict.self) { try tree.put(.int(3), at: ["统计", "党组会"]) }
    #expect(throws: AnswerTree.Conflict.self) { try tree.put(.int(3), at: ["统计"]) }
    #expect(
      JSONWriter.string(.map(tree.mapping), pretty: false)
        == #"{"统计":{"党组会":1,"研讨":2},"年度":null,"书记":{"姓名":"张明"},"活动":["学习"]}"#)
  }
}
