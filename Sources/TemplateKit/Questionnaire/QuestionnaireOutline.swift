/// What a questionnaire starts from.
enum Prefill {
  /// Nothing: every field empty.
  case blank
  /// Last year's answers: names, the unit and stock choices kept; counts, amounts and dates
  /// emptied; the year moved on.
  case lastYear(Mapping)
  /// Values written as they are (the units' answers added up by `Rollup`, or the examples),
  /// each with a note on how it was made, by path; `head` opens the file.
  case filled(Mapping, notes: [String: String], head: [String])
}

/// What a questionnaire holds, in the order it is written, whatever it is written as (YAML, a
/// workbook): the report's parts, the groups and fields under them with the values they start
/// with, the lists of records, and what last year's answers hold that no field covers.
///
/// The carry-over rules live here, once: names, the unit and stock choices are kept; counts,
/// amounts and dates are emptied, in records too; text that names an earlier year, or is a
/// fact of one year by its declaration (`每年更新`), is kept and marked for review; the year
/// moves on; the report kind is the questionnaire's own.
struct QuestionnaireOutline {
  /// One thing to write, in order. `keys` is the path from the root.
  enum Item {
    /// A part of the report begins (`二、规范党内政治生活`): the fields it reads first follow.
    case part(String)
    /// A key holding other fields (`统计`), with its own declaration when it has one.
    case group(keys: [String], own: FieldDeclaration?)
    /// A field, with the value it starts with (null when empty) and a remark on it: why a value
    /// carried over needs review (`【请核对】…`), how a rolled-up one was made (`汇总：…`).
    case field(FieldDeclaration, keys: [String], value: Value, remark: String?)
    /// A list of records (`活动`, declared `活动[].日期`…): the list's own declaration when it
    /// has one, the fields of one record, the records it starts with (null when none), and a
    /// remark on them.
    case records(
      keys: [String], own: FieldDeclaration?, fields: [FieldDeclaration], value: Value,
      remark: String?)
    /// A value from last year's answers that no field covers, kept as it was; `first` for the
    /// first of them under the same key.
    case leftover(keys: [String], value: Value, first: Bool)
  }

  /// Said at the top of a questionnaire made from last year's answers.
  static let carryOverNote = """
    本问卷由去年的答案生成：名称、单位和措辞选择已保留，次数、金额、日期已清空（记录中的也一样），年度已加一。
    标有【请核对】的是去年的内容（写着去年、或是每年不同的事），改成今年的或删去。
    """

  /// Field types whose values belong to one year only: emptied when carrying over.
  static let yearly: Set<FieldType> = [.count, .integer, .number, .amount, .date]

  let kind: ReportKind
  /// The phrase banks of the report's templates, for the names their selections may pick.
  let banks: [PhraseBank]
  /// The sections the report has when its answers choose none.
  let sectionIDs: [String]
  /// What it starts from.
  let prefill: Prefill
  private(set) var items: [Item] = []

  /// Whether the questionnaire starts from last year's answers.
  var carriesOver: Bool {
    if case .lastYear = prefill { true } else { false }
  }

  /// The lines that open it in place of the usual head (a rollup's notes, the examples' word).
  var head: [String]? {
    if case .filled(_, _, let head) = prefill { head } else { nil }
  }

  init(
    kind: ReportKind, banks: [PhraseBank], sectionIDs: [String], entries: [FieldOrder.Entry],
    prefill: Prefill
  ) {
    self.kind = kind
    self.banks = banks
    self.sectionIDs = sectionIDs
    self.prefill = prefill
    var walk = Walk(kind: kind, prefill: prefill)
    switch prefill {
    case .blank: walk.add(entries, under: [], last: nil)
    case .lastYear(let answers), .filled(let answers, _, _):
      walk.add(entries, under: [], last: answers)
    }
    items = walk.items
  }

  /// The value `kind` gives the field at `path` when the answers leave it empty.
  func kindDefault(at path: String) -> Value? {
    var value: Value? = .map(kind.defaults)
    for key in path.split(separator: ".") { value = value?[String(key)] }
    return value
  }

  /// The names `declaration`'s phrase bank offers, for a field that picks from one.
  func bankNames(for declaration: FieldDeclaration) -> [String]? {
    guard declaration.type == .phrases else { return nil }
    return banks.first(where: { $0.selection == declaration.path })?.names
  }
}

/// Going through the fields in order, grouping them by key level by level.
private struct Walk {
  let kind: ReportKind
  let prefill: Prefill
  var items: [QuestionnaireOutline.Item] = []
  private var currentPart: String? = nil

  init(kind: ReportKind, prefill: Prefill) {
    self.kind = kind
    self.prefill = prefill
  }

  /// The year the questionnaire is for, when it starts from last year's answers.
  private var nextYear: Int? {
    guard case .lastYear(let answers) = prefill else { return nil }
    return EngineValues.year(in: .map(answers)).map { $0 + 1 }
  }

  /// How a rolled-up value was made, when there is a note on it.
  private func note(on path: String) -> String? {
    guard case .filled(_, let notes, _) = prefill, let note = notes[path] else { return nil }
    return "汇总：" + note
  }

