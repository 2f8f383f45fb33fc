/// A questionnaire for one kind of report: every field its templates read, in the order the
/// report reads them, each with its prompt, type and example — as commented YAML or as a
/// workbook. It is a valid answers file as it stands: fill it in, or send it to sub-units to
/// fill in.
///
/// Made from last year's answers, it starts next year's (`QuestionnaireOutline` says how);
/// filled with the units' sums it is the answers of the organisation above them; filled with
/// its examples it shows what a whole report looks like.
public struct Questionnaire: Sendable {
  public let catalogue: Catalogue
  public let kind: ReportKind

  public init(catalogue: Catalogue, kind: ReportKind) {
    self.catalogue = catalogue
    self.kind = kind
  }

  /// The questionnaire's text, with last year's answers carried over when given.
  public func text(carryingOver lastYear: Answers? = nil) throws(Diagnostic) -> String {
    try text(prefill: Self.prefill(carryingOver: lastYear))
  }

  /// The questionnaire as an .xlsx workbook (`AnswersSheetLayout`), with last year's answers
  /// carried over when given; `draft` reads it back, filled in, as answers.
  public func workbook(carryingOver lastYear: Answers? = nil) throws(Diagnostic) -> [UInt8] {
    var layout = QuestionnaireWorkbook(try outline(Self.prefill(carryingOver: lastYear)))
    return try WorkbookWriter.write(try layout.sheets(), title: "问卷：" + kind.name)
  }

  private static func prefill(carryingOver lastYear: Answers?) -> Prefill {
    lastYear?.root.mapping.map(Prefill.lastYear) ?? .blank
  }

  /// The answers of the organisation above a batch's units: this kind's questionnaire with
  /// what the units add up to filled in, each value saying how it was made, and the
  /// organisation's own fields left for it to fill; `source` names where the units came from.
  public func text(rollingUp result: RollupResult, source: String) throws(Diagnostic) -> String {
    var notes: [String: String] = [:]
    for field in result.fields { notes[field.path] = result.note(on: field) }
    let declared = Set(
      ReportGenerator(catalogue: catalogue).declarations(
        kind: kind, sections: kind.sections.compactMap { catalogue.section($0.id) }
      ).map { $0.path.components(separatedBy: "[]").first ?? $0.path })
    let outside = result.fields.filter { $0.value != nil && !declared.contains($0.path) }
    var head = [
      "汇总答案：由 draft rollup 从“\(source)”汇总而成，按“\(kind.name)”的问卷排列。",
      "计数和金额已合计，列表已合并；文字没有汇总，请补上本单位自己的情况后再生成报告：",
      "  draft check 本文件；draft generate 本文件 -o 报告.docx",
      "",
    ]
    head += result.notes
    if !outside.isEmpty {
      head.append(
        "“\(kind.name)”不用、没有写出的汇总项：" + outside.map(\.path).joined(separator: "、"))
    }
    return try text(prefill: .filled(result.answers, notes: notes, head: head))
  }

  /// The questionnaire filled in with every field's example, to see what a whole report
  /// looks like: an example the report would not use (a field of a phrase item the examples do
  /// not pick) is left out, so that the answers make a report with nothing left over; where the
  /// kind has a default answer (its own phrase items, its layout), the report shows that.
  public func textWithExamples() throws(Diagnostic) -> String {
    let (entries, _, _) = try fields()
    var examples = Mapping()
    for entry in entries {
      guard let example = entry.declaration.example,
        Value.map(kind.defaults).value(atPath: entry.declaration.path) == nil
      else { continue }
      let parts = entry.declaration.path.components(separatedBy: "[].")
      if parts.count == 2 {
        var record = Value.map(examples).value(atPath: parts[0])?.list?.first?.mapping ?? Mapping()
        record[parts[1]] = example
        examples.setValue(.list([.map(record)]), atPath: parts[0])
      } else if !parts[0].contains("[]") {
        examples.setValue(example, atPath: parts[0])
      }
    }
    examples.setValue(.string(kind.id), atPath: "报告.类型")
    let report = try ReportGenerator(catalogue: catalogue).generate(
      Answers(root: .map(examples)))
    let used = examples.removing(Set(report.unused))
    let head = [
      "示例答案：\(kind.name)。各项都填上了问卷中的示例（示例报告用不到的项空着），",
      "只为看看完整的报告是什么样：draft generate 本文件。交稿前请换成本单位的实际情况。",
    ]
    return try text(prefill: .filled(used, notes: [:], head: head))
  }

  private func text(prefill: Prefill) throws(Diagnostic) -> String {
    var writer = QuestionnaireWriter(try outline(prefill))
    return writer.write()
  }

  /// Everything the questionnaire holds, in order.
  func outline(_ prefill: Prefill) throws(Diagnostic) -> QuestionnaireOutline {
    let (entries, banks, sectionIDs) = try fields()
    return QuestionnaireOutline(
      kind: kind, banks: banks, sectionIDs: sectionIDs, entries: entries, prefill: prefill)
  }

  /// The fields in the order the report reads them, the phrase banks its templates offer, and
  /// its sections' ids.
  private func fields() throws(Diagnostic) -> ([FieldOrder.Entry], [PhraseBank], [String]) {
    let generator = ReportGenerator(catalogue: catalogue)
    let sections = kind.sections.compactMap { choice in
      catalogue.section(choice.id).map { (definition: $0, title: choice.title ?? $0.title) }
    }
    let kindTemplate = try generator.parse(kind.file, kind: kind)
    let sectionTemplates = try sections.map { section throws(Diagnostic) in
      try generator.parse(section.definition.file, kind: kind, section: section.definition)
    }
    let declared = generator.declarations(kind: kind, sections: sections.map(\.definition))
      .resolved(reading: [kindTemplate] + sectionTemplates)
    var fields = FieldOrder(declared)
    // The unit's full name names it in a batch and in report titles, whatever the templates read.
    fields.add(paths: ["报告.类型", "报告.日期", "年度", "单位.全称"], part: nil)
    fields.add(paths: kindTemplate.references.map(\.path), part: nil)
    var banks = kindTemplate.phraseBanks
    for (number, (section, template)) in zip(sections, sectionTemplates).enumerated() {
      let part = HeadingNumbering.number(level: 1, ordinal: number + 1) + section.title
      fields.add(paths: template.references.map(\.path), part: part)
      banks += template.phraseBanks
    }
    return (fields.entries, banks, sections.map(\.definition.id))
  }
}

/// Declared fields in the order the report first reads them, each with the part of the report
/// that reads it first.
struct FieldOrder {
  struct Entry {
    var declaration: FieldDeclaration
    /// The path split at `.`: `["统计", "党组会"]`, `["活动[]", "日期"]`.
    var keys: [String]
    /// The part of the report (`二、规范党内政治生活`) that first reads it; nil for the
    /// report's own fields.
    var part: String?
  }

  private let declared: [FieldDeclaration]
  private(set) var entries: [Entry] = []
  private var seen: Set<String> = []

  init(_ declared: [FieldDeclaration]) { self.declared = declared }

  /// Adds the declarations `paths` read: a path itself, or the fields under it (a loop over
  /// `活动` reads `活动[].日期`…).
  mutating func add(paths: [String], part: String?) {
    for path in paths {
      for declaration in declared
      where declaration.path == path || declaration.path.hasPrefix(path + ".")
        || declaration.path.hasPrefix(path + "[]")
      {
        guard seen.insert(declaration.path).inserted else { continue }
        entries.append(
          Entry(
            declaration: declaration,
            keys: declaration.path.split(separator: ".").map(String.init), part: part))
      }
    }
  }
}
