/// Reads a filled-in workbook (`AnswersSheetLayout`) as answers: the same value the YAML
/// questionnaire filled in the same way gives, with every value's place a cell
/// (`一支部.xlsx:问卷!D12`). Cells are read by their fields' types (`CellValues`); an empty
/// answer is a null, as an empty YAML key is.
///
/// Whatever is typed is read or refused, never passed over: an answer in a row without a
/// field, a field written twice, an answer beside a field filled in elsewhere (a group, a
/// record's column), a sheet that is not part of the questionnaire — each is an error at its
/// cell.
struct WorkbookAnswersReader {
  let workbook: Workbook
  /// The file as the user named it.
  let file: String
  /// When set, only these fields' rows of the first sheet are read, and nothing else is
  /// checked: what can be had of a workbook broken elsewhere.
  var onlyFields: Set<String>?

  private var tree = AnswerTree()
  private var locations: [String: ValueLocation] = [:]
  /// The row where each path was first written, to point at when it is written again.
  private var rowsByPath: [String: Int] = [:]
  /// The lists of records the first sheet names, in order, with their fields' types.
  private var recordLists: [RecordList] = []

  private struct RecordList {
    var path: String
    var row: Int
    var types: [(key: String, type: FieldType?)] = []
    /// The records written in the first sheet's answer cell instead of a sheet of their own.
    var inline: Value?
    var inlineColumn = 0
  }

  init(workbook: Workbook, file: String) {
    self.workbook = workbook
    self.file = file
  }

  /// The answers. Throws `Diagnostic` at the cell at fault.
  mutating func read() throws(Diagnostic) -> Answers {
    guard let main = workbook.sheets.first else {
      throw Diagnostic(
        .error, "工作簿中没有工作表", at: SourceLocation(file: file, line: 1, column: 1),
        hint: "用 draft init 报告类型 -o 问卷.xlsx 生成问卷，填好后再读。")
    }
    let source = main.sourceText(file: file)
    let columns = try header(of: main, source: source)
    for row in main.rows where row.number > columns.row {
      if let onlyFields {
        let path = main.value(row: row.number, column: columns.field)?.text.trimmingWhitespace
        guard let path, onlyFields.contains(path) else { continue }
      }
      try readRow(row, of: main, columns: columns, source: source)
    }
    guard onlyFields == nil else {
      return Answers(root: .map(tree.mapping), source: source, locations: locations)
    }
    let sheetNames = AnswersSheetLayout.recordSheets(for: recordLists.map(\.path))
    var used: Set<Int> = [0]
    for list in recordLists {
      let name = sheetNames[list.path] ?? list.path
      let index =
        workbook.sheets.indices.dropFirst().first { workbook.sheets[$0].name == name }
        ?? workbook.sheets.indices.dropFirst().first {
          workbook.sheets[$0].name.lowercased() == name.lowercased()
        }
      if let index { used.insert(index) }
      try readRecords(
        list, sheet: index.map { workbook.sheets[$0] }, main: source)
    }
    for (index, sheet) in workbook.sheets.enumerated() where !used.contains(index) && !sheet.isBlank
    {
      let text = sheet.sourceText(file: file)
      let first = sheet.rows.lazy.flatMap { row in
        row.cells.lazy.filter { !$0.value.isBlank }.map { (row.number, $0.column) }
      }.first
      throw text.error(
        "工作表“\(sheet.name)”不是问卷的一部分，其中的内容不会读入", line: first?.0 ?? 1,
        column: first?.1 ?? 1,
        hint: "问卷只读第一个工作表和各记录列表的工作表。把这些内容移到“\(main.name)”工作表对应的行，或删掉这个工作表。")
    }
    let answers = Answers(root: .map(tree.mapping), source: source, locations: locations)
    do {
      try ControlCharacterCheck.check(answers.root, locations: locations, source: source)
    } catch {
      throw error.diagnostic
    }
    return answers
  }

  // MARK: The first sheet

  /// The header row and the columns it names.
  private struct Columns {
    var row: Int
    var field: Int
    var answer: Int
    var type: Int?
    /// Every column the header names (the questionnaire's own text in 填写说明 and 示例 is not
    /// read); what stands below the header in any other column has nowhere to go.
    var named: Set<Int>
  }

  private func header(of sheet: Workbook.Sheet, source: SourceText) throws(Diagnostic) -> Columns {
    for row in sheet.rows {
      var named: [String: Int] = [:]
      for (column, value) in row.cells {
        let name = value.text.trimmingWhitespace
        guard AnswersSheetLayout.columns.contains(name) else { continue }
        if let earlier = named[name] {
          throw source.error(
            "表头中有两个“\(name)”列", line: row.number, column: column,
            hint: "\(SourceLocation.columnLetters(earlier)) 列已经是“\(name)”，删掉或改掉其中一个。")
        }
        named[name] = column
      }
      if let field = named[AnswersSheetLayout.fieldHeader],
        let answer = named[AnswersSheetLayout.answerHeader]
      {
        return Columns(
          row: row.number, field: field, answer: answer, type: named[AnswersSheetLayout.typeHeader],
          named: Set(named.values))
      }
    }
    throw source.error(
      "第一个工作表“\(sheet.name)”中找不到表头：要有“\(AnswersSheetLayout.fieldHeader)”和“\(AnswersSheetLayout.answerHeader)”两列",
      line: 1, column: 1,
      hint: "用 draft init 报告类型 -o 问卷.xlsx 生成的问卷填写，不要改动表头行。")
  }

