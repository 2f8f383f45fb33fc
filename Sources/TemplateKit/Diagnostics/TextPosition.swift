/// A place in text being read, as both the answers readers and the template lexer track it:
/// the line and column messages show (counting from 1; a column counts Unicode scalars, so
/// `党组会: 12` has its colon at column 4), and the offset in UTF-8 bytes from the start of
/// the text read, which readers use to slice it.
public struct TextPosition: Hashable, Sendable {
  public var line: Int
  public var column: Int
  /// UTF-8 bytes from the start of the text; for a place known only by its line and column
  /// (a cell of a workbook, a test's expectation) 0, and not used.
  public var offset: Int

  public init(line: Int, column: Int, offset: Int = 0) {
    self.line = line
    self.column = column
    self.offset = offset
  }

  /// The start of a text.
  public static let start = TextPosition(line: 1, column: 1, offset: 0)

  /// Moves past one byte of UTF-8: a line break starts the next line, and only the first
  /// byte of a character moves to the next column.
  mutating func advance(over byte: UInt8) {
    offset += 1
    if byte == UInt8(ascii: "\n") {
      line += 1
      column = 1
    } else if byte & 0xC0 != 0x80 {
      column += 1
    }
  }
}
