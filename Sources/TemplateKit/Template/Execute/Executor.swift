/// Runs a compiled template (`Program`) into a document builder. One executor renders one
/// report: the kind's template and, through `{% sections %}`, each section's. Like Go's
/// text/template `state`, it holds the place in the template it is at (`at`), so every error
/// that arises while running names the template's file, line and column.
struct Executor {
  let renderer: Renderer
  let sections: [SectionSlot]
  var builder: DocumentBuilder
  /// The program being run.
  var program = Program.empty
  /// Loop and `set` variables of the template being run, by slot.
  var locals: [Value?] = []
  /// Paths into the answers already looked up in this render, by cache slot.
  var cache: [CachedValue] = []

  enum CachedValue {
    case unknown
    case missing
    case known(Value)
  }
  /// Where each variable came from, to name a missing value by its path in the answers.
  var origins: [LocalOrigin?] = []
  /// The loops being run, outermost first.
  var loops: [LoopFrame] = []
  /// The template being run, for messages, and the files it was read from, for quoting lines.
  var templateName = ""
  var sources: [String: SourceText] = [:]
  /// The optional clauses being run, innermost last.
  var clauses: [ClauseFrame] = []
  /// While a title is rendered: where in it each piece of text and each value printed stands,
  /// in characters.
  var titlePieces: [Range<Int>]? = nil
  /// The field most recently found missing while an output was evaluated: what its gap names
  /// (`单位.简称` for `报告.标题 | default(单位.简称 + "报告")` with neither given).
  var lastMissing: FieldAccess? = nil
  /// What the rendering read, when asked to trace it (nil otherwise: tracing costs time).
  var use: AnswerUseLog? = nil
  /// A loop is reading the list it runs over: the list reaches the report only through what
  /// the loop reads of each item.
  var readingIterable = false

  /// What an optional clause has met so far.
  struct ClauseFrame {
    /// A value directly in it is missing: it vanishes.
    var lacksValue = false
    /// Values it printed directly.
    var printed = 0
    /// Clauses inside it, and how many of them vanished: a clause made only of optional
    /// parts vanishes when all of them do.
    var inner = 0
    var innerVanished = 0
    /// Where the answers read inside it begin (when tracing), and the path of the first value
    /// it lacked: what reads inside it are undone to, and why, when it vanishes.
    var useMark = 0
    var missing: String? = nil

    var vanishes: Bool { lacksValue || (printed == 0 && inner > 0 && innerVanished == inner) }
  }

  /// Whether the innermost open clause already lacks a value, so the rest of it need not run.
  var clauseFailed: Bool { clauses.last?.lacksValue ?? false }
  /// Steps taken: counted against `RenderLimits`.
  var steps = 0
  /// The place in the template the executor is at — the last step run that has one (an
  /// index in `program.code`) — for errors that arise from no single expression (a limit
  /// reached).
  var at: Int? = nil
  /// Where the template being run was placed from (the `{% sections %}` that runs a section),
  /// for errors before it reaches a step with a place.
  var enclosing: SourceLocation? = nil
  /// Whether a section placed by `{% sections %}` is being run.
  var inSection = false
  /// The level of the heading the current text stands under (0: none).
  var level = 0
  /// For each open section, innermost last, whether it must stand even when its body renders
  /// nothing: it lays out an item the user asked for by its title alone.
  var keepSections: [Bool] = []

  /// The phrase items being laid out, innermost last.
  var openPhrases: [PhraseChoice] = []

  /// An item the answers chose from a phrase bank: its title, the user's own text if any, and
  /// the stock item it names if any. An item with neither is the user's own item given by its
  /// title alone, which still stands in the report.
  struct PhraseChoice {
    var title: Value
    var ownText: Value?
    var stock: CompiledPhraseItem?
    /// The own text was refused (a placeholder, a value that is not text): a gap shows.
    var rejectedText: Gap? = nil
  }

  /// For each series being run, innermost last, how many clauses were open when it began (a
  /// clause is one of its parts when no other clause stands between).
  var openSeries: [Int] = []

  /// The points blocks being run, innermost last, with how many points each has shown.
  var openPoints: [PointsFrame] = []

  struct PointsFrame {
    /// The block, by index in `program.tables.points`.
    var points: Int
    var shown = 0
  }

  struct LoopFrame {
    var iterable: Expression
    var index: Int
    var count: Int
  }

  enum LocalOrigin {
    case loopItem(frame: Int)
    case alias(FieldAccess)
  }

  init(renderer: Renderer, sections: [SectionSlot], reserving textBytes: Int) {
    self.renderer = renderer
    self.sections = sections
    self.builder = DocumentBuilder(reserving: textBytes)
  }

  /// The document written so far, finished.
  mutating func finish() -> Document { builder.finish() }

  /// Runs `template` with variables of its own, then restores the caller's.
  mutating func run(_ template: Template) throws(Diagnostic) {
    let saved = (program, locals, origins, loops, templateName, sources, cache, at, enclosing)
    enclosing = at.flatMap(location(ofStep:)) ?? enclosing
    program = template.program
    locals = Array(repeating: nil, count: template.slotCount)
    cache = Array(repeating: .unknown, count: template.cacheSlotCount)
    origins = Array(repeating: nil, count: template.slotCount)
    loops = []
    templateName = template.name
    sources = template.sources
    at = nil
    defer {
      (program, locals, origins, loops, templateName, sources, cache, at, enclosing) = saved
    }
    try execute(program.all)
  }

