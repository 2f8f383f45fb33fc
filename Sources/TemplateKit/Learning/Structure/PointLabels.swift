/// The labels reports number their points with — 一是、二是…, 第一，第二，…, 1．2．…,
/// （1）（2）… — found in a paragraph or at the start of paragraphs, in the styles the
/// template language's `{% points %}` numbers with (so that what is found is given back).
enum PointLabels {
  /// First labels of the styles points are found in, one a paragraph.
  static let paragraphStyles = [
    "一是", "一要", "第一，", "第一、", "第一是", "一、", "（一）", "1．", "1.", "1、", "（1）", "(1)",
  ]
  /// First labels of the styles found within one paragraph: those that cannot be mistaken for
  /// a decimal or a heading.
  static let inlineStyles = ["一是", "一要", "第一，", "第一、", "第一是", "（1）"]

  /// Marks after which a point may start inside a paragraph.
  private static let clauseEnds: Set<Character> = ["。", "；", "：", "，", "！", "？"]

  /// The label of point `ordinal` (from 1) in the style whose first label is `first`.
  static func label(_ ordinal: Int, style first: String) -> String {
    PointStyle(example: first)?.label(ordinal) ?? first
  }

  /// The style of the label `text` starts with, when it starts with a first label.
  static func firstLabel(startingParagraph text: String) -> String? {
    paragraphStyles.first { text.hasPrefix($0) && text.count > $0.count }
  }

  /// The points numbered within `text`: the lead before the first label, and the offsets
  /// (in characters) where each label starts, with the style. Nil unless at least two points
  /// follow each other in order, each label opening a clause.
  static func inline(in text: String) -> (style: String, starts: [Int])? {
    let characters = Array(text)
    for style in inlineStyles {
      var starts: [Int] = []
      var from = 0
      while let found = find(
        label(starts.count + 1, style: style), in: characters, from: from)
      {
        starts.append(found)
        from = found + 1
      }
      if starts.count >= 2 { return (style, starts) }
    }
    return nil
  }

  /// Where `label` first opens a clause in `characters` at or after `from`.
  private static func find(_ label: String, in characters: [Character], from: Int) -> Int? {
    let wanted = Array(label)
    guard !wanted.isEmpty, characters.count > wanted.count else { return nil }
    var index = from
    while index + wanted.count < characters.count {
      if characters[index] == wanted[0], Array(characters[index..<index + wanted.count]) == wanted,
        index == 0 || clauseEnds.contains(characters[index - 1])
      {
        return index
      }
      index += 1
    }
    return nil
  }
}
