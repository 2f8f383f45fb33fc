/// Whether learned templates give back the report they were learned from: the generated text
/// against the original, apart from whitespace and the gaps shown where the original had
/// blanks (`XX` in the original, `【待填：…】` in the report).
enum Reproduction {
  /// The character both sides show for a blank or a gap.
  static let blankMark: Character = "□"

  /// The original's text as compared: no whitespace, each blank one mark.
  static func normalized(original text: String) -> [Character] {
    let scan = TextScan(text.filter { !$0.isWhitespace })
    var out: [Character] = []
    var index = 0
    while index < scan.count {
      if let end = BlankFacts.blankEnd(in: scan, at: index) {
        out.append(blankMark)
        index = end
      } else if let character = scan[index] {
        out.append(character)
        index += 1
      }
    }
    return out
  }

  /// A generated report's text as compared: no whitespace, each gap one mark.
  static func normalized(generated text: String) -> [Character] {
    let characters = Array(text.filter { !$0.isWhitespace })
    var out: [Character] = []
    var index = 0
    while index < characters.count {
      if characters[index] == "【", characters[index...].starts(with: "【待填："),
        let close = characters[index...].firstIndex(of: "】")
      {
        out.append(blankMark)
        index = close + 1
      } else {
        out.append(characters[index])
        index += 1
      }
    }
    return out
  }

  /// Nil when `generated` gives back `original`; else the first place they part, quoted.
  static func difference(original: String, generated: String) -> String? {
    let left = normalized(original: original)
    let right = normalized(generated: generated)
    guard left != right else { return nil }
    let common = zip(left, right).prefix { $0 == $1 }.count
    func excerpt(_ text: [Character]) -> String {
      String(text[max(0, common - 10)..<min(text.count, common + 20)])
    }
    return "原文“…\(excerpt(left))…”，生成的是“…\(excerpt(right))…”"
  }
}
