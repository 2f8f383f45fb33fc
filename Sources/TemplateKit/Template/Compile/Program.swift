/// A template compiled for the executor: one flat list of instructions in which a block's body
/// is a range of the list, the template's text in one pool of UTF-8, and what the instructions
/// need beyond a number or two in tables. Running it copies no node and counts no reference per
/// instruction; variables and paths into the answers are slots resolved when it was compiled.
/// Immutable, and a class, so the executor holds it by one reference.
final class Program: Sendable {
  let code: [Instruction]
  let tables: ProgramTables

  init(code: [Instruction], tables: ProgramTables) {
    self.code = code
    self.tables = tables
  }

  /// The whole template.
  var all: Range<Int> { 0..<code.count }

  /// A program that does nothing.
  static let empty = Program(code: [], tables: ProgramTables())
}

/// What a program's instructions refer to by index.
struct ProgramTables: Sendable {
  /// The template's text, every piece of it, as UTF-8.
  var text: [UInt8] = []
  var outputs: [OutputStep] = []
  var conditionals: [ConditionalStep] = []
  var loops: [LoopStep] = []
  var assignments: [AssignStep] = []
  var clauses: [ClauseStep] = []
  var points: [PointsStep] = []
  var pointSteps: [PointStep] = []
  var sections: [SectionStep] = []
  var phrases: [PhrasesStep] = []
  var series: [SeriesStep] = []
  /// Where `{% phrase %}` and `{% sections %}` stand, for errors.
  var locations: [SourceLocation] = []
  /// About how many bytes of text a report of this template holds: the text it writes itself,
  /// and some for the values (to reserve room once).
  var textEstimate = 0
}

/// One step of a program. A step that holds a body is followed by it; the table entry it names
/// says where the body (and the step) ends.
enum Instruction: Sendable {
  /// Template text: `text[start..<end]` of the program.
  case text(start: Int, end: Int)
  /// A blank line in the template: the paragraph ends here.
  case paragraphBreak
  /// `{{ expression }}`, by index in `outputs`.
  case output(Int)
  case conditional(Int)
  case loop(Int)
  case assign(Int)
  case clause(Int)
  case points(Int)
  case point(Int)
  case section(Int)
  case phrases(Int)
  case series(Int)
  /// `{% title %}`, `{% addressee %}`, `{% signature %}`: the body runs to `end`.
  case title(end: Int)
  case addressee(end: Int)
  case signature(end: Int)
  /// `{% phrase %}`, with its place (an index in `locations`).
  case phrase(Int)
  /// `{% sections %}`, with its place; `withHeadings` is false for `{% sections plain %}`.
  case sections(withHeadings: Bool, location: Int)
}

final class OutputStep: Sendable {
  let expression: Expression
  /// The field printed, when the expression is nothing but a field (most are).
  let field: FieldAccess?
  let location: SourceLocation
  init(expression: Expression, field: FieldAccess?, location: SourceLocation) {
    self.expression = expression
    self.field = field
    self.location = location
  }
}

final class ConditionalStep: Sendable {
  /// The `if` and `elif` branches, in order: the first whose condition holds is run.
  let branches: [(condition: Expression, body: Range<Int>)]
  let otherwise: Range<Int>
  let end: Int
  init(branches: [(condition: Expression, body: Range<Int>)], otherwise: Range<Int>, end: Int) {
    self.branches = branches
    self.otherwise = otherwise
    self.end = end
  }
}

final class LoopStep: Sendable {
  /// The slot the loop variable lives in.
  let slot: Int
  /// Which loop frame `loop.index` and friends read, by nesting depth.
  let frame: Int
  let iterable: Expression
  let body: Range<Int>
  /// Run when the list is empty or absent.
  let otherwise: Range<Int>
  let location: SourceLocation
  init(
    slot: Int, frame: Int, iterable: Expression, body: Range<Int>, otherwise: Range<Int>,
    location: SourceLocation
  ) {
    self.slot = slot
    self.frame = frame
    self.iterable = iterable
    self.body = body
    self.otherwise = otherwise
    self.location = location
  }
}

final class AssignStep: Sendable {
  let slot: Int
  let expression: Expression
  init(slot: Int, expression: Expression) {
    self.slot = slot
    self.expression = expression
  }
}

final class ClauseStep: Sendable {
  let body: Range<Int>
  /// The punctuation that ends it, which the text before it takes over when it vanishes.
  let trailing: Character?
  let location: SourceLocation
  init(body: Range<Int>, trailing: Character?, location: SourceLocation) {
    self.body = body
    self.trailing = trailing
    self.location = location
  }
}

final class PointsStep: Sendable {
  let style: PointStyle
  let separateParagraphs: Bool
  let body: Range<Int>
  init(style: PointStyle, separateParagraphs: Bool, body: Range<Int>) {
    self.style = style
    self.separateParagraphs = separateParagraphs
    self.body = body
  }
}

final class PointStep: Sendable {
  let condition: Expression?
  let body: Range<Int>
  init(condition: Expression?, body: Range<Int>) {
    self.condition = condition
    self.body = body
  }
}

final class SectionStep: Sendable {
  let title: Expression
  let runIn: Bool
  let bold: Bool
  let body: Range<Int>
  let location: SourceLocation
  init(title: Expression, runIn: Bool, bold: Bool, body: Range<Int>, location: SourceLocation) {
    self.title = title
    self.runIn = runIn
    self.bold = bold
    self.body = body
    self.location = location
  }
}

final class PhrasesStep: Sendable {
  let selection: Expression
  let slot: Int
  let layout: Range<Int>
  let items: [CompiledPhraseItem]
  /// The items' names, in the bank's order.
  let names: [String]
  let end: Int
  init(
    selection: Expression, slot: Int, layout: Range<Int>, items: [CompiledPhraseItem],
    names: [String], end: Int
  ) {
    self.selection = selection
    self.slot = slot
    self.layout = layout
    self.items = items
    self.names = names
    self.end = end
  }
}

/// A stock item of a phrase bank, compiled.
struct CompiledPhraseItem: Sendable {
  let name: String
  let body: Range<Int>
}

final class SeriesStep: Sendable {
  let conjunction: String
  let body: Range<Int>
  init(conjunction: String, body: Range<Int>) {
    self.conjunction = conjunction
    self.body = body
  }
}