  private mutating func readRow(
    _ row: Workbook.Sheet.Row, of sheet: Workbook.Sheet, columns: Columns, source: SourceText
  ) throws(Diagnostic) {
    if let stray = row.cells.first(where: {
      !columns.named.contains($0.column) && !$0.value.isBlank
    }) {
      throw source.error(
        "这一格不在问卷的任何一列下，内容不会读入", line: row.number, column: stray.column,
        hint:
          "答案填在“\(AnswersSheetLayout.answerHeader)”列（\(SourceLocation.columnLetters(columns.answer)) 列）；把这一格的内容移过去，或者删掉。"
      )
    }
    let answer = sheet.value(row: row.number, column: columns.answer)
    let hasAnswer = answer.map { !$0.isBlank } ?? false
    let path = sheet.value(row: row.number, column: columns.field)?.text.trimmingWhitespace ?? ""
    guard !path.isEmpty else {
      guard !hasAnswer else {
        throw source.error(
          "这一行没有写字段，答案无处可放", line: row.number, column: columns.answer,
          hint: "在“\(AnswersSheetLayout.fieldHeader)”列写上字段（如 统计.党组会），或者把答案移到它所属的那一行。")
      }
      return
    }
    let typeName = columns.type.flatMap { sheet.value(row: row.number, column: $0) }?.text
    let type = typeName.flatMap { FieldType(rawValue: $0.trimmingWhitespace) }
    let keys = path.components(separatedBy: ".")
    guard Self.isValid(keys) else {
      throw source.error(
        "字段“\(path)”写得不对", line: row.number, column: columns.field,
        hint: "字段由键和“.”组成，如 统计.党组会；记录的列写作 活动[].日期。")
    }
    if let records = keys.firstIndex(where: { $0.hasSuffix("[]") }) {
      // A column of a list of records: its answers are on the records' own sheet.
      let listPath = (keys[..<records] + [String(keys[records].dropLast(2))]).joined(separator: ".")
      let key = keys[(records + 1)...].joined(separator: ".")
      if hasAnswer {
        let name = AnswersSheetLayout.recordSheets(for: [listPath])[listPath] ?? listPath
        throw source.error(
          "“\(path)”填在工作表“\(name)”的“\(key)”列，不填在这里", line: row.number,
          column: columns.answer, hint: "把这一格清空，到工作表“\(name)”中一行填写一条。")
      }
      let index = try recordList(listPath, row: row.number, columns: columns, source: source)
      recordLists[index].types.append((key, type))
      return
    }
    switch type {
    case .records?:
      let index = try recordList(path, row: row.number, columns: columns, source: source)
      recordLists[index].row = row.number
      locations[path] = ValueLocation(
        line: row.number, column: columns.answer, keyLine: row.number, keyColumn: columns.field)
      guard hasAnswer, let answer else { return }
      recordLists[index].inline = try value(
        answer, type: nil, at: row.number, column: columns.answer, source: source)
      recordLists[index].inlineColumn = columns.answer
    case .group?:
      if hasAnswer {
        throw source.error(
          "“\(path)”是一组字段，这一格不用填", line: row.number, column: columns.answer,
          hint: "把答案填在下面“\(path).…”各行。")
      }
    default:
      let read = try answer.map { cell throws(Diagnostic) in
        try value(cell, type: type, at: row.number, column: columns.answer, source: source)
      }
      try insert(
        read ?? .null, keys: keys, row: row.number, column: columns.answer,
        keyColumn: columns.field, source: source)
    }
  }

  /// The position of the list of records at `path` in `recordLists`, added when new, with
  /// its place among the answers taken (its records are read once all rows are).
  private mutating func recordList(
    _ path: String, row: Int, columns: Columns, source: SourceText
  ) throws(Diagnostic) -> Int {
    if let index = recordLists.firstIndex(where: { $0.path == path }) { return index }
    try insert(
      .null, keys: path.components(separatedBy: "."), row: row, column: columns.answer,
      keyColumn: columns.field, source: source)
    recordLists.append(RecordList(path: path, row: row))
    return recordLists.count - 1
  }

