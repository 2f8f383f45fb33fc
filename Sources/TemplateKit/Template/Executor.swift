/// Walks a parsed template and writes into a document builder. One executor renders one
/// report: the kind's template and, through `{% sections %}`, each section's.
struct Executor {
  private let renderer: Renderer
  private let sections: [SectionSlot]
  private var builder = DocumentBuilder()
  /// Loop and `set` variables of the template being run, by slot.
  private var locals: [Value?] = []
  /// Paths into the answers already looked up in this render, by cache slot.
  private var cache: [CachedValue] = []

  private enum CachedValue {
    case unknown
    case missing
    case known(Value)
  }
  /// Where each variable came from, to name a missing value by its path in the answers.
  private var origins: [LocalOrigin?] = []
  /// The loops being run, outermost first.
  private var loops: [LoopFrame] = []
  /// The template being run, for messages, and the files it was read from, for quoting lines.
  private var templateName = ""
  private var sources: [String: SourceText] = [:]
  /// The optional clauses being run, innermost last.
  private var clauses: [ClauseFrame] = []

  /// What an optional clause has met so far.
  private struct ClauseFrame {
    /// A value directly in it is missing: it vanishes.
    var lacksValue = false
    /// Values it printed directly.
    var printed = 0
    /// Clauses inside it, and how many of them vanished: a clause made only of optional
    /// parts vanishes when all of them do.
    var inner = 0
    var innerVanished = 0

    var vanishes: Bool { lacksValue || (printed == 0 && inner > 0 && innerVanished == inner) }
  }

  /// Whether the innermost open clause already lacks a value, so the rest of it need not run.
  private var clauseFailed: Bool { clauses.last?.lacksValue ?? false }
  /// Text written into builders set aside (the report's, while a title's lines are built
  /// apart), and loop iterations run: counted against `RenderLimits`.
  private var setAside = 0
  private var iterations = 0
  /// Whether a section placed by `{% sections %}` is being run.
  private var inSection = false
  /// The level of the heading the current text stands under (0: none).
  private var level = 0

  /// The phrase items being laid out, innermost last.
  private var openPhrases: [PhraseChoice] = []

  /// An item the answers chose from a phrase bank: its title, the user's own text if any, and
  /// the stock item it names if any.
  private struct PhraseChoice {
    var title: Value
    var ownText: Value?
    var stock: PhraseItem?
  }

  /// The points blocks being run, innermost last, with how many points each has shown.
  private var openPoints: [PointsFrame] = []

  private struct PointsFrame {
    var points: Points
    var shown = 0
  }

  private struct LoopFrame {
    var iterable: Expression
    var index: Int
    var count: Int
  }

  private enum LocalOrigin {
    case loopItem(frame: Int)
    case alias(FieldAccess)
  }

  init(renderer: Renderer, sections: [SectionSlot]) {
    self.renderer = renderer
    self.sections = sections
  }

  /// The document written so far, finished.
  mutating func finish() -> Document { builder.finish() }

  /// Runs `template` with variables of its own, then restores the caller's.
  mutating func run(_ template: Template) throws {
    let saved = (locals, origins, loops, templateName, sources, cache)
    locals = Array(repeating: nil, count: template.slotCount)
    cache = Array(repeating: .unknown, count: template.cacheSlotCount)
    origins = Array(repeating: nil, count: template.slotCount)
    loops = []
    templateName = template.name
    sources = template.sources
    defer { (locals, origins, loops, templateName, sources, cache) = saved }
    try execute(template.nodes)
  }

  private mutating func execute(_ nodes: [Node]) throws {
    for node in nodes {
      if clauseFailed { return }
      try execute(node)
    }
  }

