/// What learning took from a report, for the person who asked: how many facts became fields
/// of which kinds, how many numbers of the text are fields, whether the templates give the
/// report back, and the text with every field marked (`召开党组会【统计.党组会=12】次`) so
/// that what was taken can be seen and edited.
public struct LearningAccount: Sendable {
  /// The reports learned from, as the user named them.
  public var sources: [String]
  /// The report kind made.
  public var kindID: String
  /// How many top-level parts the report has.
  public var sections: Int
  /// How many places of the text print a field, and how many fields there are.
  public var uses: Int
  public var fields: Int
  /// Fields by type, in the order of `FieldType.allCases`.
  public var byType: [(type: FieldType, count: Int)]
  /// Fields that are blanks the writer left, without a value.
  public var blanks: Int
  /// The numbers written in digits in the text, and how many of them a field prints.
  public var numbers: Int
  public var numbersInFields: Int
  /// Markers of a document site taken out of the text.
  public var markersRemoved: Int
  /// Where a learned template fails to give back its report; empty when all do.
  public var mismatches: [String]
  /// Problems `draft check` finds in the learned answers; empty when there are none.
  public var answerProblems: [String]
  /// The text of each report with its fields marked.
  public var markedTexts: [String]

  /// The summary the terminal shows.
  public var summary: String {
    var out = "从" + sources.map { "“\($0)”" }.joined(separator: "、") + "学得报告类型“\(kindID)”："
    out += sections > 0 ? "\(sections) 个部分" : "通篇段落"
    out += "，\(uses) 处事实成为 \(fields) 个字段（"
    out += byType.filter { $0.count > 0 }.map { "\($0.type.rawValue) \($0.count)" }.joined(
      separator: "、")
    out += "）。\n"
    if numbers > 0 {
      let share = Double(numbersInFields) * 100 / Double(numbers)
      out +=
        "原文中的 \(numbers) 个数字有 \(numbersInFields) 个成为字段（\(NumberFormatting.fixed(share, decimals: 0))%）。\n"
    }
    if blanks > 0 {
      out += "原文留空的 \(blanks) 处（XX、** 等）成为待填的字段，生成时显示为【待填：…】，draft check 逐一列出，填上即可。\n"
    }
    if markersRemoved > 0 { out += "已去掉文档网站留下的标记 \(markersRemoved) 处（如 ##paidbegin##）。\n" }
    if mismatches.isEmpty {
      out += "检查：用学得的答案生成的报告与原文一致（不计空白）"
      if answerProblems.isEmpty {
        out += blanks > 0 ? "，draft check 除待填项外没有发现问题。\n" : "，draft check 没有发现问题。\n"
      } else {
        out += "。\n"
      }
    } else {
      out += "注意：学得的模板没能完全还原原文：" + mismatches.joined(separator: "；") + "\n"
    }
    if !answerProblems.isEmpty {
      out += "注意：draft check 在学得的答案中发现问题：\n" + answerProblems.joined(separator: "\n") + "\n"
    }
    return out
  }

  /// The account's file: the summary, then each report's text with its fields marked.
  public var text: String {
    var out = summary + "\n标注说明：【字段=原文】是一个字段及其在原文中的值；【字段=】是原文留空、需要填写的字段。\n"
    for (source, marked) in zip(sources, markedTexts) {
      out += "\n——— \(source) ———\n\n" + marked + "\n"
    }
    return out
  }

  /// A report's text with its fields marked, rebuilt block by block from its units.
  static func marked(_ report: SourceReport, units: [(TextUnit, [TemplatePiece])]) -> String {
    var byLine: [Int: [(TextUnit, [TemplatePiece])]] = [:]
    for entry in units { byLine[entry.0.line, default: []].append(entry) }
    var lines: [String] = []
    for block in report.blocks {
      var characters = Array(block.text)
      let onLine = (byLine[block.line] ?? []).sorted { $0.0.column > $1.0.column }
      for (unit, pieces) in onLine {
        let start = unit.column - block.column
        let end = start + unit.text.count
        guard start >= 0, end <= characters.count else { continue }
        var marked = ""
        for piece in pieces {
          switch piece {
          case .text(let text): marked += text
          case .field(let path, _, let written):
            let shown = BlankFacts.isBlank(written) ? "" : written
            marked += "【\(path)=\(shown)】"
          }
        }
        characters.replaceSubrange(start..<end, with: Array(marked))
      }
      lines.append(String(characters))
    }
    return lines.joined(separator: "\n")
  }
}
