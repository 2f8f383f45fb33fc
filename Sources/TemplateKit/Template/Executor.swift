/// Walks a parsed template and writes into a document builder. One executor renders one
/// report: the kind's template and, through `{% sections %}`, each section's.
struct Executor {
  let renderer: Renderer
  let sections: [SectionSlot]
  var builder = DocumentBuilder()
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
  /// Text written into builders set aside (the report's, while a title's lines are built
  /// apart), and steps taken: counted against `RenderLimits`.
  var setAside = 0
  var steps = 0
  /// The place in the templates the executor is at — the last node run that has one — for
  /// errors that arise from no single expression (a limit reached).
  var at: SourceLocation? = nil
  /// Whether a section placed by `{% sections %}` is being run.
  private var inSection = false
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
    var stock: PhraseItem?
    /// The own text was refused (a placeholder, a value that is not text): a gap shows.
    var rejectedText: Gap? = nil
  }

  /// The series being run, innermost last: the parts present so far, and how many clauses were
  /// open when it began (a clause is one of its parts when no other clause stands between).
  var openSeries: [SeriesFrame] = []

  struct SeriesFrame {
    var parts: [[Inline]] = []
    var clauseDepth: Int
  }

  /// The points blocks being run, innermost last, with how many points each has shown.
  var openPoints: [PointsFrame] = []

  struct PointsFrame {
    var points: Points
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

  mutating func execute(_ nodes: [Node]) throws {
    for node in nodes {
      if clauseFailed { return }
      try takeSteps(1)
      try execute(node)
    }
  }

  mutating func execute(_ node: Node) throws {
    switch node {
    case .text(let text):
      let start = titlePieces == nil ? 0 : builder.paragraphCharacterCount
      builder.append(text)
      if titlePieces != nil { titlePieces?.append(start..<builder.paragraphCharacterCount) }
      try checkSize()
    case .paragraphBreak:
      builder.endParagraph()
      try checkSize()
    case .output(let node):
      at = node.location
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
    case .clause(let body, let trailing, let location):
      at = location
      try clause(body, trailing: trailing, at: location)
    case .series(let series):
      try run(series)
    case .points(let points):
      openPoints.append(PointsFrame(points: points))
      defer { openPoints.removeLast() }
      try execute(points.body)
    case .point(let point):
      try run(point)
    case .phrases(let phrases):
      try run(phrases)
    case .phrase(let location):
      at = location
      try phrase(at: location)
    case .section(let node):
      at = node.location
      let title = try inlines(of: node.title, at: node.location)
      try section(title: title, runIn: node.runIn, bold: node.bold) { executor in
        try executor.execute(node.body)
      }
    case .title(let body):
      titlePieces = []
      let lines = try paragraphs(of: body)
      let pieces = titlePieces ?? []
      titlePieces = nil
      builder.append(.title(Title(text: Array(lines.joined()), pieces: pieces)))
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
    case .sections(let withHeadings, let location):
      at = location
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
}
