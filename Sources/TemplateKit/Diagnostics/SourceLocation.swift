/// A place in a file the user wrote: an answers file, a template, or a cell of a workbook.
///
/// Lines and columns count from 1; a column counts Unicode characters (scalars), not bytes, so
/// `党组会: 12` has its colon at column 4. In a workbook (`sheet` set) the line is the row and
/// the column the cell's column, shown the way spreadsheets name cells: `一支部.xlsx:问卷!D12`.
public struct SourceLocation: Hashable, Sendable, CustomStringConvertible {
  /// The file as the user named it (or a template's id for built-in templates).
  public var file: String
  /// Where in the file.
  public var position: TextPosition
  /// The worksheet, for a location in a workbook; nil in a text file.
  public var sheet: String?

  public init(file: String, position: TextPosition, sheet: String? = nil) {
    self.file = file
    self.position = position
    self.sheet = sheet
  }

  /// A place named by its line and column alone.
  public init(file: String, line: Int, column: Int, sheet: String? = nil) {
    self.init(file: file, position: TextPosition(line: line, column: column), sheet: sheet)
  }

  public var line: Int { position.line }
  public var column: Int { position.column }

  /// Two locations are the same place when they name the same file, sheet, line and column
  /// (the offset follows from the line and column, and is not known for every place).
  public static func == (lhs: SourceLocation, rhs: SourceLocation) -> Bool {
    lhs.file == rhs.file && lhs.sheet == rhs.sheet && lhs.line == rhs.line
      && lhs.column == rhs.column
  }

  public func hash(into hasher: inout Hasher) {
    hasher.combine(file)
    hasher.combine(sheet)
    hasher.combine(line)
    hasher.combine(column)
  }

  /// `file:line:column`, the form editors and terminals recognise; `file:sheet!D12` in a
  /// workbook.
  public var description: String {
    guard let sheet else { return "\(file):\(line):\(column)" }
    return "\(file):\(sheet)!\(Self.columnLetters(column))\(line)"
  }

  /// A spreadsheet column's letters: 1 → A, 26 → Z, 27 → AA.
  public static func columnLetters(_ column: Int) -> String {
    var number = max(column, 1)
    var letters: [Character] = []
    while number > 0 {
      let remainder = (number - 1) % 26
      letters.append(Character(Unicode.Scalar(UInt8(65 + remainder))))
      number = (number - 1) / 26
    }
    return String(letters.reversed())
  }
}
