/// A questionnaire for one kind of report: every field its templates read, in the order the
/// report reads them, each with its prompt, type and example — as commented YAML or as a
/// workbook. It is a valid answers file as it stands: fill it in, or send it to sub-units to
/// fill in.
///
/// Made from last year's answers, it starts next year's: names, the unit and stock choices
/// are kept; counts, amounts, dates and lists of dated records are emptied; the year moves on.
public struct Questionnaire: Sendable {
  public let catalogue: Catalogue
  public let kind: ReportKind

  public init(catalogue: Catalogue, kind: ReportKind) {
    self.catalogue = catalogue
    self.kind = kind
  }

  /// The questionnaire's text, with last year's answers carried over when given.
  public func text(carryingOver lastYear: Answers? = nil) throws -> String {
    var writer = QuestionnaireWriter(try outline(carryingOver: lastYear))
    return writer.write()
  }

  /// The questionnaire as an .xlsx workbook (`AnswersSheetLayout`), with last year's answers
  /// carried over when given; `draft` reads it back, filled in, as answers.
  public func workbook(carryingOver lastYear: Answers? = nil) throws -> [UInt8] {
    var layout = QuestionnaireWorkbook(try outline(carryingOver: lastYear))
    return try WorkbookWriter.write(try layout.sheets(), title: "问卷：" + kind.name)
  }

  /// Everything the questionnaire holds, in order.
  func outline(carryingOver lastYear: Answers?) throws -> QuestionnaireOutline {
    let generator = ReportGenerator(catalogue: catalogue)
    let sections = kind.sections.compactMap { choice in
      catalogue.section(choice.id).map { (definition: $0, title: choice.title ?? $0.title) }
    }
    let declared = generator.declarations(kind: kind, sections: sections.map(\.definition))
    var fields = FieldOrder(declared)
    fields.add(paths: ["报告.类型", "报告.日期", "年度"], part: nil)
    let kindTemplate = try generator.parse(kind.file, kind: kind)
    fields.add(paths: kindTemplate.references.map(\.path), part: nil)
    var banks = kindTemplate.phraseBanks
    for (number, section) in sections.enumerated() {
      let template = try generator.parse(
        section.definition.file, kind: kind, section: section.definition)
      let part = HeadingNumbering.number(level: 1, ordinal: number + 1) + section.title
      fields.add(paths: template.references.map(\.path), part: part)
      banks += template.phraseBanks
    }
    return QuestionnaireOutline(
      kind: kind, banks: banks, sectionIDs: sections.map(\.definition.id),
      entries: fields.entries, lastYear: lastYear?.root.mapping)
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
