/// A fact found in a piece of a report's text: where it stands, what kind of field it becomes,
/// the value it has in this report, and how the template prints it.
struct Fact: Sendable, Equatable {
  /// The characters it covers in its unit's text.
  var range: Range<Int>
  /// The field's type in its declaration.
  var type: FieldType
  /// Its value in this report; nil for a blank the writer left (`XX`, `**`).
  var value: Value?
  /// How the template prints the value.
  var printing: Printing
  /// What the field is called.
  var name: FactName
  /// What the field holds, said to a clerk (`召开党组会的次数`); the declaration's prompt
  /// adds the sentence it came from.
  var meaning: String

  /// How a value is printed in a template.
  enum Printing: Sendable, Equatable {
    /// As it is: text, a whole number.
    case plain
    /// A date: `date` (2023年7月2日), or `date("月日")` (7月2日).
    case date(monthAndDay: Bool)
    /// An amount in 元 as 万元 with this many decimals (`wan(1)` → 3.5万元).
    case tenThousands(decimals: Int)
    /// A number with exactly this many decimals (`fixed(2)`).
    case decimals(Int)
    /// A list joined with this separator.
    case joined(String)
    /// The report's year plus this many years (`年度`, `年度 - 1`).
    case year(offset: Int)
  }
}

/// The name a fact's field gets.
enum FactName: Sendable, Equatable, Hashable {
  /// A path the built-in templates declare (`年度`, `单位.简称`, `上级`), used as it is: every
  /// fact naming it is the same field.
  case shared(String)
  /// A name learned from the text around the fact: the group (`统计`) and the key in it
  /// (`党组会`), made unique when taken. Facts with the same `merge` key are one field (the
  /// same blank `XX` before `区` each time); nil makes every fact a field of its own.
  case learned(group: String, key: String, label: String, merge: String?)
}
