/// How the text of several years' reports becomes template pieces: where their versions of a
/// piece of text differ, a field holds each year's words (`2023` and `2022` of `年度`, or a
/// changed phrase as text); where they agree, the text stays — except counts, amounts, dates,
/// years and blanks, which are fields even when two years happen to share them. A paragraph or
/// point only some years have is written when a yes-or-no field says so.
struct ComparedTemplating: UnitTemplating {
  var facts: FactTemplating
  let comparison: OutlineComparison

  init(_ comparison: OutlineComparison, outlines: [ReportOutline], builtIn: [FieldDeclaration]) {
    self.comparison = comparison
    facts = FactTemplating(
      outlines: Dictionary(uniqueKeysWithValues: outlines.enumerated().map { ($0, $1) }),
      builtIn: builtIn)
  }

  mutating func pieces(of unit: TextUnit, in template: String, dateLine: Bool) -> [TemplatePiece] {
    let others = (comparison.versions[unit] ?? [:]).filter { $0.key != unit.report }
      .sorted { $0.key < $1.key }.map(\.value)
    guard !others.isEmpty else { return facts.pieces(of: unit, in: template, dateLine: dateLine) }
    let base = Array(unit.text)
    let own = facts.facts(in: unit, dateLine: dateLine)
    let otherTexts = others.map { Array($0.text) }
    let alignments = otherTexts.map { TextAlignment(base, $0) }
    let otherFacts = others.map { facts.facts(in: $0, dateLine: dateLine) }
    // The blanks of each version (the base first), as its own text has them.
    let blanks = ([own] + otherFacts).map { $0.filter { $0.value == nil }.map(\.range) }
    var pieces: [TemplatePiece] = []
    var otherPieces = [[TemplatePiece]](repeating: [], count: others.count)
    var cursor = 0
    var otherCursors = [Int](repeating: 0, count: others.count)
    let spans = Self.spans(own.map(\.range) + alignments.flatMap { $0.differences.map(\.base) })
    var stretches: [Stretch] = []
    for (index, span) in spans.enumerated() {
      // The text shared by all versions on either side, which a stretch may take in.
      let previous = max(
        stretches.last?.sides[0].upperBound ?? 0, index > 0 ? spans[index - 1].upperBound : 0)
      let next = index + 1 < spans.count ? spans[index + 1].lowerBound : base.count
      let room = previous..<next
      stretches += Self.stretches(
        of: span, room: room, alignments: alignments, texts: [base] + otherTexts, blanks: blanks)
    }
    for stretch in stretches {
      let (span, mapped) = (stretch.sides[0], Array(stretch.sides.dropFirst()))
      let changed = alignments.contains { alignment in
        alignment.differences.contains { $0.base.overlaps(span) }
      }
      let fact = own.first { $0.range == span }
      if let fact, !changed, !Self.isTyped(fact) { continue }
      if span.lowerBound > cursor { pieces.append(.text(String(base[cursor..<span.lowerBound]))) }
      for number in others.indices where mapped[number].lowerBound > otherCursors[number] {
        let text = otherTexts[number]
        otherPieces[number].append(
          .text(String(text[otherCursors[number]..<mapped[number].lowerBound])))
      }
      let piece = field(
        for: span, fact: fact, unit: unit, base: base, others: others, otherTexts: otherTexts,
        mapped: mapped, otherFacts: otherFacts, blanks: blanks, template: template)
      pieces.append(piece)
      for number in others.indices {
        guard case .field(let path, let printing, _) = piece else { continue }
        let written = String(otherTexts[number][mapped[number]])
        otherPieces[number].append(.field(path: path, printing: printing, written: written))
        otherCursors[number] = mapped[number].upperBound
      }
      cursor = span.upperBound
    }
    if cursor < base.count { pieces.append(.text(String(base[cursor...]))) }
    facts.record(unit, pieces)
    for (number, other) in others.enumerated() {
      let text = otherTexts[number]
      if otherCursors[number] < text.count {
        otherPieces[number].append(.text(String(text[otherCursors[number]...])))
      }
      facts.record(other, otherPieces[number])
    }
    return pieces
  }

