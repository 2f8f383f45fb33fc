/// The prompt a field gets when its declaration writes none: the text around where a template
/// prints it, the way the report will say it — `召开党组会{{ 统计.党组会 }}次。` gives
/// “召开党组会……次”. A user's template then declares only what is not obvious.
enum FieldPrompt {
  /// The most characters taken on each side of the field.
  static let maximumContext = 16

  /// The text around the `{{ … }}` holding the place `column` of `line` points at: back to
  /// the start of the clause (a punctuation mark, another tag, the start of the line) and on
  /// to its end, at most `maximumContext` characters each way. Nil when the place is not in
  /// `{{ … }}` (a condition, a loop) or no text stands around it.
  static func text(around column: Int, in line: String) -> String? {
    let scalars = Array(line.unicodeScalars)
    let place = min(max(column - 1, 0), scalars.count)
    func pair(_ at: Int, _ first: Unicode.Scalar, _ second: Unicode.Scalar) -> Bool {
      at >= 0 && at + 1 < scalars.count && scalars[at] == first && scalars[at + 1] == second
    }
    // The nearest opening before the place must be an output's.
    var open = place - 1
    while open >= 0, !(pair(open, "{", "{") || pair(open, "{", "%")) { open -= 1 }
    guard open >= 0, pair(open, "{", "{") else { return nil }
    var close = place
    while close < scalars.count, !pair(close, "}", "}") { close += 1 }
    guard close < scalars.count else { return nil }
    var start = open
    while start > 0, open - start < maximumContext, !endsClause(scalars[start - 1]) { start -= 1 }
    var end = close + 2
    while end < scalars.count, end - close - 2 < maximumContext, !endsClause(scalars[end]) {
      end += 1
    }
    let before = String(String.UnicodeScalarView(scalars[start..<open])).trimmed
    let after = String(String.UnicodeScalarView(scalars[(close + 2)..<end])).trimmed
    guard !before.isEmpty || !after.isEmpty else { return nil }
    return before + "……" + after
  }

  /// Punctuation that ends a clause, and the braces of tags and clauses (`}}`, `%}`, `{?`).
  private static func endsClause(_ scalar: Unicode.Scalar) -> Bool {
    "，。；：！？、,;:!?（）()“”{}".unicodeScalars.contains(scalar)
  }
}

extension String {
  fileprivate var trimmed: String {
    var scalars = Substring(self).unicodeScalars
    while let first = scalars.first, first == " " || first == "\t" || first == "\u{3000}" {
      scalars.removeFirst()
    }
    while let last = scalars.last, last == " " || last == "\t" || last == "\u{3000}" {
      scalars.removeLast()
    }
    return String(scalars)
  }
}
