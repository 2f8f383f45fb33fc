/// Writes a report as Markdown (CommonMark): the title as `#`, level 1 headings `##`, level 2
/// `###`, levels 3 and 4 `####`; run-in headings bold at the start of their paragraph; blocks
/// separated by blank lines; the signature and date as lines joined by hard breaks (two spaces
/// before the line's end, which every renderer keeps). Values are
/// escaped, so none can add formatting.
///
/// Bold next to Chinese punctuation needs care: CommonMark closes `**` after a mark such as
/// `。` only when punctuation or a space follows, so a run-in heading's closing punctuation is
/// set after the bold (`**（一）切实增强责任意识**。继续…`) and a gap marker bolds the words
/// inside its brackets (`【**待填：党组会次数**】`). Both render bold everywhere.
public struct MarkdownWriter: DocumentWriter {
  /// A Markdown writer; it needs no settings.
  public init() {}

  /// The Markdown, UTF-8. Throws a `Diagnostic` when the text holds a control character.
  public func write(_ document: Document) throws(Diagnostic) -> [UInt8] {
    Array(try text(document).utf8)
  }

  /// The Markdown as a string, ending with a line break.
  public func text(_ document: Document) throws(Diagnostic) -> String {
    try DocumentCharacters.check(document)
    var blocks: [String] = []
    for block in document.blocks {
      switch block {
      case .title(let title):
        blocks.append("# " + markdown(title.text))
      case .heading(let heading):
        let marks = String(repeating: "#", count: min(DocxStyle.clamped(heading.level) + 1, 4))
        blocks.append(marks + " " + markdown([.text(InlineText(heading.number))] + heading.text))
      case .paragraph(let paragraph):
        var out = ""
        if let runIn = paragraph.runIn {
          out += runInHeading(runIn.number + runIn.text.plainText)
        }
        blocks.append(out + markdown(paragraph.content, atLineStart: out.isEmpty))
      case .signature(let signature):
        let lines = (signature.lines + [signature.date]).map { markdown($0) }
        blocks.append(lines.joined(separator: MarkdownEscaping.hardBreak))
      }
    }
    return blocks.joined(separator: "\n\n") + "\n"
  }

  /// A run-in heading in bold, its closing punctuation after the bold.
  private func runInHeading(_ text: String) -> String {
    let head = String(text.reversed().drop { $0.isPunctuation || $0.isWhitespace }.reversed())
    let tail = MarkdownEscaping.escape(String(text.dropFirst(head.count)), atLineStart: false)
    guard !head.isEmpty else { return tail }
    return "**" + MarkdownEscaping.escape(head, atLineStart: false) + "**" + tail
  }

  /// Inline content as Markdown, gap markers bold.
  private func markdown(_ inlines: [Inline], atLineStart: Bool = true) -> String {
    var out = ""
    var lineStart = atLineStart
    for inline in inlines {
      switch inline {
      case .text(let text):
        out += MarkdownEscaping.escape(text.string, atLineStart: lineStart)
      case .gap(let gap):
        let label = MarkdownEscaping.escape("待填：" + gap.label, atLineStart: false)
        out += "【**" + label + "**】"
      }
      lineStart = out.isEmpty ? lineStart : out.hasSuffix(MarkdownEscaping.hardBreak)
    }
    return out
  }
}