  private mutating func execute(_ node: Node) throws {
    switch node {
    case .text(let text):
      builder.append(text)
      try checkSize()
    case .paragraphBreak:
      builder.endParagraph()
      try checkSize()
    case .output(let node):
      try output(node.expression, at: node.location)
    case .conditional(let node):
      for branch in node.branches where try isTrue(branch.condition) {
        try execute(branch.body)
        return
      }
      try execute(node.otherwise)
    case .loop(let loop):
      try run(loop)
    case .assign(let slot, let expression):
      locals[slot] = try evaluate(expression)
      if case .field(let access) = expression { origins[slot] = .alias(access) }
    case .clause(let body, let trailing):
      try clause(body, trailing: trailing)
    case .points(let points):
      openPoints.append(PointsFrame(points: points))
      defer { openPoints.removeLast() }
      try execute(points.body)
    case .point(let point):
      try run(point)
    case .phrases(let phrases):
      try run(phrases)
    case .phrase:
      try phrase()
    case .section(let node):
      let title = try inlines(of: node.title, at: node.location)
      try section(title: title, runIn: node.runIn) { executor in
        try executor.execute(node.body)
      }
    case .title(let body):
      let lines = try paragraphs(of: body)
      builder.append(.title(Title(text: Array(lines.joined()))))
      try checkSize()
    case .addressee(let body):
      for line in try paragraphs(of: body) {
        builder.append(.paragraph(Paragraph(style: .flush, content: line)))
      }
      try checkSize()
    case .signature(let body):
      var lines = try paragraphs(of: body)
      let date = lines.popLast() ?? []
      builder.append(.signature(Signature(lines: lines, date: date)))
      try checkSize()
    case .sections(let withHeadings):
      // A section placing the sections would place itself without end.
      guard !inSection else {
        throw Diagnostic.error(
          "章节模板“\(templateName)”中不能有“{% sections %}”",
          hint: "“{% sections %}”只用在报告类型的模板中，标出各章节的位置。")
      }
      inSection = true
      defer { inSection = false }
      for slot in sections {
        if withHeadings {
          try section(title: [.text(InlineText(slot.title))], runIn: false) { executor in
            try executor.run(slot.template)
          }
        } else {
          try run(slot.template)
          builder.endParagraph()
        }
      }
    }
  }

  // MARK: Values

  private mutating func output(_ expression: Expression, at location: SourceLocation) throws {
    if let value = try evaluate(expression), !value.isAbsent {
      builder.append(try printed(value, of: expression, at: location))
      if !clauses.isEmpty { clauses[clauses.count - 1].printed += 1 }
      try checkSize()
    } else if !clauses.isEmpty, !isRequired(expression) {
      clauses[clauses.count - 1].lacksValue = true
    } else {
      builder.append(gap(for: expression))
      // A gap holds the place of a value: the clause around it is not empty.
      if !clauses.isEmpty { clauses[clauses.count - 1].printed += 1 }
    }
  }

  private func printed(_ value: Value, of expression: Expression, at location: SourceLocation)
    throws -> String
  {
    do {
      return try value.printed()
    } catch {
      throw self.error(error, at: location, about: expression)
    }
  }

  private func isRequired(_ expression: Expression) -> Bool {
    guard let declared = expression.subject?.declared else { return false }
    return renderer.required.contains(declared)
  }

  private func gap(for expression: Expression) -> Gap {
    guard let subject = expression.subject else {
      return Gap(field: "", label: "内容")
    }
    let field = answersPath(of: subject) ?? subject.written
    let declared = subject.declared ?? field
    let label = renderer.labels[declared] ?? declared.replacingOccurrences(of: "[]", with: "")
    return Gap(field: field, label: label)
  }

