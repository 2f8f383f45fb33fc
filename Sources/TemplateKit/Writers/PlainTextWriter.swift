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

  /// Reads the document's store directly: no tree is built to write it.
  private func write(_ document: Document, to out: inout [UInt8]) {
    let storage = document.storage
    for record in storage.records {
      if let head = record.head {
        out += storage.bytes[head.number]
        storage.appendText(of: head.text, to: &out)
      }
      switch record.kind {
      case .title, .paragraph, .flushParagraph:
        storage.appendText(of: record.content, to: &out)
        out.append(UInt8(ascii: "\n"))
      case .heading:
        out.append(UInt8(ascii: "\n"))
      case .signature:
        out.append(UInt8(ascii: "\n"))
        for line in storage.lines[record.content] {
          storage.appendText(of: line, to: &out)
          out.append(UInt8(ascii: "\n"))
        }
      }
    }
  }
}
