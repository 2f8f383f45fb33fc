import Foundation

/// Which number formats show a date or a time: a number in a cell is a date when its style's
/// format is one (spreadsheets store dates as day counts, see `DateSerial`).
enum NumberFormats {
  /// What a format shows of a number.
  enum Kind: Equatable {
    case number
    case date
    case time
    case dateAndTime
  }

  /// The kind of the format numbered `id`, whose code is `code` when the workbook defines it
  /// (a workbook's own definition wins over the built-in meaning of its number).
  static func kind(id: Int, code: String?) -> Kind {
    if let code { return kind(of: code) }
    return builtIn[id] ?? .number
  }

  /// Built-in formats (ECMA-376 Part 1 §18.8.30) that show dates and times, with those of the
  /// Chinese (and other East Asian) locales: 27–36 and 50–58, such as 31 `yyyy"年"m"月"d"日"`.
  private static let builtIn: [Int: Kind] = {
    var kinds: [Int: Kind] = [:]
    for id in [14, 15, 16, 17, 27, 28, 29, 30, 31, 36, 50, 51, 52, 53, 54, 57, 58] {
      kinds[id] = .date
    }
    for id in [18, 19, 20, 21, 32, 33, 34, 35, 45, 46, 47, 55, 56] { kinds[id] = .time }
    kinds[22] = .dateAndTime
    return kinds
  }()

  /// The kind of a format code: its first section (for positive numbers) read without its
  /// quoted text, escaped characters, fill and padding marks and bracketed parts (colours,
  /// conditions, locales — but `[h]`, `[mm]`, `[ss]`, elapsed time, count) and the word
  /// `General`; `y`, `d`, `年月日`, or `m` without hours or seconds, are a date; `h`, `s`,
  /// `AM/PM` and `上午/下午` a time.
  static func kind(of code: String) -> Kind {
    var hasDate = false
    var hasTime = false
    var hasMonthOrMinute = false
    // `General` is a word, not the letters of a date.
    let code = code.replacingOccurrences(of: "general", with: "", options: .caseInsensitive)
    var characters = Array(code)[...]
    while let character = characters.popFirst() {
      switch character {
      case ";": characters = []
      case "\"":
        while let next = characters.popFirst(), next != "\"" {}
      case "\\", "_", "*": _ = characters.popFirst()
      case "[":
        var inside = ""
        while let next = characters.popFirst(), next != "]" { inside.append(next) }
        let lowered = inside.lowercased()
        if !lowered.isEmpty, lowered.allSatisfy({ "hms".contains($0) }) { hasTime = true }
      case "y", "Y", "d", "D": hasDate = true
      case "h", "H", "s", "S": hasTime = true
      case "m", "M": hasMonthOrMinute = true
      case "A", "a":
        if characters.starts(with: "M/PM") || characters.starts(with: "m/pm")
          || characters.starts(with: "/P") || characters.starts(with: "/p")
        {
          hasTime = true
        }
      case "上":
        if characters.starts(with: "午/下午") { hasTime = true }
      case "年", "月", "日": hasDate = true
      default: break
      }
    }
    if hasMonthOrMinute, !hasTime { hasDate = true }
    switch (hasDate, hasTime) {
    case (true, true): return .dateAndTime
    case (true, false): return .date
    case (false, true): return .time
    case (false, false): return .number
    }
  }
}
