/// Running blocks: loops, optional clauses, phrase lists, points and placed sections.
extension Executor {
  mutating func run(_ loop: Loop) throws {
    at = loop.location
    readingIterable = true
    lastMissing = nil
    let evaluated = try evaluate(loop.iterable)
    readingIterable = false
    guard let iterable = evaluated, !iterable.isAbsent else {
      if !clauses.isEmpty {
        lack(loop.iterable)
      } else {
        try execute(loop.otherwise)
      }
      return
    }
    let items: [Value]
    switch iterable {
    case .list(let list): items = list
    case .map(let mapping):
      items = mapping.pairs.map { .map(Mapping([("键", .string($0)), ("值", $1)])) }
    default: items = [iterable]
    }
    loops.append(LoopFrame(iterable: loop.iterable, index: 0, count: items.count))
    origins[loop.slot] = .loopItem(frame: loop.frame)
    defer { loops.removeLast() }
    for (index, item) in items.enumerated() {
      try takeSteps(1)
      loops[loop.frame].index = index
      locals[loop.slot] = item
      try execute(loop.body)
      if clauseFailed { return }
    }
  }

  /// A series: each clause in it rendered apart as one part; the parts present written with
  /// 、 between them and the conjunction before the last. With no part present, it counts as a
  /// vanished clause for the clause around it.
  mutating func run(_ series: Series) throws {
    openSeries.append(SeriesFrame(clauseDepth: clauses.count))
    try execute(series.body)
    let parts = openSeries.removeLast().parts
    if !clauses.isEmpty {
      clauses[clauses.count - 1].inner += 1
      if parts.isEmpty { clauses[clauses.count - 1].innerVanished += 1 }
    }
    for (index, part) in parts.enumerated() {
      if index > 0 { builder.append(index == parts.count - 1 ? series.conjunction : "、") }
      builder.append(part)
    }
    try checkSize()
  }

  /// One part of the innermost series: the clause rendered apart, kept when it does not vanish.
  private mutating func seriesPart(_ body: [Node], at location: SourceLocation) throws {
    let outer = builder
    setAside += outer.written
    builder = DocumentBuilder()
    clauses.append(ClauseFrame(useMark: use?.mark ?? 0))
    defer {
      setAside += builder.written - outer.written
      builder = outer
    }
    try execute(body)
    let frame = clauses.removeLast()
    if frame.vanishes {
      use?.vanish(since: frame.useMark, because: frame.missing, clauseAt: location)
    } else {
      openSeries[openSeries.count - 1].parts.append(builder.takeParagraphs().first ?? [])
    }
  }

  mutating func clause(_ body: [Node], trailing: Character?, at location: SourceLocation) throws {
    if let series = openSeries.last, series.clauseDepth == clauses.count {
      return try seriesPart(body, at: location)
    }
    let mark = builder.mark()
    clauses.append(ClauseFrame(useMark: use?.mark ?? 0))
    try execute(body)
    let frame = clauses.removeLast()
    let vanishes = frame.vanishes
    if vanishes {
      builder.vanish(to: mark, trailing: trailing)
      use?.vanish(since: frame.useMark, because: frame.missing, clauseAt: location)
    }
    if !clauses.isEmpty {
      clauses[clauses.count - 1].inner += 1
      if vanishes { clauses[clauses.count - 1].innerVanished += 1 }
    }
  }

