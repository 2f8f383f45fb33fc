/// The text of a file the user wrote, with its name, so that errors can quote the line they
/// point at.
public struct SourceText: Sendable, Equatable {
  /// The file as the user named it.
  public let file: String
  /// The worksheet the text stands for, when it was read from a workbook (its rows as lines,
  /// each row's cells between tabs from column A): locations in it then read `file:sheet!D12`,
  /// and a caret under a quoted row points at the cell's text.
  public let sheet: String?
  /// The whole text, already decoded.
  public let text: String
  /// Where each line starts, as offsets into `text.unicodeScalars`.
  private let lineStarts: [String.UnicodeScalarView.Index]

  public init(file: String, text: String, sheet: String? = nil) {
    self.file = file
    self.text = text
    self.sheet = sheet
    var starts = [text.unicodeScalars.startIndex]
    var index = text.unicodeScalars.startIndex
    while index < text.unicodeScalars.endIndex {
      let scalar = text.unicodeScalars[index]
      text.unicodeScalars.formIndex(after: &index)
      if scalar == "\n" { starts.append(index) }
    }
    lineStarts = starts
  }

  /// Two texts are the same when they have the same name and text.
  public static func == (lhs: SourceText, rhs: SourceText) -> Bool {
    lhs.file == rhs.file && lhs.text == rhs.text && lhs.sheet == rhs.sheet
  }

  /// The number of lines (a final newline does not open a further line of text).
  public var lineCount: Int { lineStarts.count }

  /// Line `number` (counting from 1) without its line break, or nil past the end.
  public func line(_ number: Int) -> String? {
    guard number >= 1, number <= lineStarts.count else { return nil }
    let start = lineStarts[number - 1]
    var end = number < lineStarts.count ? lineStarts[number] : text.unicodeScalars.endIndex
    let scalars = text.unicodeScalars
    while end > start {
      let before = scalars.index(before: end)
      guard scalars[before] == "\n" || scalars[before] == "\r" else { break }
      end = before
    }
    return String(scalars[start..<end])
  }

  /// A location in this file.
  public func location(line: Int, column: Int) -> SourceLocation {
    SourceLocation(file: file, line: line, column: column, sheet: sheet)
  }

  /// An error at `line`:`column` of this file, quoting that line.
  public func error(_ message: String, line: Int, column: Int, hint: String? = nil) -> Diagnostic {
    Diagnostic(
      .error, message, at: location(line: line, column: column), quoting: self.line(line),
      hint: hint)
  }
}
