/// Reads one worksheet part (`xl/worksheets/sheet1.xml`) into cells, as Excel, WPS and
/// LibreOffice write them: shared strings (`t="s"`), inline strings (`t="inlineStr"`), numbers
/// (a date when the cell's format shows one), booleans, formulas by their cached result
/// (`t="str"` for text), error values, ISO dates (`t="d"`). Rows and cells may lack their
/// `r` reference (each then follows the one before), stand in any order, and skip empty ones.
enum SheetReader {
  /// What every sheet of a workbook is read with.
  struct Context {
    var strings: [String]
    /// What each cell format shows, by the cell's `s` index.
    var formatKinds: [NumberFormats.Kind]
    var dateSystem: DateSerial.System
    var file: String
    /// Cells left to read in the whole workbook.
    var maximumCells: Int
  }

  static func read(_ document: XMLDocument, name: String, context: inout Context)
    throws(Diagnostic) -> Workbook.Sheet
  {
    var cells: [(CellReference, CellValue)] = []
    var row = 0
    for rowElement in document.root.element("sheetData")?.elements("row") ?? [] {
      row = try number(rowElement.attribute("r"), after: row, in: document, rowElement, name)
      var column = 0
      for cell in rowElement.elements("c") {
        var reference = CellReference(row: row, column: column + 1)
        if let written = cell.attribute("r") {
          guard let parsed = CellReference(written) else {
            throw broken("单元格编号“\(written)”写得不对", document, cell, name)
          }
          reference = parsed
        }
        guard reference.column <= CellReference.maximumColumn else {
          throw broken("单元格超出了工作表的最后一列", document, cell, name)
        }
        column = reference.column
        guard let value = try value(of: cell, at: reference, sheet: name, context: context) else {
          continue
        }
        context.maximumCells -= 1
        guard context.maximumCells >= 0 else {
          throw Diagnostic.error(
            "“\(context.file)”中的单元格太多（超过 \(WorkbookReader.maximumCells) 个）",
            hint: "问卷通常只有几百个单元格；请确认选对了文件。")
        }
        cells.append((reference, value))
      }
    }
    return Workbook.Sheet(name: name, cells: cells)
  }

  /// The row number written in `r`, or the one after `previous`.
  private static func number(
    _ written: String?, after previous: Int, in document: XMLDocument, _ element: XMLElement,
    _ sheet: String
  ) throws(Diagnostic) -> Int {
    guard let written else {
      guard previous < CellReference.maximumRow else {
        throw broken("行数超出了工作表的最后一行", document, element, sheet)
      }
      return previous + 1
    }
    guard let number = Int(written), (1...CellReference.maximumRow).contains(number) else {
      throw broken("行号“\(written)”写得不对", document, element, sheet)
    }
    return number
  }

  /// The value of one `<c>` element; nil for a cell that holds nothing (only a style).
  private static func value(
    of cell: XMLElement, at reference: CellReference, sheet: String, context: Context
  ) throws(Diagnostic) -> CellValue? {
    let stored = cell.element("v")?.text
    let location = SourceLocation(
      file: context.file, line: reference.row, column: reference.column, sheet: sheet)
    func unreadable(_ what: String) -> Diagnostic {
      Diagnostic(
        .error, "单元格的\(what)读不懂：“\(stored ?? "")”", at: location,
        hint: "文件可能已损坏；请在 Excel 或 WPS 中打开它，重新保存后再试。")
    }
    switch cell.attribute("t") ?? "n" {
    case "s":
      guard let stored else { return nil }
      guard let index = Int(stored.trimmingWhitespace), context.strings.indices.contains(index)
      else {
        throw unreadable("文字编号")
      }
      return .text(context.strings[index])
    case "inlineStr":
      return cell.element("is").map { .text(text(ofItem: $0)) }
    case "str":
      if let stored { return .text(SpreadsheetText.decoded(stored)) }
    case "b":
      guard let stored else { break }
      switch stored.trimmingWhitespace {
      case "1", "true": return .bool(true)
      case "0", "false": return .bool(false)
      default: throw unreadable("是/否值")
      }
    case "e":
      if let stored { return .error(stored.trimmingWhitespace) }
    case "d":
      guard let stored else { break }
      guard let date = isoDate(stored) else { throw unreadable("日期") }
      return date
    default:
      guard let stored else { break }
      guard let number = Double(stored.trimmingWhitespace), number.isFinite else {
        throw unreadable("数值")
      }
      let style = cell.attribute("s").flatMap { Int($0) } ?? 0
      let kind = context.formatKinds.indices.contains(style) ? context.formatKinds[style] : .number
      return date(number, kind: kind, system: context.dateSystem) ?? .number(number)
    }
    // No cached value: a formula never calculated, or an empty cell with a type.
    return cell.element("f") == nil ? nil : .uncalculated
  }

  /// A serial shown as `kind`: a date, a date and time, or a time of day; nil for a number,
  /// or a serial no calendar date stands for.
  private static func date(_ serial: Double, kind: NumberFormats.Kind, system: DateSerial.System)
    -> CellValue?
  {
    guard kind != .number, let moment = DateSerial.moment(of: serial, system: system) else {
      if kind == .time, serial >= 0, serial < 1 {
        return .time(seconds: Int((serial * 86_400).rounded()))
      }
      return nil
    }
    switch kind {
    case .time where serial < 1: return .time(seconds: moment.seconds)
    case .date: return .date(moment.date, seconds: nil)
    default: return .date(moment.date, seconds: moment.seconds == 0 ? nil : moment.seconds)
    }
  }

  /// `2023-07-02` or `2023-07-02T09:30:00` (what `t="d"` cells hold).
  private static func isoDate(_ text: String) -> CellValue? {
    let parts = text.trimmingWhitespace.split(separator: "T", maxSplits: 1)
    guard let day = parts.first, let date = ChineseDate(parsing: String(day)) else { return nil }
    guard parts.count == 2 else { return .date(date, seconds: nil) }
    let clock = parts[1].prefix { $0 != "Z" && $0 != "+" && $0 != "." }.split(separator: ":")
    let numbers = clock.compactMap { Int($0) }
    guard numbers.count >= 2, numbers.count == clock.count else { return nil }
    let seconds = numbers[0] * 3600 + numbers[1] * 60 + (numbers.count > 2 ? numbers[2] : 0)
    return .date(date, seconds: seconds == 0 ? nil : seconds)
  }

  /// The text of a string item (`<si>` or `<is>`): its `<t>`, or its runs' `<t>` joined;
  /// phonetic runs (`<rPh>`) and properties left out; `_xHHHH_` escapes decoded.
  static func text(ofItem item: XMLElement) -> String {
    var out = ""
    for child in item.elements() {
      switch child.name.local {
      case "t": out += child.text
      case "r": out += child.elements("t").map(\.text).joined()
      default: continue
      }
    }
    return SpreadsheetText.decoded(out)
  }

  private static func broken(
    _ message: String, _ document: XMLDocument, _ element: XMLElement, _ sheet: String
  ) -> Diagnostic {
    Diagnostic(
      .error, "工作表“\(sheet)”中\(message)", at: document.location(of: element),
      hint: "文件可能已损坏；请在 Excel 或 WPS 中打开它，重新保存后再试。")
  }
}
