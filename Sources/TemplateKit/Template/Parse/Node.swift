/// The parsed form of a template: a tree of nodes the executor walks. Text is already laid out
/// (line breaks joined, blank lines turned into paragraph breaks), expressions compiled. Nodes
/// with several parts hold them in an immutable object, so walking the tree passes one
/// reference per node.
enum Node: Sendable {
  /// Literal text of the template, kept as UTF-8 ready to copy into reports.
  case text(InlineText)
  /// A blank line in the template: the paragraph ends here.
  case paragraphBreak
  /// `{{ expression }}`.
  case output(Output)
  /// `{% if %}…{% elif %}…{% else %}…{% endif %}`.
  case conditional(Conditional)
  /// `{% for x in list %}…{% else %}…{% endfor %}`.
  case loop(Loop)
  /// `{% set name = expression %}`.
  case assign(slot: Int, Expression)
  /// `{? … ?}`: vanishes, with its punctuation, when a value inside it is missing. `trailing`
  /// is the punctuation that ends it, which the text before it takes over when it vanishes;
  /// `location` is where it opens.
  case clause([Node], trailing: Character?, location: SourceLocation)
  /// `{% points %}…{% endpoints %}`: the points in it are numbered 一是、二是… from what is
  /// present.
  case points(Points)
  /// `{% point %}`: one point, up to the next point or the end of the block it stands in.
  case point(Point)
  /// `{% section title %}…{% endsection %}`: a heading one level below the enclosing one,
  /// numbered from what is present; it vanishes when its body renders nothing.
  case section(Section)
  /// `{% title %}…{% endtitle %}`: the report's title.
  case title([Node])
  /// `{% addressee %}…{% endaddressee %}`: a flush-left line such as `上级党委：`.
  case addressee([Node])
  /// `{% signature %}…{% endsignature %}`: each line a line of the signature, the last the date.
  case signature([Node])
  /// `{% phrases 选用 from 措辞库 as m %}…{% endphrases %}`: the items the answers chose from a
  /// phrase bank (defined with `{% bank %}`), each laid out as the block says.
  case phrases(Phrases)
  /// `{% phrase %}`: the text of the item being laid out — the user's own, or the stock one.
  case phrase(SourceLocation)
  /// `{% sections %}`: where a report kind places its sections; `withHeadings` is false for
  /// `{% sections plain %}`, which runs them on as paragraphs without headings.
  case sections(withHeadings: Bool, location: SourceLocation)
  /// `{% series %}{?…?}{?…?}{% endseries %}`: the optional clauses in it that are present,
  /// joined as Chinese lists them — `、` between, `和` (or the given word) before the last.
  case series(Series)
}

/// A series of optional parts: each clause directly in its body (also in its loops and
/// conditions) is one part.
final class Series: Sendable {
  /// The word before the last part: 和, 及, 以及, 或.
  let conjunction: String
  let body: [Node]

  init(conjunction: String, body: [Node]) {
    self.conjunction = conjunction
    self.body = body
  }
}

/// `{{ expression }}`: what to print, and where it was written (for errors).
final class Output: Sendable {
  let expression: Expression
  let location: SourceLocation

  init(_ expression: Expression, at location: SourceLocation) {
    self.expression = expression
    self.location = location
  }
}

final class Conditional: Sendable {
  /// The `if` and `elif` branches, in order: the first whose condition holds is run.
  let branches: [Branch]
  /// The `else` branch.
  let otherwise: [Node]

  init(branches: [Branch], otherwise: [Node]) {
    self.branches = branches
    self.otherwise = otherwise
  }
}

struct Branch: Sendable {
  var condition: Expression
  var body: [Node]
}

final class Loop: Sendable {
  /// The slot the loop variable lives in.
  let slot: Int
  /// Which loop frame `loop.index` and friends read, by nesting depth.
  let frame: Int
  let iterable: Expression
  let body: [Node]
  /// Rendered when the list is empty or absent.
  let otherwise: [Node]
  /// Where its `{% for %}` stands.
  let location: SourceLocation

