/// Messages the YAML scanner's parts share.
extension SourceText {
  /// The error for a tab where YAML wants spaces: in the indentation of a line.
  func tabIndentationError(at mark: TextPosition) -> Diagnostic {
    error("不能用 Tab 缩进", at: mark, hint: "YAML 只能用空格缩进，请把这里的 Tab 换成空格。")
  }

  /// What to suggest for `line` when a colon was expected: a full-width colon, a colon with
  /// no space after it, or `fallback`.
  func colonHint(line: Int, fallback: String? = nil) -> String {
    let text = self.line(line) ?? ""
    if text.contains("：") {
      return "第 \(line) 行用了全角冒号“：”；请改成半角冒号“:”，并在后面加一个空格。"
    }
    let scalars = Array(text.unicodeScalars)
    for (index, scalar) in scalars.enumerated() where scalar == ":" {
      if index + 1 < scalars.count, !scalars[index + 1].isYAMLBlank {
        return "第 \(line) 行的冒号后面要加一个空格，例如“党组会: 12”。"
      }
    }
    return fallback ?? "每一行应当是“键: 值”或列表项“- 值”；如果这是上一行的续行，请缩进得更深。"
  }

  /// Whether only blanks and list entries' `-` stand before `mark` on its line: a scalar
  /// there stands where a key may.
  func startsKeyPosition(_ mark: TextPosition) -> Bool {
    (line(mark.line) ?? "").unicodeScalars.prefix(mark.column - 1).allSatisfy {
      $0.isYAMLBlank || $0 == "-"
    }
  }

  /// Whether only blanks stand before `mark` on its line.
  func isFirstOnLine(_ mark: TextPosition) -> Bool {
    (line(mark.line) ?? "").unicodeScalars.prefix(mark.column - 1).allSatisfy(\.isYAMLBlank)
  }
}
