/// Turns the parse tree into a `Program`: each node becomes one instruction, followed by the
/// instructions of its bodies, so the executor walks a flat list instead of a tree.
struct Compiler {
  private(set) var program = Program()
  /// Whether the template places a report's sections (`{% sections %}`).
  private(set) var placesSections = false

  /// The program for `nodes`.
  static func compile(_ nodes: [Node]) -> (program: Program, placesSections: Bool) {
    var compiler = Compiler()
    _ = compiler.emit(nodes)
    compiler.program.textEstimate =
      compiler.program.text.count + 64 * compiler.program.outputs.count
    return (compiler.program, compiler.placesSections)
  }

  /// Emits `nodes` and returns the range of instructions they became.
  private mutating func emit(_ nodes: [Node]) -> Range<Int> {
    let start = program.code.count
    for node in nodes { emit(node) }
    return start..<program.code.count
  }

  /// Appends `instruction` to be filled in once its bodies are emitted; returns its index.
  private mutating func reserve() -> Int {
    program.code.append(.paragraphBreak)
    return program.code.count - 1
  }

  private mutating func emit(_ node: Node) {
    switch node {
    case .text(let text):
      let start = program.text.count
      program.text += text.utf8
      program.code.append(.text(start: start, end: program.text.count))
    case .paragraphBreak:
      program.code.append(.paragraphBreak)
    case .output(let output):
      var field: FieldAccess? = nil
      if case .field(let access) = output.expression { field = access }
      program.outputs.append(
        OutputStep(expression: output.expression, field: field, location: output.location))
      program.code.append(.output(program.outputs.count - 1))
    case .conditional(let conditional):
      let at = reserve()
      let branches = conditional.branches.map { ($0.condition, emit($0.body)) }
      let otherwise = emit(conditional.otherwise)
      program.conditionals.append(
        ConditionalStep(branches: branches, otherwise: otherwise, end: program.code.count))
      program.code[at] = .conditional(program.conditionals.count - 1)
    case .loop(let loop):
      let at = reserve()
      let body = emit(loop.body)
      let otherwise = emit(loop.otherwise)
      program.loops.append(
        LoopStep(
          slot: loop.slot, frame: loop.frame, iterable: loop.iterable, body: body,
          otherwise: otherwise, location: loop.location))
      program.code[at] = .loop(program.loops.count - 1)
    case .assign(let slot, let expression):
      program.assignments.append(AssignStep(slot: slot, expression: expression))
      program.code.append(.assign(program.assignments.count - 1))
    case .clause(let body, let trailing, let location):
      let at = reserve()
      program.clauses.append(
        ClauseStep(body: emit(body), trailing: trailing, location: location))
      program.code[at] = .clause(program.clauses.count - 1)
    case .points(let points):
      let at = reserve()
      program.points.append(
        PointsStep(
          style: points.style, separateParagraphs: points.separateParagraphs,
          body: emit(points.body)))
      program.code[at] = .points(program.points.count - 1)
    case .point(let point):
      let at = reserve()
      program.pointSteps.append(PointStep(condition: point.condition, body: emit(point.body)))
      program.code[at] = .point(program.pointSteps.count - 1)
    case .section(let section):
      let at = reserve()
      program.sections.append(
        SectionStep(
          title: section.title, runIn: section.runIn, bold: section.bold,
          body: emit(section.body), location: section.location))
      program.code[at] = .section(program.sections.count - 1)
    case .title(let body):
      let at = reserve()
      let end = emit(body).upperBound
      program.code[at] = .title(end: end)
    case .addressee(let body):
      let at = reserve()
      let end = emit(body).upperBound
      program.code[at] = .addressee(end: end)
    case .signature(let body):
      let at = reserve()
      let end = emit(body).upperBound
      program.code[at] = .signature(end: end)
    case .phrases(let phrases):
      let at = reserve()
      let layout = emit(phrases.layout)
      let items = phrases.items.map { CompiledPhraseItem(name: $0.name, body: emit($0.body)) }
      program.phrases.append(
        PhrasesStep(
          selection: phrases.selection, slot: phrases.slot, layout: layout, items: items,
          names: phrases.items.map(\.name), end: program.code.count))
      program.code[at] = .phrases(program.phrases.count - 1)
    case .phrase(let location):
      program.locations.append(location)
      program.code.append(.phrase(program.locations.count - 1))
    case .sections(let withHeadings, let location):
      placesSections = true
      program.locations.append(location)
      program.code.append(
        .sections(withHeadings: withHeadings, location: program.locations.count - 1))
    case .series(let series):
      let at = reserve()
      program.series.append(SeriesStep(conjunction: series.conjunction, body: emit(series.body)))
      program.code[at] = .series(program.series.count - 1)
    }
  }
}