  init(
    slot: Int, frame: Int, iterable: Expression, body: [Node], otherwise: [Node],
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

final class Points: Sendable {
  let style: PointStyle
  /// Each point a paragraph of its own, rather than all running on in one.
  let separateParagraphs: Bool
  /// The points, possibly inside loops and conditions.
  let body: [Node]

  init(style: PointStyle, separateParagraphs: Bool, body: [Node]) {
    self.style = style
    self.separateParagraphs = separateParagraphs
    self.body = body
  }
}

final class Point: Sendable {
  /// `{% point if condition %}`: the point is left out, and not counted, when false.
  let condition: Expression?
  let body: [Node]

  init(condition: Expression?, body: [Node]) {
    self.condition = condition
    self.body = body
  }
}

/// How points are numbered, given by an example of the first one: `"一是"`, `"第一，"`,
/// `"1．"`, `"（1）"`.
struct PointStyle: Sendable, Equatable {
  var prefix: String
  var suffix: String
  var chineseNumerals: Bool

  static let standard = PointStyle(prefix: "", suffix: "是", chineseNumerals: true)

  /// Reads a style from its example; nil when the example has no 一 or 1 to count from.
  init?(example: String) {
    if let range = example.range(of: "一") {
      self.init(
        prefix: String(example[..<range.lowerBound]),
        suffix: String(example[range.upperBound...]), chineseNumerals: true)
    } else if let range = example.range(of: "1") {
      self.init(
        prefix: String(example[..<range.lowerBound]),
        suffix: String(example[range.upperBound...]), chineseNumerals: false)
    } else {
      return nil
    }
  }

  init(prefix: String, suffix: String, chineseNumerals: Bool) {
    self.prefix = prefix
    self.suffix = suffix
    self.chineseNumerals = chineseNumerals
  }

  /// Writes the label of the `ordinal`-th point present (counting from 1) — its prefix, the
  /// number, its suffix — piece by piece, so that no label is made as a string.
  func writeLabel(_ ordinal: Int, into builder: inout DocumentBuilder) {
    builder.append(prefix)
    if chineseNumerals {
      builder.append(ChineseNumerals.cardinal(ordinal))
    } else {
      builder.append(decimal: ordinal)
    }
    builder.append(suffix)
  }

  /// The label of the `ordinal`-th point as text, for readers of a report (draft learn).
  func label(_ ordinal: Int) -> String {
    prefix + (chineseNumerals ? ChineseNumerals.cardinal(ordinal) : String(ordinal)) + suffix
  }
}

/// A phrase bank: stock items by name, which answers pick (by name), reword or add to, laid
/// out one after another in the order the answers give — or all of them, in the bank's order,
/// when the answers pick none.
final class Phrases: Sendable {
  /// The answers' choice: a list of item names, or of `{标题, 内容}` records.
  let selection: Expression
  /// The slot of the variable (`m`) that holds the item being laid out: `{标题, 内容}`.
  let slot: Int
  /// What each chosen item renders as; `{% phrase %}` in it stands for the item's text.
  let layout: [Node]
  let items: [PhraseItem]

  init(selection: Expression, slot: Int, layout: [Node], items: [PhraseItem]) {
    self.selection = selection
    self.slot = slot
    self.layout = layout
    self.items = items
  }
}

/// A stock item of a phrase bank.
struct PhraseItem: Sendable {
  var name: String
  var body: [Node]
}

final class Section: Sendable {
  let title: Expression
  /// The heading opens the first paragraph of the body and runs on into it.
  let runIn: Bool
  /// `{% section 标题 bold %}`: an unnumbered head in bold that runs on into the paragraph
  /// (始终坚持旗帜鲜明讲政治。…), at no level of its own.
  let bold: Bool
  let body: [Node]
  let location: SourceLocation

  init(title: Expression, runIn: Bool, bold: Bool, body: [Node], location: SourceLocation) {
    self.title = title
    self.runIn = runIn || bold
    self.bold = bold
    self.body = body
    self.location = location
  }
}
