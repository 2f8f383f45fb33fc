/// Writes a report as one self-contained HTML page (inline CSS, no scripts, nothing fetched)
/// that looks like the printed report: on screen a sheet of A4 paper on grey, in print the
/// GB/T 9704 page with `— 1 —` page numbers. Gap markers are `<mark class="gap">`.
public struct HTMLWriter: DocumentWriter {
  /// The fonts to name.
  public var options: WriterOptions

  /// A writer naming the fonts in `options` (by default the GB2312 set).
  public init(options: WriterOptions = WriterOptions()) {
    self.options = options
  }

  /// The page, UTF-8. Throws a `Diagnostic` when the text holds a control character.
  public func write(_ document: Document) throws(Diagnostic) -> [UInt8] {
    Array(try page(document).utf8)
  }

  /// The page as a string.
  public func page(_ document: Document) throws(Diagnostic) -> String {
    try DocumentCharacters.check(document)
    let title = document.blocks.lazy.compactMap { block -> String? in
      if case .title(let title) = block { return title.text.plainText }
      return nil
    }.first
    return """
      <!DOCTYPE html>
      <html lang="zh-CN">
      <head>
      <meta charset="utf-8">
      <meta name="viewport" content="width=device-width, initial-scale=1">
      <title>\((title ?? "报告").htmlEscaped)</title>
      <style>
      \(HTMLStyleSheet(fonts: options.fonts).css)</style>
      </head>
      <body>
      <main class="sheet">
      \(body(document))</main>
      </body>
      </html>

      """
  }

  private func body(_ document: Document) -> String {
    var out = ""
    for block in document.blocks {
      switch block {
      case .title(let title):
        let lines = TitleLines.lines(title).map(Self.html)
        out += "<h1>\(lines.joined(separator: "<br>"))</h1>\n"
      case .heading(let heading):
        let level = DocxStyle.clamped(heading.level)
        out +=
          "<h\(level + 1)>\(Self.html(heading.number))\(Self.html(heading.text))</h\(level + 1)>\n"
      case .paragraph(let paragraph):
        out += paragraph.style == .flush ? #"<p class="addressee">"# : "<p>"
        if let runIn = paragraph.runIn {
          let level = runIn.isBold ? "bold" : "level-\(DocxStyle.clamped(runIn.level))"
          out += #"<span class="run-in \#(level)">"#
          out += Self.html(runIn.number) + Self.html(runIn.text) + "</span>"
        }
        out += Self.html(paragraph.content) + "</p>\n"
      case .signature(let signature):
        let layout = SignatureLayout(signature)
        out += #"<div class="signature">"# + "\n"
        for line in signature.lines {
          out += #"<p class="signer" style="\#(Self.rightIndent(layout.signatureIndent))">"#
          out += Self.html(line) + "</p>\n"
        }
        out += #"<p class="date" style="\#(Self.rightIndent(layout.dateIndent))">"#
        out += Self.html(signature.date) + "</p>\n</div>\n"
      }
    }
    return out
  }

  /// A right indent of `halfCells` half characters of the grid.
  private static func rightIndent(_ halfCells: Int) -> String {
    "padding-right: calc(\(halfCells) * var(--cell) / 2)"
  }

  /// Inline content: text escaped, line breaks as `<br>`, gaps as marked text that names the
  /// missing field.
  private static func html(_ inlines: [Inline]) -> String {
    var out = ""
    for inline in inlines {
      switch inline {
      case .text(let text): out += html(text.string)
      case .gap(let gap):
        out += #"<mark class="gap" title="待填：\#(gap.field.htmlEscaped)">"#
        out += gap.marker.htmlEscaped + "</mark>"
      }
    }
    return out
  }

  private static func html(_ text: String) -> String {
    var out = ""
    for character in text {
      switch character {
      case "\n", "\r", "\r\n": out += "<br>"
      default: out += String(character).htmlEscaped
      }
    }
    return out
  }
}
