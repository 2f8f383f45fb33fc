/// A template compiled for the executor: one flat list of instructions in which a block's body
/// is a range of the list, the template's text in one pool of UTF-8, and what the instructions
/// need beyond a number or two in tables. Running it copies no node and counts no reference per
/// instruction; variables and paths into the answers are slots resolved when it was compiled.
struct Program: Sendable {
  var code: [Instruction] = []
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

  /// The whole template.
  var all: Range<Int> { 0..<code.count }
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

struct OutputStep: Sendable {
  let expression: Expression
  /// The field printed, when the expression is nothing but a field (most are).
  let field: FieldAccess?
  let location: SourceLocation
}

struct ConditionalStep: Sendable {
  /// The `if` and `elif` branches, in order: the first whose condition holds is run.
  let branches: [(condition: Expression, body: Range<Int>)]
  let otherwise: Range<Int>
  let end: Int
}

struct LoopStep: Sendable {
  /// The slot the loop variable lives in.
  let slot: Int
  /// Which loop frame `loop.index` and friends read, by nesting depth.
  let frame: Int
  let iterable: Expression
  let body: Range<Int>
  /// Run when the list is empty or absent.
  let otherwise: Range<Int>
  let location: SourceLocation
}

struct AssignStep: Sendable {
  let slot: Int
  let expression: Expression
}

struct ClauseStep: Sendable {
  let body: Range<Int>
  /// The punctuation that ends it, which the text before it takes over when it vanishes.
  let trailing: Character?
  let location: SourceLocation
}

struct PointsStep: Sendable {
  let style: PointStyle
  let separateParagraphs: Bool
  let body: Range<Int>
}

struct PointStep: Sendable {
  let condition: Expression?
  let body: Range<Int>
}

struct SectionStep: Sendable {
  let title: Expression
  let runIn: Bool
  let bold: Bool
  let body: Range<Int>
  let location: SourceLocation
}

struct PhrasesStep: Sendable {
  let selection: Expression
  let slot: Int
  let layout: Range<Int>
  let items: [CompiledPhraseItem]
  /// The items' names, in the bank's order.
  let names: [String]
  let end: Int
}

/// A stock item of a phrase bank, compiled.
struct CompiledPhraseItem: Sendable {
  let name: String
  let body: Range<Int>
}

struct SeriesStep: Sendable {
  let conjunction: String
  let body: Range<Int>
}