  /// The path in the answers of the value `access` reads, with real list positions
  /// (`活动[2].日期`); nil when it does not lead into the answers.
  private func answersPath(of access: FieldAccess) -> String? {
    var path: String
    switch access.root {
    case .answers(let key):
      path = key.text
    case .local(let slot):
      switch origins[slot] {
      case .loopItem(let frame)?:
        let loop = loops[frame]
        guard case .field(let iterable) = loop.iterable, let base = answersPath(of: iterable)
        else { return nil }
        path = ValuePath.appending(index: loop.index, to: base)
      case .alias(let aliased)?:
        guard let base = answersPath(of: aliased) else { return nil }
        path = base
      case nil:
        return nil
      }
    }
    for step in access.steps {
      switch step {
      case .key(let key): path = ValuePath.appending(key: key.text, to: path)
      case .index(let index): path = ValuePath.appending(index: index, to: path)
      case .computed: return nil
      }
    }
    return path
  }

  /// The value of `expression`; nil when the answers do not give it.
  private mutating func evaluate(_ expression: Expression) throws -> Value? {
    switch expression {
    case .literal(let value):
      return value
    case .field(let access):
      return try lookup(access)
    case .loopAttribute(let frame, let attribute):
      let loop = loops[frame]
      switch attribute {
      case .index: return .int(loop.index + 1)
      case .index0: return .int(loop.index)
      case .first: return .bool(loop.index == 0)
      case .last: return .bool(loop.index == loop.count - 1)
      case .length: return .int(loop.count)
      }
    case .filter(let input, let call):
      let value = try evaluate(input)
      var arguments: [Value?] = []
      arguments.reserveCapacity(call.arguments.count)
      for argument in call.arguments { arguments.append(try evaluate(argument)) }
      do {
        return try call.filter.apply(value, arguments)
      } catch {
        throw self.error(error, at: call.location, about: input)
      }
    case .not(let inner):
      return .bool(!(try isTrue(inner)))
    case .negate(let inner, let location):
      guard let value = try evaluate(inner) else { return nil }
      switch value {
      case .int(let number): return .int(0 &- number)
      case .double(let number): return .double(-number)
      default:
        throw error(FilterError("不能对\(value.typeName)取负"), at: location, about: inner)
      }
    case .binary(let op, let left, let right, let location):
      return try binary(op, left, right, at: location)
    }
  }

  private mutating func lookup(_ access: FieldAccess) throws -> Value? {
    var value: Value
    var first = 0
    switch access.root {
    case .answers(let key):
      // Start from the longest prefix of the path already looked up in this render.
      let slots = access.cacheSlots
      var depth = slots.count - 1
      var found: Value? = nil
      while depth >= 0 {
        switch cache[slots[depth]] {
        case .unknown:
          depth -= 1
          continue
        case .missing:
          return nil
        case .known(let known):
          found = known
        }
        break
      }
      if let found {
        value = found
        first = depth
      } else {
        guard let rootValue = renderer.data[key] else {
          cache[slots[0]] = .missing
          return nil
        }
        cache[slots[0]] = .known(rootValue)
        value = rootValue
      }
    case .local(let slot):
      guard let found = locals[slot] else { return nil }
      value = found
    }
    let slots = access.cacheSlots
    for position in first..<access.steps.count {
      let next: Value?
      switch access.steps[position] {
      case .key(let key):
        next = value.mapping?[key]
      case .index(let index):
        next = value.list.flatMap { $0.indices.contains(index) ? $0[index] : nil }
      case .computed(let expression):
        switch try evaluate(expression) {
        case .int(let index)?:
          next = value.list.flatMap { $0.indices.contains(index) ? $0[index] : nil }
        case .string(let key)?:
          next = value.mapping?[key]
        default:
          next = nil
        }
      }
      if position + 1 < slots.count {
        cache[slots[position + 1]] = next.map { .known($0) } ?? .missing
      }
      guard let next else { return nil }
      value = next
    }
    return value
  }

  private mutating func isTrue(_ expression: Expression) throws -> Bool {
    try evaluate(expression)?.isTruthy ?? false
  }

