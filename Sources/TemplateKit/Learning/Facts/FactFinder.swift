/// Finds the facts in each piece of a report's text, the finders taking turns so that each
/// character belongs to one fact at most: blanks first (they hold no value), then names in
/// quotation marks that hold a number, numbers, the organisation's and people's names, and
/// last the phrases (superiors, enumerations, titles, activities).
struct FactFinder: Sendable {
  /// The year the report is about; nil when the text names none.
  let year: Int?
  let names: KnownNames

  init(_ outline: ReportOutline) {
    self.init(year: Self.reportYear(of: outline), names: KnownNames(outline))
  }

  init(year: Int?, names: KnownNames) {
    self.year = year
    self.names = names
  }

  /// The facts of `unit`, in reading order. `dateLine` says the unit is the date under the
  /// signature.
  func facts(in text: String, dateLine: Bool = false) -> [Fact] {
    var scan = TextScan(text)
    BlankFacts.find(in: &scan)
    PhraseFacts.numberedNames(in: &scan)
    NumberFacts.find(in: &scan, year: year, isDateLine: dateLine)
    names.find(in: &scan)
    PhraseFacts.find(in: &scan)
    return scan.sortedFacts
  }

  /// The year the report is about: the one its title names, else the one written most often
  /// as `2023年` outside full dates (the earlier on a tie: reports look back on a year, and
  /// mention the next one in their plans), else the year of the signature's date.
  private static func reportYear(of outline: ReportOutline) -> Int? {
    if let title = outline.title, let year = years(in: title.text).first { return year }
    var counts: [Int: Int] = [:]
    for unit in outline.units where unit != outline.date {
      for year in years(in: unit.text) { counts[year, default: 0] += 1 }
    }
    if let best = counts.max(by: { ($0.value, -$0.key) < ($1.value, -$1.key) }) { return best.key }
    guard let date = outline.date?.text.filter({ $0.isASCII && $0.isNumber }), date.count >= 4
    else { return nil }
    return Int(date.prefix(4))
  }

  /// The years written as `2023年` in `text` that do not begin a date (`2023年7月2日`).
  private static func years(in text: String) -> [Int] {
    let characters = Array(text)
    var found: [Int] = []
    var index = 0
    while index + 4 < characters.count {
      let digits = String(characters[index..<index + 4])
      guard characters[index + 4] == "年", digits.allSatisfy({ $0.isASCII && $0.isNumber }),
        index == 0 || !(characters[index - 1].isASCII && characters[index - 1].isNumber),
        let year = Int(digits), (1900...2100).contains(year)
      else {
        index += 1
        continue
      }
      var after = index + 5
      while after < characters.count, characters[after].isASCII, characters[after].isNumber {
        after += 1
      }
      if !(after > index + 5 && after < characters.count && characters[after] == "月") {
        found.append(year)
      }
      index += 5
    }
    return found
  }
}
