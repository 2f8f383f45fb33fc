/// Lays a questionnaire out as a workbook (`AnswersSheetLayout`): the first sheet has a row
/// per field under a title, instructions and a frozen header — the field, what to enter, an
/// example, the answer, the type — grouped by the parts of the report; each list of records
/// has a sheet of its own, a row per record. Answer cells are typed: counts and amounts take
/// numbers, dates dates, choices and yes/no come from drop-down lists, text stays text;
/// required ones are yellow.
struct QuestionnaireWorkbook {
  let outline: QuestionnaireOutline
  private var main = Worksheet(name: AnswersSheetLayout.mainSheetName)
  private var recordSheets: [Worksheet] = []
  private var sheetNames: [String: String] = [:]
  /// Answer cells by the check they get, merged into one validation each.
  private var checks: [DataValidation.Rule: [CellRange]] = [:]
  private var checkOrder: [DataValidation.Rule] = []

  /// How many empty rows of a records sheet get the columns' checks.
  static let recordRows = 500

  init(_ outline: QuestionnaireOutline) { self.outline = outline }

  /// The workbook's sheets. Throws `Diagnostic` for last year's answers a workbook cannot hold.
  mutating func sheets() throws(Diagnostic) -> [Worksheet] {
    sheetNames = AnswersSheetLayout.recordSheets(
      for: outline.items.compactMap {
        if case .records(let keys, _, _, _, _) = $0 { keys.joined(separator: ".") } else { nil }
      })
    writeHeader()
    for item in outline.items {
      switch item {
      case .part(let title):
        main.append(
          (0..<Self.widths.count).map { column in
            WorksheetCell.text(
              column == 1 ? title : "", style: CellStyle(font: .bold, fill: .section))
          })
      case .group(let keys, let own?):
        appendRow(
          path: keys.joined(separator: "."), note: FieldNote(own, in: outline).cellText,
          example: nil, type: .group)
      case .group:
        break
      case .field(let declaration, let keys, let value, let remark):
        appendField(declaration, keys: keys, value: value, remark: remark)
      case .records(let keys, _, let fields, let value, let remark):
        appendRecords(keys: keys, fields: fields, value: value, remark: remark)
      case .leftover(let keys, let value, _):
        if let odd = keys.first(where: { $0.isEmpty || $0.contains(".") || $0.contains("[") }) {
          throw Diagnostic.error(
            "去年答案中的键“\(odd)”含有“.”或“[”，无法写进工作簿",
            hint: "改用 YAML 问卷（-o 问卷.yaml），或先在去年的答案中改掉这个键。")
        }
        main.append(
          Self.row(
            path: keys.joined(separator: "."), note: "去年答案中的其他内容，照旧保留", example: nil,
            answer: WorksheetCell(
              CellValues.content(for: value, type: nil), style: Self.answerStyle),
            type: ""))
      }
    }
    for (rule, cells) in checkOrder.compactMap({ rule in checks[rule].map { (rule, $0) } }) {
      if let validation = Self.validation(rule, cells: cells) {
        main.validations.append(validation)
      }
    }
    return [main] + recordSheets
  }

  // MARK: The first sheet

  private static let widths: [Double] = [24, 56, 28, 36, 10]
  private static let answerStyle = CellStyle(wraps: true, bordered: true)

  private mutating func writeHeader() {
    main.columns = Self.widths.map { Column(width: $0) }
    let last = Self.widths.count
    main.append(
      [WorksheetCell.text("问卷：" + outline.kind.name, style: CellStyle(font: .title))], height: 24)
    let answer = SourceLocation.columnLetters(Self.answerColumn)
    var instructions = """
      填写方法：在“答案”列（\(answer) 列）填写，一格一项；黄色格子（【必填】）必须填，其余的不填，报告中相应的话就不出现。\
      数字只写阿拉伯数字（12，不写“12次”）；日期写作 2023-07-02；列表每项一行（格内换行：Alt+Enter）；\
      是否、选项从下拉列表中选。灰色格子不用填：活动等记录填在同名的工作表中，一行一条。不要改动“字段”“类型”两列。\
      填好后：draft check 本文件 检查；draft generate 本文件 -o 报告.docx 生成报告。
      """
    if outline.carriesOver { instructions += "\n" + QuestionnaireOutline.carryOverNote }
    main.append([WorksheetCell.text(instructions, style: CellStyle(wraps: true))])
    main.append(
      AnswersSheetLayout.columns.map {
        WorksheetCell.text($0, style: CellStyle(font: .bold, fill: .header, bordered: true))
      })
    main.frozenRows = 3
    for row in 1...2 {
      main.merged.append(
        CellRange(CellReference(row: row, column: 1), CellReference(row: row, column: last)))
    }
  }

