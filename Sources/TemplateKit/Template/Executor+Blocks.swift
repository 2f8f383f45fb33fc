/// Running blocks: loops, optional clauses, phrase lists, points and placed sections.
extension Executor {
  mutating func run(_ loop: Loop) throws {
    guard let iterable = try evaluate(loop.iterable), !iterable.isAbsent else {
      if !clauses.isEmpty {
        clauses[clauses.count - 1].lacksValue = true
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
      try countIteration()
      loops[loop.frame].index = index
      locals[loop.slot] = item
      try execute(loop.body)
      if clauseFailed { return }
    }
  }

  mutating func clause(_ body: [Node], trailing: Character?) throws {
    let mark = builder.mark()
    clauses.append(ClauseFrame())
    try execute(body)
    let vanishes = clauses.removeLast().vanishes
    if vanishes { builder.vanish(to: mark, trailing: trailing) }
    if !clauses.isEmpty {
      clauses[clauses.count - 1].inner += 1
      if vanishes { clauses[clauses.count - 1].innerVanished += 1 }
    }
  }

  mutating func run(_ phrases: Phrases) throws {
    let choices: [PhraseChoice]
    func stock(named name: Value) -> PhraseItem? {
      guard case .string(let text) = name else { return nil }
      return phrases.items.first { $0.name == text }
    }
    switch try evaluate(phrases.selection) {
    case let selection? where !selection.isAbsent:
      let items = selection.list ?? [selection]
      choices = items.filter { !$0.isAbsent }.map { item in
        if case .map(let record) = item {
          let title = record["标题"] ?? record["名称"] ?? .null
          let own = record["内容"].flatMap { $0.isAbsent ? nil : $0 }
          return PhraseChoice(
            title: title, ownText: own, stock: own == nil ? stock(named: title) : nil)
        }
        return PhraseChoice(title: item, ownText: nil, stock: stock(named: item))
      }
    default:
      choices = phrases.items.map {
        PhraseChoice(title: .string($0.name), ownText: nil, stock: $0)
      }
    }
    for choice in choices {
      try countIteration()
      locals[phrases.slot] = .map(Mapping([("标题", choice.title), ("内容", choice.ownText ?? .null)]))
      openPhrases.append(choice)
      defer { openPhrases.removeLast() }
      try execute(phrases.layout)
    }
  }

  /// The text of the item being laid out: the user's own, else the stock item's.
  mutating func phrase() throws {
    guard let choice = openPhrases.last else { return }
    if let own = choice.ownText {
      builder.append(try own.printed())
    } else if let stock = choice.stock {
      let saved = openPhrases
      openPhrases.removeLast()
      defer { openPhrases = saved }
      try execute(stock.body)
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
    title: [Inline], runIn: Bool, body: (inout Executor) throws -> Void
  ) throws {
    var text = title
    if runIn, case .text(let last)? = text.last, let mark = last.string.last,
      !FullwidthPunctuation.headingEnds.contains(mark)
    {
      text[text.count - 1] = .text(InlineText(last.string + "。"))
    }
    level += 1
    defer { level -= 1 }
    let mark = builder.beginSection(Heading(level: level, text: text), runIn: runIn)
    try checkSize()
    try body(&self)
    builder.endSection(mark)
  }

  /// A heading's text: the value, or a gap marker when it is missing.
  mutating func inlines(of expression: Expression, at location: SourceLocation) throws
    -> [Inline]
  {
    guard let value = try evaluate(expression), !value.isAbsent else {
      return [.gap(gap(for: expression))]
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
