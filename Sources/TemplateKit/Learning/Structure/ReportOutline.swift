/// What a source report consists of, as learning finds it: title, opening, sections with their
/// sub-sections and points, closing, signature and date. Every piece of text keeps where it
/// stood in the file, for the account and for messages.
struct ReportOutline: Sendable {
  var title: TextUnit?
  /// The addressee line under the title (`区委：`), when there is one.
  var addressee: TextUnit?
  /// What comes before the first heading.
  var opening: [OutlineBlock] = []
  /// The top-level parts, each under its heading (`一、…`); a report without headings has one
  /// part a paragraph, with no heading.
  var sections: [OutlineSection] = []
  /// Closing lines after the last part (`特此报告。`).
  var closing: [OutlineBlock] = []
  /// Who signs, one line each.
  var signature: [TextUnit] = []
  /// The date under the signature.
  var date: TextUnit?

  /// Every piece of text, in reading order.
  var units: [TextUnit] {
    var all: [TextUnit] = []
    if let title { all.append(title) }
    if let addressee { all.append(addressee) }
    for block in opening { all += block.units }
    for section in sections {
      if let heading = section.heading { all.append(heading) }
      for block in section.body { all += block.units }
    }
    for block in closing { all += block.units }
    all += signature
    if let date { all.append(date) }
    return all
  }
}

extension ReportOutline {
  /// The outline with every unit marked as being in report `report`.
  func marked(report: Int) -> ReportOutline {
    func mark(_ unit: TextUnit) -> TextUnit {
      var unit = unit
      unit.report = report
      return unit
    }
    var out = self
    out.title = title.map(mark)
    out.addressee = addressee.map(mark)
    out.opening = opening.map { $0.mapUnits(mark) }
    out.sections = sections.map {
      OutlineSection(
        heading: $0.heading.map(mark), body: $0.body.map { $0.mapUnits(mark) },
        numbered: $0.numbered)
    }
    out.closing = closing.map { $0.mapUnits(mark) }
    out.signature = signature.map(mark)
    out.date = date.map(mark)
    return out
  }
}

/// A top-level part of a report.
struct OutlineSection: Sendable {
  /// Its heading without the number (`规范党内政治生活`); nil in a report without headings.
  var heading: TextUnit?
  var body: [OutlineBlock]
  /// Whether the heading is numbered (一、): a heading the styles make one but that has no
  /// number is written as it stands.
  var numbered = true
}

/// A block of a part's body.
indirect enum OutlineBlock: Sendable {
  case paragraph(TextUnit)
  /// Points numbered 一是、二是… (or 第一，, 1．…): in one paragraph after a lead, or one a
  /// paragraph.
  case points(PointList)
  /// A heading one level down (（一）, 1., （1）) and what stands under it.
  case subsection(Subsection)

  /// The block with `change` made to each of its units.
  func mapUnits(_ change: (TextUnit) -> TextUnit) -> OutlineBlock {
    switch self {
    case .paragraph(let unit): return .paragraph(change(unit))
    case .points(var list):
      list.lead = list.lead.map(change)
      list.items = list.items.map(change)
      return .points(list)
    case .subsection(var sub):
      sub.heading = change(sub.heading)
      sub.body = sub.body.map { $0.mapUnits(change) }
      return .subsection(sub)
    }
  }

  var units: [TextUnit] {
    switch self {
    case .paragraph(let unit): [unit]
    case .points(let list): (list.lead.map { [$0] } ?? []) + list.items
    case .subsection(let sub): [sub.heading] + sub.body.flatMap(\.units)
    }
  }
}

/// Numbered points.
struct PointList: Sendable {
  /// The first label as written (`一是`, `第一，`, `1．`): the style the template numbers with.
  var firstLabel: String
  /// The text before the first point, in the same paragraph.
  var lead: TextUnit?
  /// Each point's text, without its label.
  var items: [TextUnit]
  /// Whether each point is a paragraph of its own.
  var separateParagraphs: Bool
}

/// A numbered heading below the top level.
struct Subsection: Sendable {
  /// 2 for （一）, 3 for 1., 4 for （1）; 0 for a bold head, which has no level.
  var level: Int
  /// The heading's text without its number; a run-in heading without the full stop the
  /// template adds back.
  var heading: TextUnit
  /// Whether the heading runs on into its first paragraph.
  var runIn: Bool
  var body: [OutlineBlock]
  /// Whether it is an unnumbered head in bold (`{% section … bold %}`) opening its paragraph.
  var bold = false
}

/// A piece of a report's text and where it starts in the file.
struct TextUnit: Sendable, Hashable {
  var text: String
  /// The line (or .docx paragraph) it is on, counting from 1.
  var line: Int
  /// The column of its first character on that line, counting from 1.
  var column: Int
  /// Which of the reports learned from together it is in, by position.
  var report = 0

  init(_ text: String, line: Int, column: Int = 1) {
    self.text = text
    self.line = line
    self.column = column
  }

  /// The text from character `offset` on, as a unit of its own.
  func dropping(_ offset: Int) -> TextUnit {
    var unit = TextUnit(String(text.dropFirst(offset)), line: line, column: column + offset)
    unit.report = report
    return unit
  }

  /// The first `count` characters, as a unit of their own.
  func prefix(_ count: Int) -> TextUnit {
    var unit = TextUnit(String(text.prefix(count)), line: line, column: column)
    unit.report = report
    return unit
  }
}
