/// What a questionnaire holds, in the order it is written, whatever it is written as (YAML, a
/// workbook): the report's parts, the groups and fields under them with the values they start
/// with, the lists of records, and what last year's answers hold that no field covers.
///
/// The carry-over rules live here, once: names, the unit and stock choices are kept; counts,
/// amounts, dates and lists of dated records are emptied; the year moves on; the report kind
/// is the questionnaire's own.
struct QuestionnaireOutline {
  /// One thing to write, in order. `keys` is the path from the root.
  enum Item {
    /// A part of the report begins (`二、规范党内政治生活`): the fields it reads first follow.
    case part(String)
    /// A key holding other fields (`统计`), with its own declaration when it has one.
    case group(keys: [String], own: FieldDeclaration?)
    /// A field, with the value it starts with (null when empty).
    case field(FieldDeclaration, keys: [String], value: Value)
    /// A list of records (`活动`, declared `活动[].日期`…): the fields of one record, and the
    /// records it starts with (null when none).
    case records(keys: [String], fields: [FieldDeclaration], value: Value)
    /// A value from last year's answers that no field covers, kept as it was; `first` for the
    /// first of them under the same key.
    case leftover(keys: [String], value: Value, first: Bool)
  }

  /// Said at the top of a questionnaire made from last year's answers.
  static let carryOverNote = "本问卷由去年的答案生成：名称、单位和措辞选择已保留，次数、金额、日期已清空，年度已加一。"

  /// Field types whose values belong to one year only: emptied when carrying over.
  static let yearly: Set<FieldType> = [.count, .integer, .number, .amount, .date]

  let kind: ReportKind
  /// The phrase banks of the report's templates, for the names their selections may pick.
  let banks: [PhraseBank]
  /// The sections the report has when its answers choose none.
  let sectionIDs: [String]
  /// Whether the questionnaire starts from last year's answers.
  let carriesOver: Bool
  private(set) var items: [Item] = []

  init(
    kind: ReportKind, banks: [PhraseBank], sectionIDs: [String], entries: [FieldOrder.Entry],
    lastYear: Mapping?
  ) {
    self.kind = kind
    self.banks = banks
    self.sectionIDs = sectionIDs
    carriesOver = lastYear != nil
    var walk = Walk(kind: kind)
    walk.add(entries, under: [], last: lastYear)
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
  var items: [QuestionnaireOutline.Item] = []
  private var currentPart: String? = nil

  init(kind: ReportKind) { self.kind = kind }

  /// Adds the entries under the keys `prefix`, grouped by their next key in the order first
  /// met; `last` is last year's mapping at this level.
  mutating func add(_ entries: [FieldOrder.Entry], under prefix: [String], last: Mapping?) {
    let depth = prefix.count
    var order: [String] = []
    var groups: [String: [FieldOrder.Entry]] = [:]
    for entry in entries {
      let key = entry.keys[depth]
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
        let yearly = fields.contains { QuestionnaireOutline.yearly.contains($0.type) }
        let carried = yearly ? nil : last?[name]
        items.append(.records(keys: keys + [name], fields: fields, value: carried ?? .null))
      } else if group.count == 1, first.keys.count == depth + 1 {
        items.append(
          .field(
            first.declaration, keys: keys + [key],
            value: startingValue(first.declaration, carried: last?[key])))
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

  /// Last year's value as this year's starting point: kept, or emptied for yearly types; the
  /// report kind is this questionnaire's, the year the one after last year's.
  private func startingValue(_ declaration: FieldDeclaration, carried: Value?) -> Value {
    switch declaration.path {
    case "报告.类型": return .string(kind.id)
    case "年度":
      if case .int(let year)? = carried { return .int(year + 1) }
      return .null
    default:
      guard let carried, !QuestionnaireOutline.yearly.contains(declaration.type) else {
        return .null
      }
      return carried
    }
  }

  /// What last year's answers hold at this level that no field here covers (the report's
  /// own settings such as `报告.章节`, a unit's own additions), kept as it was.
  private mutating func addLeftovers(of last: Mapping?, besides keys: [String], under: [String]) {
    guard let last else { return }
    var first = true
    for (key, value) in last.pairs
    where !keys.contains(key) && !(under.isEmpty && key == ReportData.yearFactsKey) {
      items.append(.leftover(keys: under + [key], value: value, first: first))
      first = false
    }
  }
}
