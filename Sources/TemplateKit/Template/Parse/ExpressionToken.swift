/// A token inside `{{ … }}` or `{% … %}`.
struct ExpressionToken: Equatable, Sendable {
  enum Kind: Equatable, Sendable {
    /// A name: a field (`单位`, `统计`), a keyword (`if`, `and`), a filter.
    case name(String)
    case integer(Int)
    case decimal(Double)
    case string(String)
    /// Punctuation and operators: `.` `[` `]` `(` `)` `|` `,` `=` `==` `!=` `<` `<=` `>` `>=`
    /// `+` `-` `*` `/`.
    case symbol(String)
    case end
  }

  var kind: Kind
  var position: TextPosition

  /// The token as users would recognise it in a message.
  var display: String {
    switch kind {
    case .name(let name): "“\(name)”"
    case .integer(let value): "“\(value)”"
    case .decimal(let value): "“\(value)”"
    case .string(let text): "“\"\(text)\"”"
    case .symbol(let symbol): "“\(symbol)”"
    case .end: "结尾"
    }
  }
}