  mutating func condition(for unit: TextUnit, in template: String) -> String? {
    let having = comparison.reports(having: unit)
    guard having.count < comparison.reportCount else { return nil }
    let opening = String(unit.text.prefix { !$0.isNumber && !BlankCharacters.all.contains($0) })
    let key = TemplateLayout.shortName(opening, fallback: "段落")
    let fact = Fact(
      range: 0..<0, type: .flag, value: .bool(true), printing: .plain,
      name: .learned(group: "段落", key: key, label: key, merge: nil),
      meaning: "是否写这一段（只有部分年份的报告有它，true 写，false 不写）")
    let path = facts.table.path(
      for: fact, report: unit.report, quote: String(unit.text.prefix(40)), template: template)
    for report in 0..<comparison.reportCount {
      facts.table.setValue(.bool(having.contains(report)), at: path, report: report)
    }
    return path
  }

  mutating func heading(_ unit: TextUnit, in template: String) -> String? {
    let versions = comparison.versions[unit] ?? [:]
    guard Set(versions.values.map(\.text)).count > 1 else { return nil }
    let key = ContextPhrase.headKey(unit.text, limit: 8)
    let fact = Fact(
      range: 0..<0, type: .text, value: .string(unit.text), printing: .plain,
      name: .learned(group: "标题", key: key.isEmpty ? "小标题" : key, label: key, merge: nil),
      meaning: "这一部分的小标题（各年不同）")
    let path = facts.table.path(
      for: fact, report: unit.report, quote: unit.text, template: template)
    for (report, version) in versions {
      facts.table.setValue(.string(version.text), at: path, report: report)
    }
    return path
  }

  /// The field for `span` of the base unit: its fact's, with each other report's value read
  /// from the same place there, when every report has a fact of that kind there that prints
  /// back; else a text field holding each report's words.
  private mutating func field(
    for span: Range<Int>, fact: Fact?, unit: TextUnit, base: [Character], others: [TextUnit],
    otherTexts: [[Character]], mapped: [Range<Int>], otherFacts: [[Fact]],
    blanks: [[Range<Int>]], template: String
  ) -> TemplatePiece {
    if let fact, facts.printsBack(fact.value, as: fact.printing, written: String(base[span])) {
      var values: [(Int, Value?)] = []
      for (number, other) in others.enumerated() {
        let written = String(otherTexts[number][mapped[number]])
        guard
          let match = otherFacts[number].first(where: {
            $0.range == mapped[number] && $0.type == fact.type && $0.printing == fact.printing
          }), facts.printsBack(match.value, as: fact.printing, written: written)
        else { break }
        values.append((other.report, match.value))
      }
      if values.count == others.count {
        let piece = facts.field(for: fact, in: unit, characters: base, template: template)
        if case .field(let path, _, _) = piece {
          for (report, value) in values {
            if let value { facts.table.setValue(value, at: path, report: report) }
          }
        }
        return piece
      }
    }
    let written = String(base[span])
    let head = ContextPhrase.headKey(written, limit: 8)
    let name =
      head.count >= 2
      ? head
      : ContextPhrase.key(
        ContextPhrase.object(of: ContextPhrase.clause(before: span.lowerBound, in: base)).object,
        limit: 8)
    let words = [written] + others.indices.map { String(otherTexts[$0][mapped[$0]]) }
    // A fact the years write differently (12.5万元 and 8万元) keeps its name, as text.
    var group = "内容"
    var key = name.isEmpty ? "文字" : name
    if let fact, fact.range == span, case .learned(let factGroup, let factKey, _, _) = fact.name {
      (group, key) = (factGroup, factKey)
    }
    let text = Fact(
      range: span, type: .text, value: Self.value(of: span, in: base, blanks: blanks[0]),
      printing: .plain,
      name: .learned(
        group: group, key: key, label: key, merge: group + "|" + words.joined(separator: "|")),
      meaning: fact == nil ? "各年报告中不同的文字" : "\(key)（各年写法不同，照原样书写，如“\(written)”）")
    let path = facts.table.path(
      for: text, report: unit.report, quote: FactTemplating.excerpt(base, around: span),
      template: template)
    for (number, other) in others.enumerated() {
      if let value = Self.value(
        of: mapped[number], in: otherTexts[number], blanks: blanks[number + 1])
      {
        facts.table.setValue(value, at: path, report: other.report)
      }
    }
    return .field(path: path, printing: .plain, written: written)
  }

