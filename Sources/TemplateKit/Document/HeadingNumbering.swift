/// Numbers headings from what is present: 一、 for level 1, （一） for 2, 1. for 3, （1） for 4.
/// A heading restarts the count of every level below it, so a section left out leaves no gap.
public enum HeadingNumbering {
  /// The printed number of the `ordinal`-th heading (counting from 1) at `level`.
  public static func number(level: Int, ordinal: Int) -> String {
    switch level {
    case 1: ChineseNumerals.cardinal(ordinal) + "、"
    case 2: "（" + ChineseNumerals.cardinal(ordinal) + "）"
    case 3: "\(ordinal)."
    default: "（\(ordinal)）"
    }
  }
}

extension Document {
  /// Sets the number of every heading, standalone or run-in, in reading order.
  public mutating func numberHeadings() {
    var counters = [Int](repeating: 0, count: 5)
    func numbered(_ heading: Heading) -> Heading {
      let level = min(max(heading.level, 1), 4)
      counters[level] += 1
      for deeper in (level + 1)..<counters.count { counters[deeper] = 0 }
      var copy = heading
      copy.number = HeadingNumbering.number(level: level, ordinal: counters[level])
      return copy
    }
    for position in blocks.indices {
      switch blocks[position] {
      case .heading(let heading):
        blocks[position] = .heading(numbered(heading))
      case .paragraph(var paragraph):
        if let runIn = paragraph.runIn {
          paragraph.runIn = numbered(runIn)
          blocks[position] = .paragraph(paragraph)
        }
      case .title, .signature:
        break
      }
    }
  }
}
