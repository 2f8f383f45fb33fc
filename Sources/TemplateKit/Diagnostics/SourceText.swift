/// The text of a file the user wrote, with its name, so that errors can quote the line they
/// point at. It is held by reference: every value read from a file may name it, at the cost
/// of one pointer.
public struct SourceText: Sendable, Equatable {
  private final class Storage: Sendable {
    let file: String
    let sheet: String?
    let text: String
    /// Where each line starts.
    let lineStarts: [String.Index]

    init(file: String, sheet: String?, text: String) {
      self.file = file
      self.sheet = sheet
      self.text = text
      var starts = [text.startIndex]
      let utf8 = text.utf8
      var index = utf8.startIndex
      while let newline = utf8[index...].firstIndex(of: UInt8(ascii: "\n")) {
        index = utf8.index(after: newline)
        starts.append(index)
      }
      lineStarts = starts
    }
  }

  private let storage: Storage

  /// The file as the user named it.
  public var file: String { storage.file }
  /// The worksheet the text stands for, when it was read from a workbook (its rows as lines,
  /// each row's cells between tabs from column A): locations in it then read `file:sheet!D12`,
  /// and a caret under a quoted row points at the cell's text.
  public var sheet: String? { storage.sheet }
  /// The whole text, already decoded.
  public var text: String { storage.text }
  private var lineStarts: [String.Index] { storage.lineStarts }

  public init(file: String, text: String, sheet: String? = nil) {
    storage = Storage(file: file, sheet: sheet, text: text)
  }

  /// Two texts are the same when they have the same name and text.
  public static func == (lhs: SourceText, rhs: SourceText) -> Bool {
    lhs.storage === rhs.storage
      || (lhs.file == rhs.file && lhs.text == rhs.text && lhs.sheet == rhs.sheet)
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

  /// The location of `position` in this file.
  public func location(at position: TextPosition) -> SourceLocation {
    SourceLocation(file: file, position: position, sheet: sheet)
  }

  /// An error at `line`:`column` of this file, quoting that line.
  public func error(_ message: String, line: Int, column: Int, hint: String? = nil) -> Diagnostic {
    error(message, at: TextPosition(line: line, column: column), hint: hint)
  }

  /// An error at `position` in this file, quoting its line.
  public func error(_ message: String, at position: TextPosition, hint: String? = nil)
    -> Diagnostic
  {
    Diagnostic(
      .error, message, at: location(at: position), quoting: line(position.line), hint: hint)
  }
}
