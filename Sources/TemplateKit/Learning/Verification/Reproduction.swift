/// Whether learned templates give back the report they were learned from: the generated text
/// against the original, apart from whitespace and the gaps shown where the original had
/// blanks (`XX` in the original, `【待填：…】` in the report).
enum Reproduction {
  /// The character both sides show for a blank or a gap.
  static let blankMark: Character = "□"

  /// The original's text as compared: no whitespace, each blank one mark. Blanks are found
  /// with the whitespace still there, as the learner found them (`X` between spaces is a
  /// blank; with the spaces taken out, `e{Xe` has none).
  static func normalized(original text: String) -> [Character] {
    let scan = TextScan(text)
    var out: [Character] = []
    var index = 0
    while index < scan.count {
      if let end = BlankFacts.blankEnd(in: scan, at: index) {
        out.append(blankMark)
        index = end
      } else if let character = scan[index] {
        if !character.isWhitespace { out.append(character) }
        index += 1
      }
    }
    return out
  }

  /// A generated report's text as compared: no whitespace, each gap one mark — the gaps the
  /// document holds, not text that reads like one (a report may quote `【待填：…】`).
  static func normalized(generated document: Document) -> [Character] {
    var out: [Character] = []
    func add(_ inlines: [Inline]) {
      for inline in inlines {
        switch inline {
        case .text(let text): out += text.string.filter { !$0.isWhitespace }
        case .gap: out.append(blankMark)
        }
      }
    }
    for block in document.blocks {
      switch block {
      case .title(let title): add(title.text)
      case .heading(let heading):
        out += heading.number.filter { !$0.isWhitespace }
        add(heading.text)
      case .paragraph(let paragraph):
        if let runIn = paragraph.runIn {
          out += runIn.number.filter { !$0.isWhitespace }
          add(runIn.text)
        }
        add(paragraph.content)
      case .signature(let signature):
        for line in signature.lines { add(line) }
        add(signature.date)
      }
    }
    return out
  }

  /// Nil when `generated` gives back `original`; else the first place they part, quoted.
  static func difference(original: String, generated: Document) -> String? {
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
