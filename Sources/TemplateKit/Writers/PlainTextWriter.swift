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
    out.reserveCapacity(document.estimatedTextBytes)
    for block in document.blocks {
      switch block {
      case .title(let title):
        append(title.text, to: &out)
      case .heading(let heading):
        out += heading.number
        append(heading.text, to: &out)
      case .paragraph(let paragraph):
        if let runIn = paragraph.runIn {
          out += runIn.number
          append(runIn.text, to: &out, ending: "")
        }
        append(paragraph.content, to: &out)
      case .signature(let signature):
        out += "\n"
        for line in signature.lines { append(line, to: &out) }
        append(signature.date, to: &out)
      }
    }
    return out
  }

  /// Text with gap markers in place, then `ending` (a line break unless told otherwise).
  private func append(_ inlines: [Inline], to out: inout String, ending: String = "\n") {
    for inline in inlines {
      switch inline {
      case .text(let text): out += text
      case .gap(let gap): out += gap.marker
      }
    }
    out += ending
  }
}