  /// Adds the entries under the keys `prefix`, grouped by their next key in the order first
  /// met; `last` is last year's mapping at this level.
  mutating func add(_ entries: [FieldOrder.Entry], under prefix: [String], last: Mapping?) {
    let depth = prefix.count
    var order: [String] = []
    var groups: [String: [FieldOrder.Entry]] = [:]
    // A list of records declared itself (`活动`) and by its fields (`活动[].日期`) is one key.
    let records = Set(entries.map { $0.keys[depth] }.filter { $0.hasSuffix("[]") })
    for entry in entries {
      var key = entry.keys[depth]
      if records.contains(key + "[]") { key += "[]" }
      if groups[key] == nil { order.append(key) }
      groups[key, default: []].append(entry)
    }
    for key in order {
      guard let group = groups[key], let first = group.first else { continue }
      if depth == 0, first.part != currentPart, let part = first.part {
        items.append(.part(part))
        currentPart = part
      }
      let keys = prefix
      if key.hasSuffix("[]") {
        let name = String(key.dropLast(2))
        let fields = group.filter { $0.keys.count == depth + 2 }.map(\.declaration)
        let own = group.first { $0.keys.count == depth + 1 }?.declaration
        let (value, remark) = startingRecords(fields, carried: last?[name], path: keys + [name])
        items.append(
          .records(keys: keys + [name], own: own, fields: fields, value: value, remark: remark))
      } else if group.count == 1, first.keys.count == depth + 1 {
        let (value, remark) = startingValue(first.declaration, carried: last?[key])
        items.append(.field(first.declaration, keys: keys + [key], value: value, remark: remark))
      } else {
        let own = group.first(where: { $0.keys.count == depth + 1 })?.declaration
        items.append(.group(keys: keys + [key], own: own))
        add(
          group.filter { $0.keys.count > depth + 1 }, under: keys + [key],
          last: last?[key]?.mapping)
      }
    }
    let written = order.map { $0.hasSuffix("[]") ? String($0.dropLast(2)) : $0 }
    addLeftovers(of: last, besides: written, under: prefix)
  }

  /// The value a field starts with, and a remark on it. Filled in: as given. From last year:
  /// kept, or emptied for yearly types, marked for review when it names an earlier year or
  /// changes every year; the report kind is this questionnaire's, the year the one after last
  /// year's (when last year's is a year at all).
  private func startingValue(_ declaration: FieldDeclaration, carried: Value?) -> (
    Value, String?
  ) {
    if declaration.path == "报告.类型" { return (.string(kind.id), nil) }
    switch prefill {
    case .blank: return (.null, nil)
    case .filled: return (carried ?? .null, note(on: declaration.path))
    case .lastYear:
      break
    }
    if declaration.path == "年度" {
      if let nextYear { return (.int(nextYear), nil) }
      let given = carried.map { !$0.isAbsent } ?? false
      return (.null, given ? "【请核对】去年答案中的“年度”不是有效的年份，请填写今年的年度" : nil)
    }
    guard let carried, !QuestionnaireOutline.yearly.contains(declaration.type) else {
      return (.null, nil)
    }
    return (carried, review(carried, as: declaration))
  }

  /// The records a list starts with, and a remark on them: last year's with their counts,
  /// amounts and dates emptied, for review; a rollup's as joined.
  private func startingRecords(_ fields: [FieldDeclaration], carried: Value?, path: [String])
    -> (Value, String?)
  {
    switch prefill {
    case .blank: return (.null, nil)
    case .filled: return (carried ?? .null, note(on: path.joined(separator: ".")))
    case .lastYear: break
    }
    guard case .list(let items)? = carried else { return (carried ?? .null, nil) }
    let yearly = Set(fields.filter { QuestionnaireOutline.yearly.contains($0.type) }.map(\.key))
    let emptied = items.map { item -> Value in
      guard case .map(var record) = item else { return item }
      for field in record.keys where yearly.contains(field) { record[field] = .null }
      return .map(record)
    }
    return (.list(emptied), "【请核对】以下是去年的记录：次数、金额、日期已清空；今年没有的记录请删去")
  }

  /// Why a value carried over from last year must be looked at before it is used again.
  private func review(_ value: Value, as declaration: FieldDeclaration) -> String? {
    guard !value.isAbsent else { return nil }
    if let year = nextYear, let text = try? value.printed(),
      let mentioned = YearMentions.earlier(than: year, in: text)
    {
      return "【请核对】这是去年的内容，写的是 \(mentioned) 年的事"
    }
    return declaration.changesEveryYear ? "【请核对】这是去年的内容，每年不同" : nil
  }

  /// What last year's answers hold at this level that no field here covers (the report's
  /// own settings such as `报告.章节`, a unit's own additions), kept as it was.
  private mutating func addLeftovers(of last: Mapping?, besides keys: [String], under: [String]) {
    guard case .lastYear = prefill, let last else { return }
    var first = true
    for (key, value) in last.pairs
    where !keys.contains(key) && !(under.isEmpty && key == EngineValues.yearFacts) {
      items.append(.leftover(keys: under + [key], value: value, first: first))
      first = false
    }
  }
}
