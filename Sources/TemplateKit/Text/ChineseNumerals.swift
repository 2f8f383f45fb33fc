/// Numbers written in Chinese characters, as reports write enumerations and fixed phrases
/// (GB/T 15835-2011): 三, 二十一, 一百零五; years digit by digit: 二〇二三.
public enum ChineseNumerals {
  private static let digitNames: [String] = ["零", "一", "二", "三", "四", "五", "六", "七", "八", "九"]
  private static let yearDigitNames: [String] = [
    "〇", "一", "二", "三", "四", "五", "六", "七", "八", "九",
  ]

  /// The number as it is read: 0 → 零, 10 → 十, 21 → 二十一, 105 → 一百零五, 12000 → 一万二千,
  /// -3 → 负三.
  public static func cardinal(_ number: Int) -> String {
    if number >= 0, number < small.count { return small[number] }
    return spelled(number)
  }

  /// The numbers reports count with most (points, headings, the lengths of lists), spelled
  /// once, so that writing them allocates nothing.
  private static let small: [String] = (0..<1000).map(spelled)

  private static func spelled(_ number: Int) -> String {
    if number == 0 { return "零" }
    if number < 0 {
      return "负" + spelled(number == Int.min ? Int.max : -number)
    }
    // Groups of four digits, named 万 and 亿 upwards.
    let groupNames = ["", "万", "亿", "万亿", "亿亿"]
    var groups: [Int] = []
    var rest = number
    while rest > 0 {
      groups.append(rest % 10_000)
      rest /= 10_000
    }
    var out = ""
    var pendingZero = false
    for position in stride(from: groups.count - 1, through: 0, by: -1) {
      let group = groups[position]
      if group == 0 {
        pendingZero = !out.isEmpty
        continue
      }
      if pendingZero || (!out.isEmpty && group < 1000) { out += "零" }
      pendingZero = false
      out += groupText(group) + groupNames[position]
    }
    // 一十 is read 十 when it leads the number: 十二, not 一十二.
    if out.hasPrefix("一十") { out.removeFirst() }
    return out
  }

  /// 1–9999 as read inside a group, with 零 for inner missing places (1005 → 一千零五).
  private static func groupText(_ group: Int) -> String {
    let units = ["千", "百", "十", ""]
    let digits = [group / 1000, group / 100 % 10, group / 10 % 10, group % 10]
    var out = ""
    var zero = false
    for (place, digit) in digits.enumerated() {
      if digit == 0 {
        zero = !out.isEmpty
        continue
      }
      if zero { out += "零" }
      zero = false
      out += digitNames[digit] + units[place]
    }
    return out
  }

  /// The number as it is said before a measure word (GB/T 15835 and usage): 2 → 两 (两项,
  /// 两次), and a leading 二 before 千, 万 or 亿 → 两 (两千人); 二 everywhere else (十二, 二十,
  /// 二百).
  public static func quantity(_ number: Int) -> String {
    let text = cardinal(number)
    if text == "二" { return "两" }
    for unit in ["千", "万", "亿"] where text.hasPrefix("二" + unit) {
      return "两" + text.dropFirst()
    }
    return text
  }

  /// Measure words (量词) a quantity is counted in: after one, 2 is 两.
  public static let measureWords: Set<Character> = [
    "个", "项", "次", "名", "位", "条", "件", "家", "所", "批", "支", "场", "期", "天", "年", "周",
    "人", "户", "部", "篇", "份", "本", "处", "座", "台", "类", "种", "轮", "届", "道", "块", "张",
    "组", "队", "级", "堂", "节", "起", "例", "笔", "轮", "封", "则", "点", "季", "方", "层", "套",
  ]

  /// Each digit in turn, as years are written: 2023 → 二〇二三.
  public static func digits(_ number: Int) -> String {
    let text = String(number.magnitude)
    return (number < 0 ? "负" : "")
      + text.unicodeScalars.map { yearDigitNames[Int($0.value) - 48] }.joined()
  }
}
