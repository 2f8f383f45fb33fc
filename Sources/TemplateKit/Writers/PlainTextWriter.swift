/// Plain text as the corpus looks: one line per block, headings with their numbers, no indents,
/// a blank line before the signature.
public struct PlainTextWriter: DocumentWriter {
  public init() {}

  public func write(_ document: Document) -> [UInt8] {
    var out: [UInt8] = []
    out.reserveCapacity(document.estimatedTextBytes)
    write(document, to: &out)
    return out
  }

  /// The whole report as one string, ending with a line break.
  public func text(_ document: Document) -> String {
    String(decoding: write(document), as: UTF8.self)
  }

  private func write(_ document: Document, to out: inout [UInt8]) {
    for block in document.blocks {
      switch block {
      case .title(let title):
        append(title.text, to: &out)
      case .heading(let heading):
        out += heading.number.utf8
        append(heading.text, to: &out)
      case .paragraph(let paragraph):
        if let runIn = paragraph.runIn {
          out += runIn.number.utf8
          append(runIn.text, to: &out, ending: false)
        }
        append(paragraph.content, to: &out)
      case .signature(let signature):
        out.append(UInt8(ascii: "\n"))
        for line in signature.lines { append(line, to: &out) }
        append(signature.date, to: &out)
      }
    }
  }

  /// Text with gap markers in place, then a line break unless `ending` says otherwise.
  private func append(_ inlines: [Inline], to out: inout [UInt8], ending: Bool = true) {
    inlines.appendPlainText(to: &out)
    if ending { out.append(UInt8(ascii: "\n")) }
  }
}
