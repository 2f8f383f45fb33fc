/// Where a template's text comes from, so positions become locations users can open.
struct TemplateSource: Sendable {
  /// The template's name as messages show it (`sections/落实主体责任.tmpl`).
  let name: String
  /// The source as UTF-8 bytes, at their offsets in the file (a body after a header starts
  /// past the header).
  let bytes: ArraySlice<UInt8>
  /// The whole file's text, for quoting lines.
  let file: SourceText
  /// The position of the first byte in `file`.
  let origin: TextPosition

  /// The part of `file` from `origin` on.
  init(name: String, file: SourceText, from origin: TextPosition) {
    self.name = name
    self.file = file
    self.origin = origin
    self.bytes = Array(file.text.utf8)[origin.offset...]
  }

  /// Template text that has no file behind it.
  init(name: String, text: String) {
    self.init(name: name, file: SourceText(file: name, text: text), from: .start)
  }

  /// An error at `position`, quoting its line.
  func error(_ message: String, at position: TextPosition, hint: String? = nil) -> Diagnostic {
    file.error(message, at: position, hint: hint)
  }

  func location(_ position: TextPosition) -> SourceLocation {
    file.location(at: position)
  }
}
