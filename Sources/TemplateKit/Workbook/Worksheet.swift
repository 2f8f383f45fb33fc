/// A worksheet to write: rows of cells from column A, and how the sheet is shown — column
/// widths, rows frozen at the top, merged cells, drop-down lists and other checks on input.
struct Worksheet: Sendable {
  /// The characters a sheet's name may not hold, and its longest length (Excel's rules).
  static let forbiddenNameCharacters: Set<Character> = [":", "\\", "/", "?", "*", "[", "]"]
  static let maximumNameLength = 31

  /// The tab's name.
  let name: String
  /// The rows, row 1 first.
  private(set) var rows: [[WorksheetCell]] = []
  /// Row heights in points, by row number, for rows that need more than one line.
  private(set) var rowHeights: [Int: Double] = [:]
  /// The columns' widths and looks, column A first.
  var columns: [Column] = []
  /// How many rows at the top stay in view when scrolling (and are printed on every page).
  var frozenRows = 0
  /// Whether the first row gets filter buttons (Excel's 筛选), over all the rows.
  var filtered = false
  var merged: [CellRange] = []
  var validations: [DataValidation] = []

  init(name: String) { self.name = name }

  /// The next row's number.
  var nextRow: Int { rows.count + 1 }

  /// Adds a row and returns its number.
  @discardableResult
  mutating func append(_ cells: [WorksheetCell], height: Double? = nil) -> Int {
    rows.append(cells)
    if let height { rowHeights[rows.count] = height }
    return rows.count
  }

  /// The height of one line of wrapped text in the default font (11 pt 宋体), in points: a
  /// row of one line is 14.25, wrapped lines take a little more in Excel and LibreOffice.
  static let lineHeight = 15.5

  /// A height for `row` that shows all of its wrapped text, when it needs more than one line:
  /// each cell's lines counted at its column's width (a merged cell's columns together), a
  /// Chinese character taking two units of width. Spreadsheets do not measure rows written by
  /// another program when they open them, so the writer says how tall they are.
  func fittingHeight(ofRow row: Int) -> Double? {
    guard row >= 1, row <= rows.count else { return nil }
    var lines = 1
    for (index, cell) in rows[row - 1].enumerated() where cell.style.wraps {
      guard case .text(let text) = cell.content else { continue }
      let column = index + 1
      let span = merged.first { $0.first.row == row && $0.first.column == column }
      let last = span?.last.column ?? column
      let width = (column...last).reduce(0.0) { total, column in
        total + (column <= columns.count ? columns[column - 1].width : 8.43)
      }
      let usable = max(1, Int(width * 0.9) - 1)
      let count = text.split(separator: "\n", omittingEmptySubsequences: false).reduce(0) {
        total, line in total + max(1, (DisplayWidth.of(String(line)) + usable - 1) / usable)
      }
      lines = max(lines, count)
    }
    return lines > 1 ? Double(lines) * Self.lineHeight + 2 : nil
  }

  /// Whether `name` may name a sheet: not blank, at most 31 characters, none of `: \ / ? * [ ]`,
  /// not starting or ending with `'`.
  static func isValidName(_ name: String) -> Bool {
    !name.allSatisfy(\.isWhitespace) && name.utf16.count <= maximumNameLength
      && !name.contains(where: forbiddenNameCharacters.contains)
      && name.first != "'" && name.last != "'"
      && !name.unicodeScalars.contains { $0.value < 0x20 }
  }
}

/// A column's width, and the look of the cells typed into it that have none of their own.
struct Column: Sendable, Equatable {
  /// The width in characters of the default font (a Chinese character takes about two).
  var width: Double
  var style: CellStyle?

  init(width: Double, style: CellStyle? = nil) {
    self.width = width
    self.style = style
  }
}

/// A check on what may be typed into some cells, with a message shown when one is selected
/// (`prompt`) and when the check fails (`error`).
struct DataValidation: Sendable, Equatable {
  /// What the cells accept.
  enum Rule: Sendable, Hashable {
    /// One of these, picked from a drop-down list.
    case list([String])
    /// A whole number at least `minimum`.
    case wholeNumber(minimum: Int)
    /// A number at least `minimum`.
    case decimal(minimum: Double)
    /// A date.
    case date
    /// Anything: only the prompt is shown.
    case any
  }

  /// What Excel allows in the messages: titles of 32 characters, a prompt of 255 and an error
  /// of 225 (longer ones make Excel repair the file).
  static let maximumTitleLength = 32
  static let maximumPromptLength = 255
  static let maximumErrorLength = 225
  /// The longest list a drop-down holds written out in the rule (items and commas).
  static let maximumListLength = 255

  /// A message box's title and text.
  struct Message: Sendable, Equatable {
    var title: String
    var text: String
  }

  var rule: Rule
  var cells: [CellRange]
  var prompt: Message?
  var error: Message?

  /// A drop-down of `items`; nil when they cannot be written in the rule itself (an item with
  /// a comma or a quote, or all of them longer than 255 characters).
  static func list(_ items: [String], cells: [CellRange]) -> DataValidation? {
    guard !items.isEmpty, !items.contains(where: { $0.contains(",") || $0.contains("\"") }),
      items.joined(separator: ",").utf16.count <= maximumListLength
    else { return nil }
    return DataValidation(
      rule: .list(items), cells: cells,
      error: Message(title: "请从下拉列表中选择", text: "只能填写：" + items.joined(separator: "、")))
  }
}
