/// What a cell read from a workbook holds, as the spreadsheet meant it: a number shown as a
/// date (its style's number format is a date format) is a date, a formula's cached result
/// stands for the formula.
enum CellValue: Sendable, Equatable {
  case text(String)
  case number(Double)
  case bool(Bool)
  /// A date, with the time of day when the cell's format shows one and it is not midnight.
  case date(ChineseDate, seconds: Int?)
  /// A time of day alone (a format showing hours and minutes but no date).
  case time(seconds: Int)
  /// An error value such as `#N/A` or `#DIV/0!`.
  case error(String)
  /// A formula with no result saved with it (the workbook was written by a program that does
  /// not calculate, and never opened in a spreadsheet since).
  case uncalculated

  /// The cell as text: dates as `2023-07-02` (`2023-07-02 09:30` with a time), times as
  /// `09:30`, numbers in their shortest form, booleans as `TRUE`/`FALSE` as spreadsheets show
  /// them.
  var text: String {
    switch self {
    case .text(let text): return text
    case .number(let value): return WorkbookWriter.number(value)
    case .bool(let flag): return flag ? "TRUE" : "FALSE"
    case .date(let date, let seconds):
      let day = "\(date.year)-\(Self.twoDigits(date.month))-\(Self.twoDigits(date.day))"
      return seconds.map { day + " " + Self.clock($0) } ?? day
    case .time(let seconds): return Self.clock(seconds)
    case .error(let code): return code
    case .uncalculated: return ""
    }
  }

  private static func clock(_ seconds: Int) -> String {
    let time = twoDigits(seconds / 3600) + ":" + twoDigits(seconds / 60 % 60)
    return seconds % 60 == 0 ? time : time + ":" + twoDigits(seconds % 60)
  }

  private static func twoDigits(_ number: Int) -> String {
    number < 10 ? "0\(number)" : String(number)
  }
}
