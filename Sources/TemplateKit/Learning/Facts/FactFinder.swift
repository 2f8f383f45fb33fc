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

  /// The year written most often as `2023年` outside the signature's date (the later on a
  /// tie), or the date's year when the text names no other.
  static func reportYear(of outline: ReportOutline) -> Int? {
    var counts: [Int: Int] = [:]
    for unit in outline.units where unit != outline.date {
      let characters = Array(unit.text)
      var index = 0
      while index + 4 < characters.count {
        let digits = String(characters[index..<index + 4])
        if characters[index + 4] == "年", digits.allSatisfy({ $0.isASCII && $0.isNumber }),
          index == 0 || !(characters[index - 1].isASCII && characters[index - 1].isNumber),
          let year = Int(digits), (1900...2100).contains(year)
        {
          counts[year, default: 0] += 1
          index += 5
        } else {
          index += 1
        }
      }
    }
    if let best = counts.max(by: { ($0.value, $0.key) < ($1.value, $1.key) }) { return best.key }
    guard let date = outline.date?.text.filter({ $0.isASCII && $0.isNumber }), date.count >= 4
    else { return nil }
    return Int(date.prefix(4))
  }
}