  private mutating func appendField(
    _ declaration: FieldDeclaration, keys: [String], value: Value, remark: String?
  ) {
    let row = main.nextRow
    var style = Self.answerStyle
    style.format = Self.format(of: declaration.type)
    if declaration.required { style.fill = .required }
    let note = FieldNote(declaration, in: outline)
    main.append(
      Self.row(
        path: keys.joined(separator: "."),
        note: note.cellText + (remark.map { "\n" + $0 } ?? ""), example: note.example,
        answer: WorksheetCell(CellValues.content(for: value, type: declaration.type), style: style),
        type: declaration.type.rawValue))
    let cell = CellRange(CellReference(row: row, column: Self.answerColumn))
    if let rule = Self.rule(for: declaration) {
      if checks[rule] == nil { checkOrder.append(rule) }
      checks[rule, default: []].append(cell)
    }
  }

  /// A row whose answer is not written here: grey, empty.
  private mutating func appendRow(path: String, note: String, example: String?, type: FieldType) {
    main.append(
      Self.row(
        path: path, note: note, example: example,
        answer: WorksheetCell(style: CellStyle(fill: .inactive, bordered: true)),
        type: type.rawValue))
  }

  /// The answer's column (D).
  static let answerColumn = 4

  private static func row(
    path: String, note: String, example: String?, answer: WorksheetCell, type: String
  ) -> [WorksheetCell] {
    [
      WorksheetCell.text(path, style: CellStyle(bordered: true)),
      WorksheetCell.text(note, style: CellStyle(wraps: true, bordered: true)),
      WorksheetCell.text(
        example ?? "", style: CellStyle(font: .muted, wraps: true, bordered: true)),
      answer,
      WorksheetCell.text(type, style: CellStyle(font: .muted, bordered: true)),
    ]
  }

  // MARK: Records

  private mutating func appendRecords(
    keys: [String], fields: [FieldDeclaration], value: Value, remark: String?
  ) {
    let path = keys.joined(separator: ".")
    let sheetName = sheetNames[path] ?? path
    let note =
      "每项一条，填在工作表“\(sheetName)”中，一行一条；各列的说明见下面几行。" + (remark.map { "\n" + $0 } ?? "")
    let records = value.list?.compactMap(\.mapping) ?? []
    if value == .null || records.count == value.list?.count {
      appendRow(path: path, note: note, example: nil, type: .records)
    } else {
      // Last year's records that are not all mappings cannot be rows: kept in the cell as written.
      main.append(
        Self.row(
          path: path, note: note + "去年的记录无法逐行列出，照原样留在这一格。", example: nil,
          answer: WorksheetCell(CellValues.content(for: value, type: nil), style: Self.answerStyle),
          type: FieldType.records.rawValue))
    }
    for field in fields {
      let fieldNote = FieldNote(field, in: outline)
      appendRow(
        path: field.path,
        note: fieldNote.cellText + "（填在工作表“\(sheetName)”的“\(field.key)”列）",
        example: fieldNote.example, type: field.type)
    }
    var sheet = Worksheet(name: sheetName)
    var columns = fields.map { (key: $0.key, field: Optional($0)) }
    for record in records {
      for key in record.keys where !columns.contains(where: { $0.key == key }) {
        columns.append((key, nil))
      }
    }
    sheet.columns = columns.map { column in
      Column(
        width: max(Self.width(of: column.field?.type), Double(DisplayWidth.of(column.key) + 4)),
        style: column.field.map { Self.cellStyle(for: $0) })
    }
    let required = fields.filter(\.required).map(\.key)
    sheet.append(
      [
        WorksheetCell.text(
          "每行填写一条，" + (required.isEmpty ? "" : "黄色的列（" + required.joined(separator: "、") + "）必须填，")
            + "不要改动第 2 行的列名。各列填什么见“\(AnswersSheetLayout.mainSheetName)”工作表中的“\(path)[].…”几行，"
            + "选中格子时也会提示。",
          style: CellStyle(wraps: true))
      ])
    sheet.merged.append(
      CellRange(
        CellReference(row: 1, column: 1), CellReference(row: 1, column: max(1, columns.count))))
    sheet.append(
      columns.map { column in
        WorksheetCell.text(
          column.key,
          style: CellStyle(
            font: .bold, fill: column.field?.required == true ? .required : .header, bordered: true)
        )
      })
    sheet.frozenRows = 2
    for record in records {
      sheet.append(
        columns.map { column in
          WorksheetCell(
            CellValues.content(for: record[column.key] ?? .null, type: column.field?.type),
            style: column.field.map { Self.cellStyle(for: $0) } ?? Self.answerStyle)
        })
    }
    let rows = 3...(sheet.nextRow + Self.recordRows)
    for (index, column) in columns.enumerated() {
      guard let field = column.field else { continue }
      let cells = [CellRange(column: index + 1, rows: rows)]
      var validation =
        Self.validation(Self.rule(for: field) ?? .any, cells: cells)
        ?? DataValidation(rule: .any, cells: cells)
      let note = FieldNote(field, in: outline)
      validation.prompt = DataValidation.Message(
        title: field.key, text: note.summary + (note.example.map { "。示例：" + $0 } ?? ""))
      sheet.validations.append(validation)
    }
    recordSheets.append(sheet)
  }

