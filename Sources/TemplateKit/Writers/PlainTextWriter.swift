/// Plain text as the corpus looks: one line per block, headings with their numbers, no indents,
/// a blank line before the signature.
public struct PlainTextWriter: DocumentWriter {
  public init() {}

  public func write(_ document: Document) -> [UInt8] {
    Array(text(document).utf8)
  }

  /// The whole report as one string, ending with a line break.
  public func text(_ document: Document) -> String {
    var out = ""
    for block in document.blocks {
      switch block {
      case .title(let title):
        out += title.text.plainText + "\n"
      case .heading(let heading):
        out += heading.number + heading.text.plainText + "\n"
      case .paragraph(let paragraph):
        if let runIn = paragraph.runIn { out += runIn.number + runIn.text.plainText }
        out += paragraph.content.plainText + "\n"
      case .signature(let signature):
        out += "\n"
        for line in signature.lines { out += line.plainText + "\n" }
        out += signature.date.plainText + "\n"
      }
    }
    return out
  }
}
