/// A piece of learned template text: words that stay as written, or a field printed in place.
enum TemplatePiece: Sendable, Equatable {
  case text(String)
  /// A field, and what the report wrote where it stands.
  case field(path: String, printing: Fact.Printing, written: String)
}

/// Writes learned pieces as template source: text escaped so that nothing in it reads as a
/// tag (`{{`, `{%`, `{?`, `{#`, `?}`), fields as `{{ … }}` with the filter that prints them.
enum TemplateSourceText {
  static func source(_ pieces: [TemplatePiece]) -> String {
    var out = ""
    for piece in pieces {
      switch piece {
      case .text(let text): out += escaped(text)
      case .field(let path, let printing, _): out += "{{ " + expression(path, printing) + " }}"
      }
    }
    return out
  }

  /// The expression printing `path`: `统计.党组会`, `报告.日期 | date`, `年度 - 1`.
  static func expression(_ path: String, _ printing: Fact.Printing) -> String {
    switch printing {
    case .plain: path
    case .date(let monthAndDay): path + (monthAndDay ? " | date(\"月日\")" : " | date")
    case .tenThousands(let decimals): path + " | wan(\(decimals))"
    case .decimals(let decimals): path + " | fixed(\(decimals))"
    case .joined(let separator): path + " | join(" + quoted(separator) + ")"
    case .year(let offset):
      offset == 0 ? path : path + (offset > 0 ? " + \(offset)" : " - \(-offset)")
    }
  }

  /// `text` as a string literal in an expression.
  static func quoted(_ text: String) -> String {
    "\""
      + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(
        of: "\"", with: "\\\"")
      + "\""
  }

  /// Literal text that reads back as itself: a `{` that would open a tag (or could, with what
  /// follows the text), and a `}` that would close a clause, are printed by an expression.
  static func escaped(_ text: String) -> String {
    guard text.contains("{") || text.contains("}") else { return text }
    var out = ""
    var previous: Character? = nil
    let characters = Array(text)
    for (index, character) in characters.enumerated() {
      let next = index + 1 < characters.count ? characters[index + 1] : nil
      if character == "{", next.map({ "{%#?".contains($0) }) ?? true {
        out += "{{ \"{\" }}"
      } else if character == "}", previous == "?" {
        out += "{{ \"}\" }}"
      } else {
        out.append(character)
      }
      previous = character
    }
    return out
  }
}