  // MARK: Types

  private static func format(of type: FieldType) -> CellStyle.NumberFormat {
    switch type {
    case .count, .integer: .integer
    case .amount: .amount
    case .number: .general
    case .date: .date
    case .flag, .choice, .records, .group: .general
    case .text, .paragraph, .list, .phrases: .text
    }
  }

  private static func cellStyle(for field: FieldDeclaration) -> CellStyle {
    var style = answerStyle
    style.format = format(of: field.type)
    return style
  }

  private static func width(of type: FieldType?) -> Double {
    switch type {
    case .date?: 14
    case .count?, .integer?, .number?, .flag?: 12
    case .amount?: 16
    case .choice?: 16
    case .paragraph?, .list?, .phrases?: 40
    default: 24
    }
  }

  private static func rule(for field: FieldDeclaration) -> DataValidation.Rule? {
    switch field.type {
    case .flag: .list(["是", "否"])
    case .choice: .list(field.choices)
    case .count: .wholeNumber(minimum: 0)
    case .amount: .decimal(minimum: 0)
    case .date: .date
    default: nil
    }
  }

  private static func validation(_ rule: DataValidation.Rule, cells: [CellRange]) -> DataValidation?
  {
    switch rule {
    case .list(let items): return DataValidation.list(items, cells: cells)
    case .wholeNumber:
      return DataValidation(
        rule: rule, cells: cells, error: .init(title: "请填写整数", text: "这里只能填 0 或正整数，如 12（不写“次”）。"))
    case .decimal:
      return DataValidation(
        rule: rule, cells: cells, error: .init(title: "请填写数字", text: "这里只能填 0 或正数，单位是元，如 1523000。"))
    case .date:
      return DataValidation(
        rule: rule, cells: cells, error: .init(title: "请填写日期", text: "这里只能填日期，如 2023-07-02。"))
    case .any:
      return DataValidation(rule: rule, cells: cells)
    }
  }
}

extension FieldNote {
  /// The note in one cell: the summary, the preset, the stock items and the sections.
  var cellText: String {
    var text = summary
    if let preset { text += "。本报告不填时为：" + preset }
    if let options { text += "\n可选条目（每行写一个）：" + options.joined(separator: "、") }
    if let defaultSections {
      text +=
        "\n章节：不另写时依次为 " + defaultSections.joined(separator: "、")
        + "；要删减、调整顺序，在本表末尾加一行，字段写“报告.章节”，答案写 [章节1, 章节2]"
    }
    return text
  }
}
