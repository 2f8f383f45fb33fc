/// A calendar date as users write it in answers (`2023-07-02`, `2023/7/2`, `2023.7.2`,
/// `2023年7月2日`) and as reports print it (`2023年7月2日`: Arabic, full year, no leading zeros).
public struct ChineseDate: Sendable, Equatable, Comparable {
  public var year: Int
  public var month: Int
  public var day: Int

  public init?(year: Int, month: Int, day: Int) {
    guard (1...9999).contains(year), (1...12).contains(month),
      (1...Self.daysIn(month: month, year: year)).contains(day)
    else { return nil }
    self.year = year
    self.month = month
    self.day = day
  }

  /// Reads a date written in any of the usual forms; nil when the text is not a real date.
  public init?(parsing text: String) {
    let trimmed = text.trimmingWhitespace
    var numbers: [Int] = []
    var current = ""
    var separators: [Character] = []
    for character in trimmed {
      if character.isASCII, character.isNumber {
        current.append(character)
      } else {
        guard !current.isEmpty, current.count <= 4, let number = Int(current) else { return nil }
        numbers.append(number)
        separators.append(character)
        current = ""
      }
    }
    if !current.isEmpty, let number = Int(current) { numbers.append(number) }
    guard numbers.count == 3 else { return nil }
    let valid: Bool
    switch separators {
    case ["-", "-"], ["/", "/"], [".", "."]: valid = true
    case ["年", "月", "日"]: valid = true
    default: valid = false
    }
    guard valid, String(numbers[0]).count == 4 else { return nil }
    self.init(year: numbers[0], month: numbers[1], day: numbers[2])
  }

  /// `2023年7月2日`.
  public var formatted: String { "\(year)年\(month)月\(day)日" }

  public static func < (lhs: ChineseDate, rhs: ChineseDate) -> Bool {
    (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
  }

  static func daysIn(month: Int, year: Int) -> Int {
    switch month {
    case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
    case 4, 6, 9, 11: 30
    default: 31
    }
  }
}

extension String {
  /// The text without leading and trailing spaces, tabs, line breaks and ideographic spaces.
  public var trimmingWhitespace: String {
    let scalars = unicodeScalars
    guard let first = scalars.firstIndex(where: { !$0.isBlank }),
      let last = scalars.lastIndex(where: { !$0.isBlank })
    else { return "" }
    return String(scalars[first...last])
  }
}

extension Unicode.Scalar {
  /// Space, tab, line break, or the ideographic space U+3000.
  var isBlank: Bool {
    self == " " || self == "\t" || self == "\n" || self == "\r" || value == 0x3000
  }
}
