/// One cell to write: what it holds and how it looks.
struct WorksheetCell: Sendable, Equatable {
  /// What a cell holds.
  enum Content: Sendable, Equatable {
    case empty
    case text(String)
    case number(Double)
    case bool(Bool)
  }

  var content: Content
  var style: CellStyle

  init(_ content: Content = .empty, style: CellStyle = CellStyle()) {
    self.content = content
    self.style = style
  }

  /// Text; an empty string makes an empty cell.
  static func text(_ text: String, style: CellStyle = CellStyle()) -> WorksheetCell {
    WorksheetCell(text.isEmpty ? .empty : .text(text), style: style)
  }

  /// A whole number: a number cell while a spreadsheet holds it exactly (its numbers are
  /// doubles, exact to 2⁵³), text beyond, so that no digit is lost.
  static func integer(_ number: Int, style: CellStyle = CellStyle()) -> WorksheetCell {
    guard number.magnitude <= 1 << 53 else {
      return WorksheetCell(.text(String(number)), style: style)
    }
    return WorksheetCell(.number(Double(number)), style: style)
  }

  /// A date: its serial in the 1900 system, shown as `2023-07-02`.
  static func date(_ date: ChineseDate, style: CellStyle = CellStyle()) -> WorksheetCell {
    var style = style
    style.format = .date
    return WorksheetCell(.number(Double(DateSerial.serial(of: date))), style: style)
  }
}

/// How a cell looks. The workbook writer gives each different look one entry of the styles
/// part, so any combination may be asked for.
struct CellStyle: Hashable, Sendable {
  /// The cell's font.
  enum Font: Int, Sendable, CaseIterable {
    case regular
    case bold
    /// Bold and larger, for a sheet's title.
    case title
    /// Grey, for notes beside the cells to fill in.
    case muted
  }

  /// The cell's background.
  enum Fill: Int, Sendable, CaseIterable {
    case none
    /// A header row.
    case header
    /// A cell that must be filled in.
    case required
    /// A row that heads a part of the sheet.
    case section
    /// A cell not to fill in (its answer is given elsewhere).
    case inactive
  }

  /// How a number in the cell is shown.
  enum NumberFormat: Sendable, Hashable {
    case general
    /// `0`: a whole number.
    case integer
    /// `#,##0.00`: money.
    case amount
    /// `yyyy-mm-dd`.
    case date
    /// `@`: what is typed stays text (no `1-2` turned into a date).
    case text
  }

  var font: Font = .regular
  var fill: Fill = .none
  var format: NumberFormat = .general
  /// Long text wraps within the column's width.
  var wraps = false
  /// A thin border on every side.
  var bordered = false
}