  mutating func run(_ phrases: Phrases) throws {
    var choices: [PhraseChoice] = []
    let names = phrases.items.map(\.name)
    /// The stock item an entry names, and the title it shows under: the item's own name.
    func choice(titled title: Value, own: Value?) -> PhraseChoice {
      guard own == nil, case .string(let text) = title,
        let name = PhraseMatching.stockName(for: text, among: names),
        let item = phrases.items.first(where: { $0.name == name })
      else { return PhraseChoice(title: title, ownText: own, stock: nil) }
      return PhraseChoice(title: .string(name), ownText: nil, stock: item)
    }
    switch try evaluate(phrases.selection) {
    case let selection? where !selection.isAbsent:
      let base: String? =
        if case .field(let access) = phrases.selection { answersPath(of: access) } else { nil }
      for (index, item) in (selection.list ?? [selection]).enumerated() where !item.isAbsent {
        guard case .map(let record) = item else {
          choices.append(choice(titled: item, own: nil))
          continue
        }
        let title = record["标题"] ?? record["名称"] ?? .null
        var picked = choice(titled: title, own: record["内容"].flatMap { $0.isAbsent ? nil : $0 })
        if let base, !renderer.rejected.isEmpty {
          let path = ValuePath.appending(key: "内容", to: ValuePath.appending(index: index, to: base))
          if renderer.rejected.contains(path) {
            picked.rejectedText = Gap(field: path, label: "自拟条目的内容")
          }
        }
        choices.append(picked)
      }
    default:
      choices = phrases.items.map {
        PhraseChoice(title: .string($0.name), ownText: nil, stock: $0)
      }
    }
    for choice in choices {
      try takeSteps(1)
      locals[phrases.slot] = .map(Mapping([("标题", choice.title), ("内容", choice.ownText ?? .null)]))
      openPhrases.append(choice)
      defer { openPhrases.removeLast() }
      try execute(phrases.layout)
    }
  }

  /// The text of the item being laid out: the user's own, else the stock item's. An item the
  /// user gave by its title alone has no text, and the section laying it out stands anyway.
  mutating func phrase(at location: SourceLocation) throws {
    guard let choice = openPhrases.last else { return }
    if let gap = choice.rejectedText {
      builder.append(gap)
    } else if let own = choice.ownText {
      do {
        builder.append(try own.printed())
      } catch {
        throw self.error(error, at: location, about: nil)
      }
    } else if let stock = choice.stock {
      let saved = openPhrases
      openPhrases.removeLast()
      defer { openPhrases = saved }
      try execute(stock.body)
    } else if !keepSections.isEmpty {
      keepSections[keepSections.count - 1] = true
    }
  }

  /// A point: numbered after the points shown before it in its block, or left out, unnumbered,
  /// when its condition is false or its body renders nothing.
  mutating func run(_ point: Point) throws {
    guard let frame = openPoints.indices.last else { return }
    if let condition = point.condition, !(try isTrue(condition)) { return }
    let start = builder.mark()
    let points = openPoints[frame].points
    builder.append(points.style.label(openPoints[frame].shown + 1))
    let afterLabel = builder.mark()
    try execute(point.body)
    if clauseFailed { return }
    if builder.hasWritten(since: afterLabel) {
      openPoints[frame].shown += 1
      if points.separateParagraphs { builder.endParagraph() }
    } else {
      builder.undo(to: start)
    }
  }

  mutating func section(
    title: [Inline], runIn: Bool, bold: Bool = false, body: (inout Executor) throws -> Void
  ) throws {
    var text = title
    if runIn, case .text(let last)? = text.last, let mark = last.string.last,
      !FullwidthPunctuation.headingEnds.contains(mark)
    {
      text[text.count - 1] = .text(InlineText(last.string + "。"))
    }
    // A bold head is not a level of its own: what it holds stands at the level around it.
    if !bold { level += 1 }
    defer { if !bold { level -= 1 } }
    let heading = Heading(level: bold ? Heading.boldLevel : level, text: text)
    let mark = builder.beginSection(heading, runIn: runIn)
    try checkSize()
    keepSections.append(false)
    try body(&self)
    builder.endSection(mark, keep: keepSections.removeLast())
  }

  /// A heading's text: the value, or a gap marker when it is missing.
  mutating func inlines(of expression: Expression, at location: SourceLocation) throws
    -> [Inline]
  {
    guard let value = try evaluate(expression), !value.isAbsent else {
      return [.gap(rejectedGap(for: expression) ?? gap(for: expression))]
    }
    return [.text(InlineText(try printed(value, of: expression, at: location)))]
  }

  /// Renders `body` on its own and returns its paragraphs (for titles, signatures).
  mutating func paragraphs(of body: [Node]) throws -> [[Inline]] {
    let outer = builder
    setAside += outer.written
    builder = DocumentBuilder()
    defer {
      setAside += builder.written - outer.written
      builder = outer
    }
    try execute(body)
    return builder.takeParagraphs()
  }
}
