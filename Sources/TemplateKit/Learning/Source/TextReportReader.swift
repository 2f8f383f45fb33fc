/// Reads a report saved as plain text or Markdown: every line that holds text is a paragraph
/// (reports put one paragraph on a line), blank lines only separate.
///
/// Markdown adds what its marks say: `#` headings (the level is the number of `#`), a bold
/// head (`**（一）标题。**正文`) or a whole bold line, table rows (`| 甲 | 乙 |`, the rule
/// under the head dropped), list bullets and backslash escapes. `**` elsewhere stays as
/// written: in reports it is a blank left for a number (`召开党组会**次`).
enum TextReportReader {
  /// The report in `text`, read from `file`; `markdown` reads Markdown's marks.
  static func read(_ text: String, file: String, markdown: Bool) -> SourceReport {
    var blocks: [SourceBlock] = []
    var markers = 0
    for (index, rawLine) in text.split(separator: "\n", omittingEmptySubsequences: false)
      .enumerated()
    {
      let (withoutMarkers, removed) = SiteMarkers.removing(from: String(rawLine))
      markers += removed
      let line = withoutMarkers.trimmingWhitespace
      guard !line.isEmpty else { continue }
      let indent = withoutMarkers.prefix { $0.isBlankCharacter }.count
      let block =
        markdown
        ? markdownBlock(line, line: index + 1)
        : SourceBlock(text: line, line: index + 1, column: indent + 1)
      if var block, !block.text.isEmpty {
        if markdown { block.column = indent + 1 }
        blocks.append(block)
      }
    }
    return SourceReport(file: file, blocks: blocks, markersRemoved: markers)
  }

  /// A Markdown line as a block; nil for a line that shows nothing (a table's rule).
  private static func markdownBlock(_ line: String, line number: Int) -> SourceBlock? {
    var text = Substring(line)
    var level: Int? = nil
    if text.hasPrefix("#") {
      let hashes = text.prefix { $0 == "#" }.count
      let rest = text.dropFirst(hashes)
      if hashes <= 6, rest.first == " " {
        level = hashes
        text = rest.drop { $0 == " " }
        while text.hasSuffix("#") { text = text.dropLast() }
      }
    }
    if text.hasPrefix("|") {
      let cells = text.dropFirst().split(separator: "|", omittingEmptySubsequences: false)
        .map { unescaped(String($0).trimmingWhitespace) }
      let shown = cells.last == "" ? Array(cells.dropLast()) : cells
      if shown.allSatisfy({ $0.allSatisfy { "-: ".contains($0) } }) { return nil }
      return SourceBlock(text: shown.joined(separator: "\t"), line: number, isTableRow: true)
    }
    if level == nil, let bullet = text.first, "-+".contains(bullet), text.dropFirst().first == " " {
      text = text.dropFirst(2)
    }
    var boldHead: Int? = nil
    if text.hasPrefix("**"), let close = text.dropFirst(2).range(of: "**"),
      close.lowerBound > text.index(text.startIndex, offsetBy: 2)
    {
      let head = unescaped(
        String(text[text.index(text.startIndex, offsetBy: 2)..<close.lowerBound]))
      let rest = unescaped(String(text[close.upperBound...]))
      if rest.trimmingWhitespace.isEmpty {
        return SourceBlock(text: head, line: number, styleLevel: level, boldHead: head.count)
      }
      boldHead = head.count
      return SourceBlock(text: head + rest, line: number, styleLevel: level, boldHead: boldHead)
    }
    return SourceBlock(text: unescaped(String(text)), line: number, styleLevel: level)
  }

  /// Markdown's backslash escapes taken out: `\*` is `*`.
  private static func unescaped(_ text: String) -> String {
    guard text.contains("\\") else { return text }
    var out = ""
    var escaping = false
    for character in text {
      if escaping {
        out.append(character)
        escaping = false
      } else if character == "\\" {
        escaping = true
      } else {
        out.append(character)
      }
    }
    if escaping { out.append("\\") }
    return out
  }
}

/// Markers document sites leave in the texts they serve (`##paidbegin##`, `##paidend##`):
/// `##`, ASCII letters, `##`. They are not part of any report.
enum SiteMarkers {
  /// `text` without its markers, and how many there were.
  static func removing(from text: String) -> (String, Int) {
    guard text.contains("##") else { return (text, 0) }
    let characters = Array(text)
    var out = ""
    var removed = 0
    var index = 0
    while index < characters.count {
      if let end = markerEnd(in: characters, at: index) {
        removed += 1
        index = end
        continue
      }
      out.append(characters[index])
      index += 1
    }
    return (out, removed)
  }

  /// Where a marker starting at `index` ends, if one does.
  private static func markerEnd(in characters: [Character], at index: Int) -> Int? {
    guard index + 4 < characters.count, characters[index] == "#", characters[index + 1] == "#"
    else { return nil }
    var end = index + 2
    while end < characters.count, characters[end].isASCII, characters[end].isLetter { end += 1 }
    guard end > index + 2, end + 1 < characters.count, characters[end] == "#",
      characters[end + 1] == "#"
    else { return nil }
    return end + 2
  }
}
