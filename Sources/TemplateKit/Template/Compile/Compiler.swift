/// Turns the parse tree into a `Program`: each node becomes one instruction, followed by the
/// instructions of its bodies, so the executor walks a flat list instead of a tree.
struct Compiler {
  private var code: [Instruction] = []
  private var tables = ProgramTables()
  /// Whether the template places a report's sections (`{% sections %}`).
  private(set) var placesSections = false

  /// The program for `nodes`.
  static func compile(_ nodes: [Node]) -> (program: Program, placesSections: Bool) {
    var compiler = Compiler()
    _ = compiler.emit(nodes)
    compiler.tables.textEstimate =
      compiler.tables.text.count + 64 * compiler.tables.outputs.count
    return (Program(code: compiler.code, tables: compiler.tables), compiler.placesSections)
  }

  /// Emits `nodes` and returns the range of instructions they became.
  private mutating func emit(_ nodes: [Node]) -> Range<Int> {
    let start = code.count
    for node in nodes { emit(node) }
    return start..<code.count
  }

  /// Appends `instruction` to be filled in once its bodies are emitted; returns its index.
  private mutating func reserve() -> Int {
    code.append(.paragraphBreak)
    return code.count - 1
  }

  private mutating func emit(_ node: Node) {
    switch node {
    case .text(let text):
      let start = tables.text.count
      tables.text += text.utf8
      code.append(.text(start: start, end: tables.text.count))
    case .paragraphBreak:
      code.append(.paragraphBreak)
    case .output(let output):
      var field: FieldAccess? = nil
      if case .field(let access) = output.expression { field = access }
      tables.outputs.append(
        OutputStep(expression: output.expression, field: field, location: output.location))
      code.append(.output(tables.outputs.count - 1))
    case .conditional(let conditional):
      let at = reserve()
      let branches = conditional.branches.map { ($0.condition, emit($0.body)) }
      let otherwise = emit(conditional.otherwise)
      tables.conditionals.append(
        ConditionalStep(branches: branches, otherwise: otherwise, end: code.count))
      code[at] = .conditional(tables.conditionals.count - 1)
    case .loop(let loop):
      let at = reserve()
      let body = emit(loop.body)
      let otherwise = emit(loop.otherwise)
      tables.loops.append(
        LoopStep(
          slot: loop.slot, frame: loop.frame, iterable: loop.iterable, body: body,
          otherwise: otherwise, location: loop.location))
      code[at] = .loop(tables.loops.count - 1)
    case .assign(let slot, let expression):
      tables.assignments.append(AssignStep(slot: slot, expression: expression))
      code.append(.assign(tables.assignments.count - 1))
    case .clause(let body, let trailing, let location):
      let at = reserve()
      tables.clauses.append(
        ClauseStep(body: emit(body), trailing: trailing, location: location))
      code[at] = .clause(tables.clauses.count - 1)
    case .points(let points):
      let at = reserve()
      tables.points.append(
        PointsStep(
          style: points.style, separateParagraphs: points.separateParagraphs,
          body: emit(points.body)))
      code[at] = .points(tables.points.count - 1)
    case .point(let point):
      let at = reserve()
      tables.pointSteps.append(PointStep(condition: point.condition, body: emit(point.body)))
      code[at] = .point(tables.pointSteps.count - 1)
    case .section(let section):
      let at = reserve()
      tables.sections.append(
        SectionStep(
          title: section.title, runIn: section.runIn, bold: section.bold,
          body: emit(section.body), location: section.location))
      code[at] = .section(tables.sections.count - 1)
    case .title(let body):
      let at = reserve()
      let end = emit(body).upperBound
      code[at] = .title(end: end)
    case .addressee(let body):
      let at = reserve()
      let end = emit(body).upperBound
      code[at] = .addressee(end: end)
    case .signature(let body):
      let at = reserve()
      let end = emit(body).upperBound
      code[at] = .signature(end: end)
    case .phrases(let phrases):
      let at = reserve()
      let layout = emit(phrases.layout)
      let items = phrases.items.map { CompiledPhraseItem(name: $0.name, body: emit($0.body)) }
      tables.phrases.append(
        PhrasesStep(
          selection: phrases.selection, slot: phrases.slot, layout: layout, items: items,
          names: phrases.items.map(\.name), end: code.count))
      code[at] = .phrases(tables.phrases.count - 1)
    case .phrase(let location):
      tables.locations.append(location)
      code.append(.phrase(tables.locations.count - 1))
    case .sections(let withHeadings, let location):
      placesSections = true
      tables.locations.append(location)
      code.append(
        .sections(withHeadings: withHeadings, location: tables.locations.count - 1))
    case .series(let series):
      let at = reserve()
      tables.series.append(SeriesStep(conjunction: series.conjunction, body: emit(series.body)))
      code[at] = .series(tables.series.count - 1)
    }
  }
}