  private mutating func binary(
    _ op: BinaryOperator, _ left: Expression, _ right: Expression, at location: SourceLocation
  ) throws -> Value? {
    switch op {
    case .and: return .bool(try isTrue(left) && isTrue(right))
    case .or: return .bool(try isTrue(left) || isTrue(right))
    default: break
    }
    let lhs = try evaluate(left)
    let rhs = try evaluate(right)
    switch op {
    case .equal: return .bool(Comparison.equal(lhs, rhs))
    case .notEqual: return .bool(!Comparison.equal(lhs, rhs))
    case .less, .lessOrEqual, .greater, .greaterOrEqual:
      guard let order = Comparison.order(lhs, rhs) else { return .bool(false) }
      switch op {
      case .less: return .bool(order < 0)
      case .lessOrEqual: return .bool(order <= 0)
      case .greater: return .bool(order > 0)
      default: return .bool(order >= 0)
      }
    case .contains: return .bool(Comparison.contains(rhs, lhs))
    case .notContains: return .bool(!Comparison.contains(rhs, lhs))
    case .add, .subtract, .multiply, .divide:
      guard let lhs, let rhs else { return nil }
      do {
        return try Arithmetic.apply(op, lhs, rhs)
      } catch {
        throw self.error(error, at: location, about: left)
      }
    case .and, .or:
      return nil
    }
  }

  // MARK: Blocks

  private mutating func run(_ loop: Loop) throws {
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

  private mutating func clause(_ body: [Node], trailing: Character?) throws {
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

  private mutating func run(_ phrases: Phrases) throws {
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
  private mutating func phrase() throws {
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
  private mutating func run(_ point: Point) throws {
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

  private mutating func section(
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
  private mutating func inlines(of expression: Expression, at location: SourceLocation) throws
    -> [Inline]
  {
    guard let value = try evaluate(expression), !value.isAbsent else {
      return [.gap(gap(for: expression))]
    }
    return [.text(InlineText(try printed(value, of: expression, at: location)))]
  }

  /// Renders `body` on its own and returns its paragraphs (for titles, signatures).
  private mutating func paragraphs(of body: [Node]) throws -> [[Inline]] {
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

  // MARK: Errors

  private func checkSize() throws {
    let limits = renderer.limits
    if setAside + builder.written > limits.maximumOutputBytes {
      throw Diagnostic.error(
        "报告超过了 \(Self.megabytes(limits.maximumOutputBytes))的上限（模板“\(templateName)”）",
        hint: "检查是否有循环的列表过长，或模板反复输出了同一内容。")
    }
    if builder.blocks.count > limits.maximumBlocks {
      throw Diagnostic.error(
        "报告超过了 \(limits.maximumBlocks) 段的上限（模板“\(templateName)”）",
        hint: "检查是否有循环的列表过长，或模板在循环中反复分段、加标题。")
    }
  }

  /// `20 MB ` for whole megabytes, else `… 字节`, to stand before 的.
  private static func megabytes(_ bytes: Int) -> String {
    bytes % 1_000_000 == 0 ? "\(bytes / 1_000_000) MB " : "\(bytes) 字节"
  }

  private mutating func countIteration() throws {
    iterations += 1
    guard iterations > renderer.limits.maximumLoopIterations else { return }
    throw Diagnostic.error(
      "循环共执行了超过 \(renderer.limits.maximumLoopIterations) 次（模板“\(templateName)”）",
      hint: "检查是否有循环套得太多层，或循环的列表太长。")
  }

  /// A filter's or an operation's error, placed in the template and, when the value came from
  /// the answers, naming where it was written.
  private func error(_ error: Error, at location: SourceLocation, about expression: Expression)
    -> Diagnostic
  {
    let failure = error as? FilterError ?? FilterError("\(error)")
    var message = failure.message
    if let subject = expression.subject, let path = answersPath(of: subject) {
      message += "（答案中的“\(path)”"
      if let location = renderer.answers?.location(of: path) { message += "，位于 \(location)" }
      message += "）"
    }
    return Diagnostic(
      .error, message, at: location, quoting: sources[location.file]?.line(location.line),
      hint: failure.hint)
  }
}
