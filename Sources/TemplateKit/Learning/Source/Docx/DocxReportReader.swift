/// Reads a Word document (.docx, as Word, WPS and LibreOffice save it) into a source report:
/// each paragraph of `word/document.xml` a block — its runs joined however they were split,
/// the number a list style draws put before it, its heading level from its style, a bold head
/// noted; each table row a block of its cells; a line break within a paragraph (Shift+Enter)
/// ending a block. Deleted revisions, field codes, drawings and text boxes are left out.
enum DocxReportReader {
  static func read(_ bytes: [UInt8], file: String) throws(Diagnostic) -> SourceReport {
    let archive = try ZipReader(bytes, file: file)
    guard let documentBytes = try archive.data(named: "word/document.xml") else {
      throw Diagnostic.error(
        "“\(file)”里没有 Word 文档的正文（word/document.xml）",
        hint: "它可能是别的程序的 ZIP 文件改了扩展名；请在 Word 或 WPS 中打开它，另存为 .docx 后重试。")
    }
    let document = try XMLDocument.parse(documentBytes, file: "\(file)（word/document.xml）")
    var reader = DocxReportReader.Walk(file: file)
    if let styles = try archive.data(named: "word/styles.xml") {
      reader.styles = DocxStyleSheet(
        try XMLDocument.parse(styles, file: "\(file)（word/styles.xml）"))
    }
    if let numbering = try archive.data(named: "word/numbering.xml") {
      reader.numbering = DocxNumbering(
        try XMLDocument.parse(numbering, file: "\(file)（word/numbering.xml）"))
    }
    guard let body = document.root.element("body") else {
      throw Diagnostic.error("“\(file)”的正文是空的", hint: "请确认选对了文件。")
    }
    reader.blocks(in: body)
    return SourceReport(file: file, blocks: reader.blocks, markersRemoved: reader.markers)
  }

  /// One pass over the body.
  private struct Walk {
    let file: String
    var styles = DocxStyleSheet()
    var numbering = DocxNumbering()
    var blocks: [SourceBlock] = []
    var markers = 0
    /// Paragraphs read so far, numbering the blocks' lines.
    private var paragraphs = 0

    init(file: String) { self.file = file }

    /// The blocks of the paragraphs and tables in `container`, in order.
    mutating func blocks(in container: XMLElement) {
      for element in container.elements() {
        switch element.name.local {
        case "p": paragraph(element)
        case "tbl": table(element)
        case "sdt", "sdtContent", "customXml", "ins", "smartTag": blocks(in: element)
        default: break
        }
      }
    }

    private mutating func table(_ table: XMLElement) {
      for row in table.elements("tr") {
        paragraphs += 1
        let cells = row.elements("tc").map { cell in
          Self.runs(in: cell, styles: styles).map(\.text).joined()
            .replacingOccurrences(of: "\n", with: "").trimmingWhitespace
        }
        let text = cells.joined(separator: "\t")
        guard !text.trimmingWhitespace.isEmpty else { continue }
        blocks.append(SourceBlock(text: text, line: paragraphs, isTableRow: true))
      }
    }

    private mutating func paragraph(_ paragraph: XMLElement) {
      paragraphs += 1
      let properties = paragraph.element("pPr")
      let style = properties?.element("pStyle")?.attribute("val", namespace: nil)
      var level = styles.level(ofStyle: style)
      if let outline = properties?.element("outlineLvl")?.attribute("val", namespace: nil)
        .flatMap(Int.init), (0...8).contains(outline)
      {
        level = outline + 1
      }
      let reference =
        properties?.element("numPr").flatMap(DocxNumbering.Reference.init)
        ?? styles.numbering(ofStyle: style)
      let label = reference.map { numbering.label(for: $0) } ?? ""
      let paragraphBold = styles.isBold(style: style)
      var runs = Self.runs(in: paragraph, styles: styles, bold: paragraphBold)
      if !label.isEmpty { runs.insert(Run(text: label, bold: runs.first?.bold ?? false), at: 0) }
      // A line break within the paragraph ends a block.
      var lines: [[Run]] = [[]]
      for run in runs {
        let parts = run.text.split(separator: "\n", omittingEmptySubsequences: false)
        for (index, part) in parts.enumerated() {
          if index > 0 { lines.append([]) }
          lines[lines.count - 1].append(Run(text: String(part), bold: run.bold))
        }
      }
      for line in lines { append(line, level: level) }
    }

    private mutating func append(_ runs: [Run], level: Int?) {
      let joined = runs.map(\.text).joined()
      let (withoutMarkers, removed) = SiteMarkers.removing(from: joined)
      markers += removed
      let text = withoutMarkers.trimmingWhitespace
      guard !text.isEmpty else { return }
      var boldHead: Int? = nil
      let leading = runs.prefix { $0.bold || $0.text.trimmingWhitespace.isEmpty }
        .map(\.text).joined().trimmingWhitespace
      if !leading.isEmpty, text.hasPrefix(leading), removed == 0 {
        boldHead = leading.count
      }
      blocks.append(
        SourceBlock(text: text, line: paragraphs, styleLevel: level, boldHead: boldHead))
    }

    /// The text of `element`'s runs, each with whether it is bold; a line break as `\n`.
    static func runs(in element: XMLElement, styles: DocxStyleSheet, bold: Bool = false) -> [Run] {
      var out: [Run] = []
      for child in element.elements() {
        switch child.name.local {
        case "r":
          let properties = child.element("rPr")
          let characterStyle = properties?.element("rStyle")?.attribute("val", namespace: nil)
          let isBold =
            properties.flatMap(DocxStyleSheet.bold)
            ?? (characterStyle.map { styles.isBold(style: $0) } ?? false || bold)
          var text = ""
          for part in child.elements() {
            switch part.name.local {
            case "t": text += part.text
            case "tab", "ptab": text += "\t"
            case "br", "cr":
              if part.attribute("type", namespace: nil) != "page" { text += "\n" }
            case "noBreakHyphen": text += "-"
            default: break
            }
          }
          if !text.isEmpty { out.append(Run(text: text, bold: isBold)) }
        case "del", "moveFrom", "pPr", "rPr", "drawing", "pict", "object", "AlternateContent":
          break
        case "p":
          if !out.isEmpty { out.append(Run(text: "\n", bold: false)) }
          out += runs(in: child, styles: styles, bold: bold)
        default:
          out += runs(in: child, styles: styles, bold: bold)
        }
      }
      return out
    }
  }

  /// Text that looks one way throughout.
  fileprivate struct Run {
    var text: String
    var bold: Bool
  }
}