  /// The words of `range` as a text field's value; none where they hold a blank the writer
  /// left (one of `blanks`, found in the whole text: `X` alone is a blank, in `Xe` it is not).
  private static func value(of range: Range<Int>, in text: [Character], blanks: [Range<Int>])
    -> Value?
  {
    let holdsBlank = blanks.contains {
      range.lowerBound <= $0.lowerBound && $0.upperBound <= range.upperBound
    }
    return holdsBlank ? nil : .string(String(text[range]))
  }

  /// Whether a fact is a field even where every report agrees on it.
  private static func isTyped(_ fact: Fact) -> Bool {
    if fact.value == nil { return true }
    if case .year = fact.printing { return true }
    return [.count, .integer, .number, .amount, .date].contains(fact.type)
  }

  /// A stretch of the base unit's text and the ranges that stand in its place in the other
  /// versions (`sides`, the base's first), with the blanks each side holds whole, in order.
  private struct Stretch {
    var sides: [Range<Int>]
    var blanks: [[Range<Int>]]

    init(sides: [Range<Int>], within blanks: [[Range<Int>]]) {
      self.sides = sides
      self.blanks = zip(sides, blanks).map { range, blanks in Self.blanks(in: range, of: blanks) }
    }

    /// The blanks of `sorted` that lie whole in `range`.
    private static func blanks(in range: Range<Int>, of sorted: [Range<Int>]) -> [Range<Int>] {
      var low = 0
      var high = sorted.count
      while low < high {
        let middle = (low + high) / 2
        if sorted[middle].lowerBound < range.lowerBound { low = middle + 1 } else { high = middle }
      }
      var found: [Range<Int>] = []
      while low < sorted.count, sorted[low].upperBound <= range.upperBound {
        found.append(sorted[low])
        low += 1
      }
      return found
    }
  }

  /// The most pieces one stretch is cut into at its blanks; past it the rest stays whole.
  static let maximumPieces = 10_000
  /// The most characters of shared text a stretch takes in to be cut at its blanks.
  static let maximumWidening = 16

  /// `span` of the base and what stands in its place in the other versions, cut at their
  /// blanks (`cutAtBlanks`). Where a version is too short to be cut so (`好` against `XX活动`),
  /// the stretch takes in shared text on either side (`好。` against `XX活动。`), up to
  /// `maximumWidening` characters within `room`.
  private static func stretches(
    of span: Range<Int>, room: Range<Int>, alignments: [TextAlignment], texts: [[Character]],
    blanks: [[Range<Int>]]
  ) -> [Stretch] {
    var widened = span
    var first: [Stretch]? = nil
    for step in 0...maximumWidening {
      let mapped = alignments.map {
        $0.otherStart(of: widened.lowerBound)..<$0.otherEnd(of: widened.upperBound)
      }
      let (parts, complete) = cutAtBlanks(
        Stretch(sides: [widened] + mapped, within: blanks), texts: texts)
      if complete { return parts }
      if first == nil { first = parts }
      // Right and left in turn, one character at a time.
      if step % 2 == 0, widened.upperBound < room.upperBound {
        widened = widened.lowerBound..<(widened.upperBound + 1)
      } else if widened.lowerBound > room.lowerBound {
        widened = (widened.lowerBound - 1)..<widened.upperBound
      } else if widened.upperBound < room.upperBound {
        widened = widened.lowerBound..<(widened.upperBound + 1)
      } else {
        break
      }
    }
    return first ?? []
  }

