extension String {
  /// The text as XML character data or an attribute value: `& < > " '` as entities.
  var xmlEscaped: String { escaped(apostrophe: "&apos;") }

  /// The text as HTML text or an attribute value: `& < > " '` as entities.
  var htmlEscaped: String { escaped(apostrophe: "&#39;") }

  private func escaped(apostrophe: String) -> String {
    var out = ""
    out.reserveCapacity(utf8.count)
    for character in self {
      switch character {
      case "&": out += "&amp;"
      case "<": out += "&lt;"
      case ">": out += "&gt;"
      case "\"": out += "&quot;"
      case "'": out += apostrophe
      default: out.append(character)
      }
    }
    return out
  }
}
