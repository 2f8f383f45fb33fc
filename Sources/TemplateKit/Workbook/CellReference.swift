/// A cell's place in a worksheet, written the way spreadsheets name it: `D12` is column 4 (D),
/// row 12. Rows and columns count from 1.
struct CellReference: Hashable, Sendable, Comparable, CustomStringConvertible {
  /// The last row and column a worksheet has (Excel 2007 and later: 1,048,576 rows, XFD).
  static let maximumRow = 1_048_576
  static let maximumColumn = 16_384

  var row: Int
  var column: Int

  init(row: Int, column: Int) {
    self.row = row
    self.column = column
  }

  /// Reads `D12`, `d12` or `$D$12`; nil for anything else, or for a cell past the sheet's end.
  init?(_ text: some StringProtocol) {
    var column = 0
    var row = 0
    var letters = 0
    var digits = 0
    for byte in text.utf8 {
      switch byte {
      case UInt8(ascii: "$") where digits == 0:
        continue
      case UInt8(ascii: "A")...UInt8(ascii: "Z") where digits == 0 && letters < 3:
        column = column * 26 + Int(byte - UInt8(ascii: "A")) + 1
        letters += 1
      case UInt8(ascii: "a")...UInt8(ascii: "z") where digits == 0 && letters < 3:
        column = column * 26 + Int(byte - UInt8(ascii: "a")) + 1
        letters += 1
      case UInt8(ascii: "0")...UInt8(ascii: "9") where letters > 0 && digits < 7:
        row = row * 10 + Int(byte - UInt8(ascii: "0"))
        digits += 1
      default:
        return nil
      }
    }
    guard digits > 0, (1...Self.maximumRow).contains(row), (1...Self.maximumColumn).contains(column)
    else { return nil }
    self.row = row
    self.column = column
  }

  /// `D12`.
  var description: String { SourceLocation.columnLetters(column) + String(row) }

  /// Row by row, then column by column: the order cells are written in.
  static func < (lhs: CellReference, rhs: CellReference) -> Bool {
    (lhs.row, lhs.column) < (rhs.row, rhs.column)
  }
}

/// A rectangle of cells, `A1:E1`; one cell alone is written `A1`.
struct CellRange: Hashable, Sendable, CustomStringConvertible {
  var first: CellReference
  var last: CellReference

  init(_ first: CellReference, _ last: CellReference? = nil) {
    self.first = first
    self.last = last ?? first
  }

  /// The cells of `column` from row `rows.lowerBound` to `rows.upperBound`.
  init(column: Int, rows: ClosedRange<Int>) {
    self.init(
      CellReference(row: rows.lowerBound, column: column),
      CellReference(row: rows.upperBound, column: column))
  }

  var description: String { first == last ? "\(first)" : "\(first):\(last)" }
}
