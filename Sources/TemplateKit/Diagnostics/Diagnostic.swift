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

  /// The message as the terminal shows it: header, quoted line, caret, hint.
  public var description: String {
    var out = ""
    if let location { out += "\(location): " }
    out += "\(severity.rawValue)：\(message)"
    if let sourceLine, let location {
      out += "\n" + sourceLine + "\n" + Self.caretPadding(sourceLine, column: location.column) + "^"
    }
    if let hint { out += "\n提示：\(hint)" }
    return out
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

/// Several diagnostics found together (a template with three errors, an answers file that
/// fails its checks), thrown as one error.
public struct DiagnosticList: Error, Sendable, CustomStringConvertible {
  public var diagnostics: [Diagnostic]

  public init(_ diagnostics: [Diagnostic]) { self.diagnostics = diagnostics }

  public var description: String { diagnostics.map(\.description).joined(separator: "\n\n") }
}