  /// Whether `keys` make a field's path: no key empty, `[]` only at the end of a key that is
  /// not the last.
  private static func isValid(_ keys: [String]) -> Bool {
    for (index, key) in keys.enumerated() {
      let bare = key.hasSuffix("[]") ? String(key.dropLast(2)) : key
      if bare.trimmingWhitespace.isEmpty || bare.contains("[") || bare.contains("]") {
        return false
      }
      if key.hasSuffix("[]"), index == keys.count - 1 { return false }
    }
    return keys.filter { $0.hasSuffix("[]") }.count <= 1
  }

  private func value(
    _ cell: CellValue, type: FieldType?, at row: Int, column: Int, source: SourceText
  ) throws(Diagnostic) -> Value {
    do {
      return try CellValues.value(of: cell, type: type)
    } catch {
      throw source.error(error.message, line: row, column: column, hint: error.hint)
    }
  }

  /// Puts `value` at `keys` (`AnswerTree`), and where it and the groups it makes stand.
  private mutating func insert(
    _ value: Value, keys: [String], row: Int, column: Int, keyColumn: Int, source: SourceText
  ) throws(Diagnostic) {
    let path = keys.joined(separator: ".")
    let groups: [String]
    do {
      groups = try tree.put(value, at: keys)
    } catch {
      switch error {
      case .twice:
        throw source.error(
          "字段“\(path)”写了两次", line: row, column: keyColumn,
          hint: "第 \(rowsByPath[path] ?? row) 行已经有“\(path)”，删掉其中一行。")
      case .valueAbove(let prefix):
        throw source.error(
          "“\(prefix)”已经有答案（第 \(rowsByPath[prefix] ?? row) 行），不能再有下级字段“\(path)”",
          line: row, column: keyColumn, hint: "删掉其中一行。")
      case .fieldsBelow:
        throw source.error(
          "“\(path)”下面已经有下级字段，这一格不能再填", line: row, column: column,
          hint: "删掉这一行，或者删掉“\(path).…”各行。")
      }
    }
    for group in groups {
      locations[group] = ValueLocation(
        line: row, column: keyColumn, keyLine: row, keyColumn: keyColumn)
    }
    rowsByPath[path] = row
    if locations[path] == nil || value != .null {
      locations[path] = ValueLocation(line: row, column: column, keyLine: row, keyColumn: keyColumn)
    }
  }

  // MARK: Records

  private mutating func readRecords(
    _ list: RecordList, sheet: Workbook.Sheet?, main: SourceText
  ) throws(Diagnostic) {
    guard let sheet, !sheet.isBlank else {
      tree.replace(at: list.path, with: list.inline ?? .null)
      return
    }
    let source = sheet.sourceText(file: file)
    if list.inline != nil {
      throw main.error(
        "“\(list.path)”既写在这一格，又写在工作表“\(sheet.name)”中", line: list.row,
        column: list.inlineColumn, hint: "只保留一处：清空这一格，或清空工作表“\(sheet.name)”。")
    }
    let known = Set(list.types.map(\.key))
    guard
      let header = sheet.rows.first(where: { row in
        row.cells.contains { known.contains($0.value.text.trimmingWhitespace) }
      })
    else {
      throw source.error(
        "工作表“\(sheet.name)”中找不到列名行", line: 1, column: 1,
        hint: "第 2 行应是列名：" + list.types.map(\.key).joined(separator: "、") + "。")
    }
    var keyOf: [Int: String] = [:]
    var columnOf: [String: Int] = [:]
    for (column, value) in header.cells where !value.isBlank {
      let key = value.text.trimmingWhitespace
      if let earlier = columnOf[key] {
        throw source.error(
          "列名“\(key)”出现了两次", line: header.number, column: column,
          hint: "\(SourceLocation.columnLetters(earlier)) 列已经是“\(key)”，删掉或改掉其中一个。")
      }
      keyOf[column] = key
      columnOf[key] = column
    }
    let types = Dictionary(list.types.map { ($0.key, $0.type) }) { first, _ in first }
    var records: [Value] = []
    for row in sheet.rows where row.number > header.number {
      let filled = row.cells.filter { !$0.value.isBlank }
      guard let first = filled.first else { continue }
      let itemPath = ValuePath.appending(index: records.count, to: list.path)
      var record = Mapping()
      for (column, cell) in filled {
        guard let key = keyOf[column] else {
          throw source.error(
            "这一列没有列名，内容无处可放", line: row.number, column: column,
            hint: "在第 \(header.number) 行这一列写上列名，或者把内容移到有列名的列。")
        }
        record[key] = try value(
          cell, type: types[key] ?? nil, at: row.number, column: column, source: source)
        locations[ValuePath.appending(key: key, to: itemPath)] = ValueLocation(
          line: row.number, column: column, keyLine: header.number, keyColumn: column,
          source: source)
      }
      locations[itemPath] = ValueLocation(
        line: row.number, column: first.column, keyLine: row.number, keyColumn: first.column,
        source: source)
      records.append(.map(record))
    }
    tree.replace(at: list.path, with: records.isEmpty ? .null : .list(records))
  }
}
