/// A message about something the user wrote, shown the way a compiler shows it:
///
///     答案.yaml:3:1: 错误：重复的键“党组会”
///     党组会: 12
///     ^
///     提示：同一层级的键只能出现一次，第 2 行已经写过“党组会”。
public struct Diagnostic: Error, Hashable, Sendable, CustomStringConvertible {
  /// How serious the message is.
  public enum Severity: String, Sendable {
    case error = "错误"
    case warning = "警告"
    case note = "说明"
  }

  public var severity: Severity
  /// What is wrong, in one sentence.
  public var message: String
  /// Where it is, when it is somewhere in a file.
  public var location: SourceLocation?
  /// The line `location` points into, quoted under the message with a caret.
  public var sourceLine: String?
  /// What to do about it.
  public var hint: String?

  public init(
    _ severity: Severity, _ message: String, at location: SourceLocation? = nil,
    quoting sourceLine: String? = nil, hint: String? = nil
  ) {
    self.severity = severity
    self.message = message
    self.location = location
    self.sourceLine = sourceLine
    self.hint = hint
  }

  /// An error that is not about a place in a file (a missing file, a bad option).
  public static func error(_ message: String, hint: String? = nil) -> Diagnostic {
    Diagnostic(.error, message, hint: hint)
  }

  /// The first line alone: `file:line:column: 错误：…`, for a table or a log.
  public var headline: String {
    (location.map { "\($0): " } ?? "") + "\(severity.rawValue)：\(message)"
  }

  /// The message as the terminal shows it: headline, quoted line, caret, hint.
  public var description: String {
    var out = headline
    if let sourceLine, let location {
      let start =
        location.sheet == nil
        ? location.column : Self.cellStart(in: sourceLine, column: location.column)
      let (line, column) = Self.excerpt(of: sourceLine, around: start)
      out += "\n" + line + "\n" + Self.caretPadding(line, column: column) + "^"
    }
    if let hint { out += "\n提示：\(hint)" }
    return out
  }

  /// `text` as a message quotes it: whole when it is at most `limit` characters, else its
  /// first `limit` characters and `…` (a number of 400 digits is not printed whole).
  public static func quotedPart(of text: String, limit: Int = 40) -> String {
    guard text.unicodeScalars.count > limit else { return text }
    return String(String.UnicodeScalarView(text.unicodeScalars.prefix(limit))) + "…"
  }

  /// Lines longer than this many characters are quoted in part, around the column.
  static let maximumQuotedLength = 160

  /// The part of `line` to quote: all of it when short, else `maximumQuotedLength / 2`
  /// characters either side of `column`, with `…` where it was cut (a 50 MB line is not
  /// printed whole); and the column in that part.
  static func excerpt(of line: String, around column: Int) -> (line: String, column: Int) {
    let scalars = line.unicodeScalars
    let count = scalars.count
    guard count > maximumQuotedLength else { return (line, column) }
    let caret = min(max(column - 1, 0), count)
    let first = max(0, caret - maximumQuotedLength / 2)
    let last = min(count, caret + maximumQuotedLength / 2)
    let start = scalars.index(scalars.startIndex, offsetBy: first)
    let end = scalars.index(start, offsetBy: last - first)
    let part = String(scalars[start..<end])
    return (
      (first > 0 ? "…" : "") + part + (last < count ? "…" : ""),
      caret - first + 1 + (first > 0 ? 1 : 0)
    )
  }

  /// Where cell `column` starts in a worksheet's row quoted as its cells between tabs (see
  /// `SourceText`'s `sheet`): the character after the `column - 1`th tab.
  static func cellStart(in line: String, column: Int) -> Int {
    var tabs = 0
    var position = 1
    for scalar in line.unicodeScalars {
      guard tabs < column - 1 else { break }
      if scalar == "\t" { tabs += 1 }
      position += 1
    }
    return position
  }

  /// Blanks as wide as the part of `line` before `column`, so a caret under it lines up in a
  /// terminal: tabs stay tabs, wide (CJK) characters take two columns.
  static func caretPadding(_ line: String, column: Int) -> String {
    var padding = ""
    for scalar in line.unicodeScalars.prefix(max(0, column - 1)) {
      if scalar == "\t" {
        padding += "\t"
      } else {
        padding += String(repeating: " ", count: DisplayWidth.of(scalar))
      }
    }
    return padding
  }
}

extension Diagnostic {
  /// `diagnostics` each once, in the order of their places (file, line, column); those with no
  /// place first, as found.
  public static func inFileOrder(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
    var seen = Set<Diagnostic>()
    let unique = diagnostics.filter { seen.insert($0).inserted }
    return unique.enumerated().sorted { lhs, rhs in
      switch (lhs.element.location, rhs.element.location) {
      case (nil, nil): return lhs.offset < rhs.offset
      case (nil, _): return true
      case (_, nil): return false
      case (let l?, let r?):
        return (l.file, l.line, l.column, lhs.offset) < (r.file, r.line, r.column, rhs.offset)
      }
    }.map(\.element)
  }
}
