/// How one report's text becomes template pieces: each fact the finder finds is a field,
/// named in the field table, checked to print back what was written; the rest stays text.
struct FactTemplating: UnitTemplating {
  var table: FieldTable
  private var finders: [Int: FactFinder]
  private var check = PrintCheck()
  /// Each report's units with their pieces, in the order they were asked for.
  private(set) var marked: [Int: [(TextUnit, [TemplatePiece])]] = [:]

  init(outlines: [Int: ReportOutline], builtIn: [FieldDeclaration]) {
    table = FieldTable(builtIn: builtIn)
    finders = outlines.mapValues(FactFinder.init)
  }

  /// The year report `number` is about, as its finder found it; nil when its text names none.
  func year(ofReport number: Int) -> Int? { finders[number]?.year }

  /// The facts of `unit`, found as its own report finds them.
  func facts(in unit: TextUnit, dateLine: Bool) -> [Fact] {
    finders[unit.report]?.facts(in: unit.text, dateLine: dateLine) ?? []
  }

  mutating func pieces(of unit: TextUnit, in template: String, dateLine: Bool) -> [TemplatePiece] {
    let facts = facts(in: unit, dateLine: dateLine)
    let characters = Array(unit.text)
    var pieces: [TemplatePiece] = []
    var cursor = 0
    for fact in facts {
      if fact.range.lowerBound > cursor {
        pieces.append(.text(String(characters[cursor..<fact.range.lowerBound])))
      }
      pieces.append(field(for: fact, in: unit, characters: characters, template: template))
      cursor = fact.range.upperBound
    }
    if cursor < characters.count { pieces.append(.text(String(characters[cursor...]))) }
    record(unit, pieces)
    return pieces
  }

  func condition(for unit: TextUnit, in template: String) -> String? { nil }

  func heading(_ unit: TextUnit, in template: String) -> String? { nil }

  /// The field printing `fact` of `unit` (whose `characters` they are): its own, or a text
  /// field holding what was written when its value would not print back the same.
  mutating func field(
    for fact: Fact, in unit: TextUnit, characters: [Character], template: String
  ) -> TemplatePiece {
    var fact = fact
    let written = String(characters[fact.range])
    if !check.printsBack(fact.value, as: fact.printing, written: written) {
      fact.type = .text
      fact.value = .string(written)
      fact.printing = .plain
    }
    let path = table.path(
      for: fact, report: unit.report, quote: Self.excerpt(characters, around: fact.range),
      template: template)
    return .field(path: path, printing: fact.printing, written: written)
  }

  /// Whether `value` printed as `printing` gives `written`.
  mutating func printsBack(_ value: Value?, as printing: Fact.Printing, written: String) -> Bool {
    check.printsBack(value, as: printing, written: written)
  }

  mutating func record(_ unit: TextUnit, _ pieces: [TemplatePiece]) {
    marked[unit.report, default: []].append((unit, pieces))
  }

  /// The words around `range`, for a prompt: `……召开党组会12次、理事长……`.
  static func excerpt(_ characters: [Character], around range: Range<Int>) -> String {
    let start = max(0, range.lowerBound - 12)
    let end = min(characters.count, range.upperBound + 8)
    return (start > 0 ? "……" : "") + String(characters[start..<end])
      + (end < characters.count ? "……" : "")
  }
}
