/// Several years' reports of one office lined up part by part — sections by their headings,
/// paragraphs, points and sub-sections by how alike their text is — into one outline to lay the
/// templates out from: the latest report's, with what only earlier ones have put where it
/// stood. Each unit of it knows the unit standing for it in every report that has one.
struct OutlineComparison: Sendable {
  /// How alike two paragraphs must be to be the same paragraph in two years.
  static let sameParagraph = 0.4
  /// How alike two headings must be to head the same part.
  static let sameHeading = 0.5

  private(set) var merged: ReportOutline
  /// For each unit of `merged`, the units standing for it, by report.
  private(set) var versions: [TextUnit: [Int: TextUnit]] = [:]
  /// How many reports there are.
  let reportCount: Int

  /// `outlines` oldest first, each marked with its position.
  init(_ outlines: [ReportOutline]) {
    reportCount = outlines.count
    merged = outlines.last ?? ReportOutline()
    for unit in merged.units { versions[unit] = [unit.report: unit] }
    for (report, outline) in outlines.enumerated().dropLast() { merge(outline, report: report) }
  }

  /// The reports that have `unit` (the merged outline's).
  func reports(having unit: TextUnit) -> Set<Int> {
    Set((versions[unit] ?? [unit.report: unit]).keys)
  }

  private mutating func merge(_ other: ReportOutline, report: Int) {
    merged.title = single(merged.title, other.title, report: report)
    merged.addressee = single(merged.addressee, other.addressee, report: report)
    merged.date = single(merged.date, other.date, report: report)
    merged.signature = units(merged.signature, other.signature, report: report, alike: 0)
    merged.opening = blocks(merged.opening, other.opening, report: report)
    merged.closing = blocks(merged.closing, other.closing, report: report)
    merged.sections = sections(merged.sections, other.sections, report: report)
  }

  /// A unit every report has at most one of (the title, the date): the same place whatever
  /// its text.
  private mutating func single(_ unit: TextUnit?, _ other: TextUnit?, report: Int) -> TextUnit? {
    guard let other else { return unit }
    guard let unit else {
      register(other)
      return other
    }
    versions[unit, default: [:]][report] = other
    return unit
  }

  private mutating func register(_ unit: TextUnit) { versions[unit] = [unit.report: unit] }

  /// Units lined up by likeness; the other's unmatched ones put before the next match.
  private mutating func units(_ units: [TextUnit], _ others: [TextUnit], report: Int, alike: Double)
    -> [TextUnit]
  {
    let pairs = TextSimilarity.pairs(units, others) { TextSimilarity.of($0.text, $1.text) >= alike }
    var out: [TextUnit] = []
    var next = 0
    for (index, unit) in units.enumerated() {
      if let pair = pairs.first(where: { $0.0 == index }) {
        for extra in others[next..<pair.1] {
          register(extra)
          out.append(extra)
        }
        versions[unit, default: [:]][report] = others[pair.1]
        next = pair.1 + 1
      }
      out.append(unit)
    }
    for extra in others[next...] {
      register(extra)
      out.append(extra)
    }
    return out
  }

  private mutating func sections(
    _ sections: [OutlineSection], _ others: [OutlineSection], report: Int
  ) -> [OutlineSection] {
    let pairs = TextSimilarity.pairs(sections, others) { a, b in
      if let first = a.heading, let second = b.heading {
        return TextSimilarity.of(first.text, second.text) >= Self.sameHeading
      }
      return a.heading == nil && b.heading == nil
        && TextSimilarity.of(Self.text(a.body), Self.text(b.body)) >= Self.sameParagraph
    }
    var out: [OutlineSection] = []
    var next = 0
    for (index, section) in sections.enumerated() {
      var section = section
      if let pair = pairs.first(where: { $0.0 == index }) {
        for extra in others[next..<pair.1] { out.append(registered(extra)) }
        let other = others[pair.1]
        if let heading = section.heading, let otherHeading = other.heading {
          versions[heading, default: [:]][report] = otherHeading
        }
        section.body = blocks(section.body, other.body, report: report)
        next = pair.1 + 1
      }
      out.append(section)
    }
    for extra in others[next...] { out.append(registered(extra)) }
    return out
  }

  private mutating func registered(_ section: OutlineSection) -> OutlineSection {
    if let heading = section.heading { register(heading) }
    for block in section.body { for unit in block.units { register(unit) } }
    return section
  }

  private mutating func blocks(_ blocks: [OutlineBlock], _ others: [OutlineBlock], report: Int)
    -> [OutlineBlock]
  {
    let pairs = TextSimilarity.pairs(blocks, others, alike: Self.alike)
    var out: [OutlineBlock] = []
    var next = 0
    for (index, block) in blocks.enumerated() {
      guard let pair = pairs.first(where: { $0.0 == index }) else {
        out.append(block)
        continue
      }
      for extra in others[next..<pair.1] {
        for unit in extra.units { register(unit) }
        out.append(extra)
      }
      out.append(merge(block, others[pair.1], report: report))
      next = pair.1 + 1
    }
    for extra in others[next...] {
      for unit in extra.units { register(unit) }
      out.append(extra)
    }
    return out
  }

  /// Two blocks of the same shape standing for each other, merged.
  private mutating func merge(_ block: OutlineBlock, _ other: OutlineBlock, report: Int)
    -> OutlineBlock
  {
    switch (block, other) {
    case (.paragraph(let unit), .paragraph(let otherUnit)):
      versions[unit, default: [:]][report] = otherUnit
      return block
    case (.points(var list), .points(let otherList)):
      if let lead = list.lead, let otherLead = otherList.lead {
        versions[lead, default: [:]][report] = otherLead
      } else if list.lead == nil, let otherLead = otherList.lead {
        register(otherLead)
        list.lead = otherLead
      }
      list.items = units(list.items, otherList.items, report: report, alike: Self.sameParagraph)
      return .points(list)
    case (.subsection(var sub), .subsection(let otherSub)):
      versions[sub.heading, default: [:]][report] = otherSub.heading
      sub.body = blocks(sub.body, otherSub.body, report: report)
      return .subsection(sub)
    default:
      return block
    }
  }

  /// Whether two blocks stand for each other: the same shape, and alike.
  private static func alike(_ a: OutlineBlock, _ b: OutlineBlock) -> Bool {
    switch (a, b) {
    case (.paragraph(let first), .paragraph(let second)):
      return TextSimilarity.of(first.text, second.text) >= sameParagraph
    case (.points(let first), .points(let second)):
      return first.firstLabel == second.firstLabel
        && first.separateParagraphs == second.separateParagraphs
        && TextSimilarity.of(text([a]), text([b])) >= sameParagraph - 0.1
    case (.subsection(let first), .subsection(let second)):
      return first.level == second.level && first.runIn == second.runIn && first.bold == second.bold
        && (TextSimilarity.of(first.heading.text, second.heading.text) >= sameHeading
          || TextSimilarity.of(text(first.body), text(second.body)) >= sameParagraph)
    default:
      return false
    }
  }

  private static func text(_ blocks: [OutlineBlock]) -> String {
    blocks.flatMap(\.units).map(\.text).joined()
  }
}
