/// Turns a run of template text into nodes, the way the document model wants it: a line break
/// inside a paragraph joins the lines (Chinese needs no space between them), a blank line ends
/// the paragraph, and spaces at the ends of lines are dropped. So a tag alone on its line
/// leaves nothing behind, and paragraphs come from blank lines, not from characters.
enum TextLayout {
  enum Mode {
    /// Body text: lines join, blank lines break paragraphs.
    case paragraphs
    /// A signature: every line is a line of its own.
    case lines
  }

  /// The nodes for `bytes`; `startsLine` says whether the text begins at the start of a line
  /// (only the start of the template does: other text follows a tag on the same line).
  static func nodes(_ bytes: ArraySlice<UInt8>, startsLine: Bool, mode: Mode) -> [Node] {
    var nodes: [Node] = []
    var pending = ""
    let segments = bytes.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
    for (index, segment) in segments.enumerated() {
      let atLineStart = index > 0 || startsLine
      let atLineEnd = index < segments.count - 1
      var line = Substring(String(decoding: segment, as: UTF8.self))
      if atLineStart { line = line.drop { $0.isBlankCharacter } }
      if atLineEnd || line.last == "\r" {
        while let last = line.last, last.isBlankCharacter { line.removeLast() }
      }
      if atLineStart, atLineEnd, line.isEmpty {
        if mode == .paragraphs {
          flush(&pending, into: &nodes)
          nodes.append(.paragraphBreak)
        }
        continue
      }
      if let last = pending.last, let first = line.first, last.isASCIIWordCharacter,
        first.isASCIIWordCharacter
      {
        pending += " "
      }
      pending += line
      if atLineEnd, mode == .lines {
        flush(&pending, into: &nodes)
        nodes.append(.paragraphBreak)
      }
    }
    flush(&pending, into: &nodes)
    return nodes
  }

  private static func flush(_ pending: inout String, into nodes: inout [Node]) {
    if !pending.isEmpty { nodes.append(.text(InlineText(pending))) }
    pending = ""
  }
}

extension Character {
  /// Space, tab, carriage return or ideographic space (U+3000), which Chinese writers use to
  /// indent by hand.
  var isBlankCharacter: Bool {
    self == " " || self == "\t" || self == "\r" || self == "\u{3000}" || self == "\r\n"
  }

  var isASCIIWordCharacter: Bool { isASCII && (isLetter || isNumber) }
}
