/// The parsed form of a template: a tree of nodes the executor walks. Text is already laid out
/// (line breaks joined, blank lines turned into paragraph breaks), expressions compiled.
indirect enum Node: Sendable {
  /// Literal text of the template.
  case text(String)
  /// A blank line in the template: the paragraph ends here.
  case paragraphBreak
  /// `{{ expression }}`.
  case output(Expression, SourceLocation)
  /// `{% if %}…{% elif %}…{% else %}…{% endif %}`.
  case conditional([Branch], otherwise: [Node])
  /// `{% for x in list %}…{% else %}…{% endfor %}`.
  case loop(Loop)
  /// `{% set name = expression %}`.
  case assign(slot: Int, Expression)
  /// `{? … ?}`: vanishes, with its punctuation, when a value inside it is missing. `trailing`
  /// is the punctuation that ends it, which the text before it takes over when it vanishes.
  case clause([Node], trailing: Character?)
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
  case phrase
  /// `{% sections %}`: where a report kind places its sections; `withHeadings` is false for
  /// `{% sections plain %}`, which runs them on as paragraphs without headings.
  case sections(withHeadings: Bool)
}

struct Branch: Sendable {
  var condition: Expression
  var body: [Node]
}

struct Loop: Sendable {
  /// The slot the loop variable lives in.
  var slot: Int
  /// Which loop frame `loop.index` and friends read, by nesting depth.
  var frame: Int
  var iterable: Expression
  var body: [Node]
  /// Rendered when the list is empty or absent.
  var otherwise: [Node]
}

struct Points: Sendable {
  var style: PointStyle
  /// Each point a paragraph of its own, rather than all running on in one.
  var separateParagraphs: Bool
  /// The points, possibly inside loops and conditions.
  var body: [Node]
}

struct Point: Sendable {
  /// `{% point if condition %}`: the point is left out, and not counted, when false.
  var condition: Expression?
  var body: [Node]
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
    labels = []
    labels = (1...30).map(spelled)
  }

  /// The first labels, made once when the template is parsed.
  private var labels: [String]

  static func == (lhs: PointStyle, rhs: PointStyle) -> Bool {
    (lhs.prefix, lhs.suffix, lhs.chineseNumerals) == (rhs.prefix, rhs.suffix, rhs.chineseNumerals)
  }

  /// The label of the `ordinal`-th point present, counting from 1.
  func label(_ ordinal: Int) -> String {
    if ordinal >= 1, ordinal <= labels.count { return labels[ordinal - 1] }
    return spelled(ordinal)
  }

  private func spelled(_ ordinal: Int) -> String {
    prefix + (chineseNumerals ? ChineseNumerals.cardinal(ordinal) : String(ordinal)) + suffix
  }
}

/// A phrase bank: stock items by name, which answers pick (by name), reword or add to, laid
/// out one after another in the order the answers give — or all of them, in the bank's order,
/// when the answers pick none.
struct Phrases: Sendable {
  /// The answers' choice: a list of item names, or of `{标题, 内容}` records.
  var selection: Expression
  /// The slot of the variable (`m`) that holds the item being laid out: `{标题, 内容}`.
  var slot: Int
  /// What each chosen item renders as; `{% phrase %}` in it stands for the item's text.
  var layout: [Node]
  var items: [PhraseItem]
}

/// A stock item of a phrase bank.
struct PhraseItem: Sendable {
  var name: String
  var body: [Node]
}

struct Section: Sendable {
  var title: Expression
  /// The heading opens the first paragraph of the body and runs on into it.
  var runIn: Bool
  var body: [Node]
  var location: SourceLocation
}
