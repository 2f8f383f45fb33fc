/// Makes text literal in CommonMark: what could start a block at the beginning of a line
/// (`#`, `>`, `-`, `+`, `=`, `1.`, indentation) and what could open inline formatting anywhere
/// (`\` `` ` `` `*` `_` `[` `]` `<` `>` `&` `~` `|`) is backslash-escaped. Line breaks inside a
/// value become hard breaks.
enum MarkdownEscaping {
  /// A line break within a paragraph: two spaces before the line's end, the form every
  /// renderer keeps — CommonMark's other form, `\` before the line's end, is lost in
  /// Python-Markdown (MkDocs), which prints the backslash and joins the lines.
  static let hardBreak = "  \n"

  /// `text` escaped; `atLineStart` when it begins a line of the output.
  static func escape(_ text: String, atLineStart: Bool) -> String {
    var lines: [String] = []
    var current = ""
    for character in text {
      if character == "\n" || character == "\r" || character == "\r\n" {
        lines.append(current)
        current = ""
      } else {
        current.append(character)
      }
    }
    lines.append(current)
    return lines.enumerated().map { index, line in
      escapeLine(line, atLineStart: atLineStart || index > 0)
    }.joined(separator: hardBreak)
  }

  private static let inlineSpecials: Set<Character> = [
    "\\", "`", "*", "_", "[", "]", "<", ">", "&", "~", "|",
  ]
  /// Block markers not already among `inlineSpecials`.
  private static let blockStarts: Set<Character> = ["#", "-", "+", "="]

  private static func escapeLine(_ line: String, atLineStart: Bool) -> String {
    var line = Substring(line)
    var out = ""
    if atLineStart {
      // Indentation would make a code block; Markdown ignores it in a paragraph anyway.
      line = line.drop { $0 == " " || $0 == "\t" }
      if let first = line.first, blockStarts.contains(first) {
        out += "\\" + String(first)
        line = line.dropFirst()
      } else {
        // `1.` or `1)` would start an ordered list.
        let digits = line.prefix { $0.isASCII && $0.isNumber }
        let rest = line.dropFirst(digits.count)
        if !digits.isEmpty, digits.count <= 9, let mark = rest.first, mark == "." || mark == ")" {
          out += digits + "\\" + String(mark)
          line = rest.dropFirst()
        }
      }
    }
    for character in line {
      if inlineSpecials.contains(character) { out += "\\" }
      out.append(character)
    }
    return out
  }
}