  /// Runs the instructions in `range`.
  mutating func execute(_ range: Range<Int>) throws(Diagnostic) {
    var pc = range.lowerBound
    while pc < range.upperBound {
      if clauseFailed { return }
      try takeSteps(1)
      pc = try step(at: pc)
    }
  }

  /// Runs the instruction at `pc` (and the bodies it holds); returns where to go on.
  private mutating func step(at pc: Int) throws(Diagnostic) -> Int {
    switch program.code[pc] {
    case .text(let start, let end):
      let first = titlePieces == nil ? 0 : builder.paragraphCharacterCount
      program.tables.text.withUnsafeBufferPointer {
        builder.append(utf8: UnsafeBufferPointer(rebasing: $0[start..<end]))
      }
      if titlePieces != nil { titlePieces?.append(first..<builder.paragraphCharacterCount) }
      try checkSize()
    case .paragraphBreak:
      builder.endParagraph()
      try checkSize()
    case .output(let index):
      at = pc
      try output(program.tables.outputs[index])
    case .conditional(let index):
      let conditional = program.tables.conditionals[index]
      for branch in conditional.branches where try isTrue(branch.condition) {
        try execute(branch.body)
        return conditional.end
      }
      try execute(conditional.otherwise)
      return conditional.end
    case .loop(let index):
      let loop = program.tables.loops[index]
      at = pc
      try run(loop)
      return loop.otherwise.upperBound
    case .assign(let index):
      let assignment = program.tables.assignments[index]
      locals[assignment.slot] = try evaluate(assignment.expression)
      if case .field(let access) = assignment.expression {
        origins[assignment.slot] = .alias(access)
      }
    case .clause(let index):
      let clause = program.tables.clauses[index]
      at = pc
      try run(clause)
      return clause.body.upperBound
    case .series(let index):
      let series = program.tables.series[index]
      try run(series)
      return series.body.upperBound
    case .points(let index):
      let body = program.tables.points[index].body
      openPoints.append(PointsFrame(points: index))
      defer { openPoints.removeLast() }
      try execute(body)
      return body.upperBound
    case .point(let index):
      let point = program.tables.pointSteps[index]
      try run(point)
      return point.body.upperBound
    case .phrases(let index):
      let phrases = program.tables.phrases[index]
      try run(phrases)
      return phrases.end
    case .phrase(let location):
      at = pc
      try phrase(at: program.tables.locations[location])
    case .section(let index):
      let section = program.tables.sections[index]
      at = pc
      let title = try headingText(of: section.title, at: section.location)
      let mark = try beginSection(title: title, runIn: section.runIn, bold: section.bold)
      try execute(section.body)
      endSection(mark, bold: section.bold)
      return section.body.upperBound
    case .title(let end):
      let start = builder.beginLines()
      titlePieces = []
      try execute(pc + 1..<end)
      builder.endTitle(since: start, pieces: titlePieces ?? [])
      titlePieces = nil
      try checkSize()
      return end
    case .addressee(let end):
      let start = builder.beginLines()
      try execute(pc + 1..<end)
      builder.endAddressee(since: start)
      try checkSize()
      return end
    case .signature(let end):
      let start = builder.beginLines()
      try execute(pc + 1..<end)
      builder.endSignature(since: start)
      try checkSize()
      return end
    case .sections(let withHeadings, _):
      at = pc
      try placeSections(withHeadings: withHeadings)
    }
    return pc + 1
  }

  /// Where the step at `pc` stands in the template, when it has a place of its own.
  func location(ofStep pc: Int) -> SourceLocation? {
    switch program.code[pc] {
    case .output(let index): program.tables.outputs[index].location
    case .clause(let index): program.tables.clauses[index].location
    case .loop(let index): program.tables.loops[index].location
    case .section(let index): program.tables.sections[index].location
    case .phrase(let index), .sections(_, let index): program.tables.locations[index]
    default: nil
    }
  }

  /// `{% sections %}`: each section the report kind is handed, under its heading or run on.
  private mutating func placeSections(withHeadings: Bool) throws(Diagnostic) {
    // A section placing the sections would place itself without end.
    guard !inSection else {
      throw located(
        "章节模板中不能有“{% sections %}”",
        hint: "“{% sections %}”只用在报告类型的模板中，标出各章节的位置。")
    }
    inSection = true
    defer { inSection = false }
    for slot in sections {
      if let ordinal = slot.ordinal {
        builder.continueNumbering(level: level + 1, after: ordinal - 1)
      }
      // A section titled with nothing has no heading and takes no number: a year of a learned
      // report whose part had none.
      if withHeadings, !slot.title.isEmpty {
        let mark = try beginSection(title: .text(slot.title), runIn: false, bold: false)
        try run(slot.template)
        endSection(mark, bold: false)
      } else {
        try run(slot.template)
        builder.endParagraph()
      }
    }
  }
}