  /// `stretch` cut where one version's words hold a blank among other words (开展XX活动
  /// against 开展主题教育), so that each blank is a field of its own and the words around it
  /// are kept; the other versions are cut in the same proportions (开展|主题|教育), never
  /// through a blank of their own. A version too short to cut so leaves the stretch whole.
  /// `complete` says whether no piece is left with a blank among other words.
  private static func cutAtBlanks(_ stretch: Stretch, texts: [[Character]]) -> (
    parts: [Stretch], complete: Bool
  ) {
    var done: [Stretch] = []
    var complete = true
    var pending = [stretch]
    while let next = pending.popLast() {
      let mixed = zip(next.sides, next.blanks).lazy.compactMap { range, blanks in
        blankShares(of: range, blanks: blanks)
      }.first
      guard let shares = mixed, done.count + pending.count + shares.count <= maximumPieces,
        case let cuts = next.sides.indices.map({ side in
          cut(next.sides[side], into: shares, around: next.blanks[side], in: texts[side])
        }),
        !cuts.contains(where: { $0 == nil })
      else {
        if mixed != nil { complete = false }
        done.append(next)
        continue
      }
      let parts = cuts.compactMap { $0 }
      // Later parts go on the stack first, so that the parts come off it in order.
      for index in shares.indices.reversed() {
        pending.append(Stretch(sides: parts.map { $0[index] }, within: next.blanks))
      }
    }
    return (done, complete)
  }

  /// The lengths of the words and blanks of `range` in turn, when it holds `blanks` (whole,
  /// in order) among other words; nil when it holds none, or is one blank.
  private static func blankShares(of range: Range<Int>, blanks: [Range<Int>]) -> [Int]? {
    var shares: [Int] = []
    var cursor = range.lowerBound
    for blank in blanks {
      if blank.lowerBound > cursor { shares.append(blank.lowerBound - cursor) }
      shares.append(blank.count)
      cursor = blank.upperBound
    }
    guard cursor > range.lowerBound else { return nil }
    if cursor < range.upperBound { shares.append(range.upperBound - cursor) }
    return shares.count > 1 ? shares : nil
  }

  /// `range` of `text` cut into as many parts as `shares` has, in their proportions, each cut
  /// moved out of any of `blanks` it would fall in; nil when that cannot be done with something
  /// besides spaces in every part (spaces alone could not be written as an answer: they are
  /// taken for none).
  private static func cut(
    _ range: Range<Int>, into shares: [Int], around blanks: [Range<Int>], in text: [Character]
  ) -> [Range<Int>]? {
    let total = shares.reduce(0, +)
    guard range.count >= shares.count, total > 0 else { return nil }
    var bounds = [range.lowerBound]
    var sum = 0
    var blank = 0
    for (index, share) in shares.dropLast().enumerated() {
      sum += share
      let previous = bounds[bounds.count - 1]
      let highest = range.upperBound - (shares.count - 1 - index)
      var bound = min(
        max(range.lowerBound + (range.count * sum + total / 2) / total, previous + 1), highest)
      while blank < blanks.count, blanks[blank].upperBound <= bound { blank += 1 }
      if blank < blanks.count, blanks[blank].lowerBound < bound {
        // Inside a blank: after it when there is room, else before it.
        if blanks[blank].upperBound <= highest {
          bound = blanks[blank].upperBound
        } else if blanks[blank].lowerBound > previous {
          bound = blanks[blank].lowerBound
        } else {
          return nil
        }
      }
      bounds.append(bound)
    }
    bounds.append(range.upperBound)
    let parts = zip(bounds, bounds.dropFirst()).map { $0..<$1 }
    guard parts.allSatisfy({ part in text[part].contains { !$0.isWhitespace } }) else { return nil }
    return parts
  }

  /// Ranges merged where they overlap, in order.
  private static func spans(_ ranges: [Range<Int>]) -> [Range<Int>] {
    var out: [Range<Int>] = []
    for range in ranges.sorted(by: { $0.lowerBound < $1.lowerBound }) where !range.isEmpty {
      if let last = out.last, last.upperBound > range.lowerBound {
        out[out.count - 1] = last.lowerBound..<max(last.upperBound, range.upperBound)
      } else {
        out.append(range)
      }
    }
    return out
  }
}
