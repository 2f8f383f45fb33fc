/// A line and column inside a template's source, counting from 1; columns count Unicode
/// scalars.
struct SourcePosition: Equatable, Sendable {
  var line: Int
  var column: Int

  /// Moves past one byte of UTF-8: a line break starts the next line, and only the first
  /// byte of a character moves to the next column.
  mutating func advance(over byte: UInt8) {
    if byte == UInt8(ascii: "\n") {
      line += 1
      column = 1
    } else if byte & 0xC0 != 0x80 {
      column += 1
    }
  }
}

/// Where a template's text comes from, so positions become locations users can open.
struct TemplateSource: Sendable {
  /// The template's name as messages show it (`sections/落实主体责任.tmpl`).
  let name: String
  /// The source as UTF-8 bytes.
  let bytes: [UInt8]
  /// The whole file's text, for quoting lines (it may start before `bytes`, which can be the
  /// body after a header).
  let file: SourceText
  /// The position of `bytes[0]` in `file`.
  let origin: SourcePosition

  init(name: String, body: String, file: SourceText? = nil, origin: SourcePosition? = nil) {
    self.name = name
    self.bytes = Array(body.utf8)
    self.file = file ?? SourceText(file: name, text: body)
    self.origin = origin ?? SourcePosition(line: 1, column: 1)
  }

  /// An error at `position`, quoting its line.
  func error(_ message: String, at position: SourcePosition, hint: String? = nil) -> Diagnostic {
    file.error(message, line: position.line, column: position.column, hint: hint)
  }

  func location(_ position: SourcePosition) -> SourceLocation {
    file.location(line: position.line, column: position.column)
  }
}
