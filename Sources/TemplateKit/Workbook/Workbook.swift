/// A workbook as read: its worksheets in order, each the cells that hold something.
struct Workbook: Sendable {
  var sheets: [Sheet]

  /// One worksheet: its name and its cells, row by row.
  struct Sheet: Sendable {
    var name: String
    /// The rows that hold cells, in order, each with its cells in column order.
    private(set) var rows: [Row]

    /// A row's number and its cells.
    struct Row: Sendable {
      var number: Int
      var cells: [(column: Int, value: CellValue)]
    }

    /// A sheet of `cells`, in any order; a cell given twice keeps the later value.
    init(name: String, cells: [(CellReference, CellValue)]) {
      self.name = name
      var byRow: [Int: [Int: CellValue]] = [:]
      for (reference, value) in cells {
        byRow[reference.row, default: [:]][reference.column] = value
      }
      rows = byRow.keys.sorted().map { number in
        Row(
          number: number,
          cells: (byRow[number] ?? [:]).sorted { $0.key < $1.key }.map { ($0.key, $0.value) })
      }
    }

    /// The value of the cell at `row`, `column`, if it holds one.
    func value(row: Int, column: Int) -> CellValue? {
      guard let found = rowIndex(row) else { return nil }
      return rows[found].cells.first { $0.column == column }?.value
    }

    /// The position of row `number` in `rows`.
    private func rowIndex(_ number: Int) -> Int? {
      var low = 0
      var high = rows.count - 1
      while low <= high {
        let middle = (low + high) / 2
        if rows[middle].number == number { return middle }
        if rows[middle].number < number { low = middle + 1 } else { high = middle - 1 }
      }
      return nil
    }

    /// Whether no cell holds anything but blanks.
    var isBlank: Bool { rows.allSatisfy { $0.cells.allSatisfy { $0.value.isBlank } } }

    /// The sheet as text for messages to quote: row `n` is line `n`, its cells' text between
    /// tabs from column A (line breaks and tabs inside a cell become spaces).
    func sourceText(file: String) -> SourceText {
      var text = ""
      var line = 1
      for row in rows {
        text += String(repeating: "\n", count: row.number - line)
        line = row.number
        var column = 1
        for (number, value) in row.cells {
          text += String(repeating: "\t", count: number - column)
          column = number
          text += String(value.text.map { $0.isNewline || $0 == "\t" ? " " : $0 })
        }
      }
      return SourceText(file: file, text: text, sheet: name)
    }
  }
}

extension CellValue {
  /// Whether the cell holds nothing but blanks.
  var isBlank: Bool {
    if case .text(let text) = self { return text.trimmingWhitespace.isEmpty }
    return false
  }
}
