/// How headings are numbered: 一、 for level 1, （一） for 2, 1. for 3, （1） for 4. The
/// document builder counts them from what is present, so a section left out leaves no gap.
public enum HeadingNumbering {
  /// The printed number of the `ordinal`-th heading (counting from 1) at `level`.
  public static func number(level: Int, ordinal: Int) -> String {
    let level = min(max(level, 1), 4)
    if ordinal >= 1, ordinal <= common[level - 1].count { return common[level - 1][ordinal - 1] }
    return spelled(level: level, ordinal: ordinal)
  }

  /// The first hundred numbers of each level, made once (so numbering them allocates
  /// nothing).
  private static let common: [[String]] = (1...4).map { level in
    (1...100).map { spelled(level: level, ordinal: $0) }
  }

  private static func spelled(level: Int, ordinal: Int) -> String {
    switch level {
    case 1: ChineseNumerals.cardinal(ordinal) + "、"
    case 2: "（" + ChineseNumerals.cardinal(ordinal) + "）"
    case 3: "\(ordinal)."
    default: "（\(ordinal)）"
    }
  }
}
