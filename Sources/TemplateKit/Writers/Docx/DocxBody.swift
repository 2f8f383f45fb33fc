/// `word/document.xml`: one Word paragraph per block (the title's lines joined by line breaks
/// inside one paragraph), so the paragraphs read like the plain-text writer's lines; then the
/// section properties that set the page.
struct DocxBody {
  var document: Document

  /// The part's bytes.
  var xml: String {
    var paragraphs = ""
    for (index, block) in document.blocks.enumerated() {
      // The paragraph before the signature keeps its last line on the signature's page: a page
      // holding only the signature and date is what GB/T 9704 §7.3.5.4 tells offices to avoid.
      let keepWithNext =
        if index + 1 < document.blocks.count, case .signature = document.blocks[index + 1] {
          true
        } else {
          false
        }
      switch block {
      case .title(let title):
        let lines = TitleLines.lines(title).map { WordML.runs($0) }
        paragraphs += paragraph(
          DocxStyle.title, lines.joined(separator: "<w:r><w:br/></w:r>"),
          keepWithNext: keepWithNext)
      case .heading(let heading):
        paragraphs += paragraph(
          DocxStyle.heading(level: heading.level),
          WordML.runs(heading.number) + WordML.runs(heading.text))
      case .paragraph(let body):
        var runs = ""
        if let runIn = body.runIn {
          let style = DocxStyle.runInHeading(level: runIn.level)
          runs += WordML.runs([.text(InlineText(runIn.number))] + runIn.text, style: style)
        }
        runs += WordML.runs(body.content)
        paragraphs += paragraph(
          body.style == .flush ? DocxStyle.addressee : DocxStyle.normal, runs,
          keepWithNext: keepWithNext)
      case .signature(let signature):
        // The blank line under the body.
        paragraphs += "<w:p><w:pPr><w:keepNext/></w:pPr></w:p>"
        let layout = SignatureLayout(signature)
        for line in signature.lines {
          paragraphs += paragraph(
            DocxStyle.signature, WordML.runs(line), rightIndent: layout.signatureIndent)
        }
        paragraphs += paragraph(
          DocxStyle.date, WordML.runs(signature.date), rightIndent: layout.dateIndent)
      }
    }
    return WordML.declaration
      + #"<w:document \#(WordML.namespaces)><w:body>"#
      + paragraphs + Self.sectionProperties + "</w:body></w:document>"
  }

  /// A paragraph in `style`, kept on the page of the next when `keepWithNext`. `rightIndent`
  /// (half cells) overrides the style's two characters when it differs.
  private func paragraph(
    _ style: String, _ runs: String, keepWithNext: Bool = false, rightIndent: Int? = nil
  ) -> String {
    var properties = #"<w:pStyle w:val="\#(style)"/>"#
    if keepWithNext { properties += "<w:keepNext/>" }
    if let rightIndent, rightIndent != SignatureLayout.minimumIndent {
      let chars = rightIndent * 50
      let twips = rightIndent * PageGeometry.characterTwips / 2
      properties +=
        #"<w:ind w:rightChars="\#(chars)" w:right="\#(twips)" w:firstLineChars="0" w:firstLine="0"/>"#
    }
    return "<w:p><w:pPr>\(properties)</w:pPr>\(runs)</w:p>"
  }

  /// A4, GB/T 9704 margins, the odd and even footers, and the grid of 22 lines (the 28
  /// characters a line come from the styles' condensed spacing: see `PageGeometry`).
  private static let sectionProperties =
    "<w:sectPr>"
    + #"<w:footerReference w:type="default" r:id="\#(DocxPackage.oddFooterID)"/>"#
    + #"<w:footerReference w:type="even" r:id="\#(DocxPackage.evenFooterID)"/>"#
    + #"<w:pgSz w:w="\#(PageGeometry.pageWidthTwips)" w:h="\#(PageGeometry.pageHeightTwips)"/>"#
    + #"<w:pgMar w:top="\#(PageGeometry.topMarginTwips)" w:right="\#(PageGeometry.rightMarginTwips)" "#
    + #"w:bottom="\#(PageGeometry.bottomMarginTwips)" w:left="\#(PageGeometry.leftMarginTwips)" "#
    + #"w:header="851" w:footer="\#(PageGeometry.footerDistanceTwips)" w:gutter="0"/>"#
    + #"<w:cols w:space="425"/>"#
    + #"<w:docGrid w:type="lines" w:linePitch="\#(PageGeometry.linePitchTwips)"/>"#
    + "</w:sectPr>"
}
