/// `word/styles.xml`: the document defaults and every style the report uses, each naming its
/// East Asian font and zh-CN. Body text and the title keep Word's built-in names (`Normal`,
/// `Title`), which Chinese Word and WPS show as 正文 and 标题; the others have Chinese names
/// (一级标题 … 四级标题, 主送机关, 署名, 成文日期, 页码, 一级标题字符 …).
struct DocxStyles {
  var fonts: ReportFonts

  /// The part's bytes.
  var xml: String {
    let body = PageGeometry.bodySizeHalfPoints
    let indentTwips = 2 * PageGeometry.characterTwips
    let noIndent = #"<w:ind w:firstLineChars="0" w:firstLine="0"/>"#
    var styles: [String] = []
    // Normal: no widow control (every page keeps its 22 lines), no extra space between Chinese
    // and Latin or digits (widths stay on the grid), justified, first line indented two
    // characters. `overflowPunct` 1 is Word's default (a closing mark may hang in the margin);
    // written out because LibreOffice reads the flag inverted, so there it turns hanging off,
    // which it otherwise does badly (a hanging comma at a line's end is sometimes not painted).
    styles.append(
      paragraphStyle(
        DocxStyle.normal, name: "Normal", isDefault: true, basedOn: nil,
        paragraph: #"<w:widowControl w:val="0"/>"#
          + #"<w:overflowPunct w:val="1"/><w:autoSpaceDE w:val="0"/><w:autoSpaceDN w:val="0"/>"#
          + #"<w:ind w:firstLineChars="200" w:firstLine="\#(indentTwips)"/><w:jc w:val="both"/>"#,
        font: fonts.body, size: body, spacing: PageGeometry.characterSpacingTwips))
    styles.append(
      paragraphStyle(
        DocxStyle.title, name: "Title", basedOn: DocxStyle.normal,
        paragraph: #"<w:snapToGrid w:val="0"/>"#
          + #"<w:spacing w:after="\#(PageGeometry.linePitchTwips)" "#
          + #"w:line="\#(PageGeometry.linePitchTwips)" w:lineRule="exact"/>"#
          + noIndent + #"<w:jc w:val="center"/>"#,
        font: fonts.title, size: PageGeometry.titleSizeHalfPoints, spacing: 0))
    for level in 1...4 {
      styles.append(
        paragraphStyle(
          DocxStyle.heading(level: level), name: Self.headingNames[level - 1] + "标题",
          basedOn: DocxStyle.normal,
          paragraph: #"<w:keepNext/><w:outlineLvl w:val="\#(level - 1)"/>"#,
          font: fonts.heading(level: level), size: body))
    }
    styles.append(
      paragraphStyle(
        DocxStyle.addressee, name: "主送机关", basedOn: DocxStyle.normal, paragraph: noIndent,
        font: fonts.body, size: body))
    let rightAligned =
      #"<w:ind w:rightChars="200" w:right="\#(indentTwips)" w:firstLineChars="0" w:firstLine="0"/>"#
      + #"<w:jc w:val="right"/>"#
    styles.append(
      paragraphStyle(
        DocxStyle.signature, name: "署名", basedOn: DocxStyle.normal,
        paragraph: "<w:keepNext/>" + rightAligned, font: fonts.body, size: body))
    styles.append(
      paragraphStyle(
        DocxStyle.date, name: "成文日期", basedOn: DocxStyle.normal, paragraph: rightAligned,
        font: fonts.body, size: body))
    styles.append(
      paragraphStyle(
        DocxStyle.pageNumber, name: "页码", basedOn: DocxStyle.normal,
        paragraph: #"<w:snapToGrid w:val="0"/>"# + noIndent,
        font: fonts.pageNumber, latin: fonts.pageNumber,
        size: PageGeometry.pageNumberSizeHalfPoints, spacing: 0))
    for level in 1...4 {
      styles.append(
        characterStyle(
          DocxStyle.runInHeading(level: level), name: Self.headingNames[level - 1] + "标题字符",
          font: fonts.heading(level: level), size: body))
    }
    styles.append(
      characterStyle(
        DocxStyle.boldHead, name: "段首标题字符", font: fonts.body, size: body, bold: true))
    return WordML.declaration
      + #"<w:styles \#(WordML.namespaces)>"#
      + "<w:docDefaults><w:rPrDefault><w:rPr>"
      + runProperties(font: fonts.body, latin: fonts.latin, size: body)
      + "</w:rPr></w:rPrDefault><w:pPrDefault><w:pPr/></w:pPrDefault></w:docDefaults>"
      + styles.joined() + "</w:styles>"
  }

  private static let headingNames = ["一级", "二级", "三级", "四级"]

  private func paragraphStyle(
    _ id: String, name: String, isDefault: Bool = false, basedOn: String?, paragraph: String,
    font: String, latin: String? = nil, size: Int, spacing: Int? = nil
  ) -> String {
    #"<w:style w:type="paragraph"\#(isDefault ? #" w:default="1""# : "") w:styleId="\#(id)">"#
      + #"<w:name w:val="\#(name.xmlEscaped)"/>"#
      + (basedOn.map { #"<w:basedOn w:val="\#($0)"/>"# } ?? "")
      + (id == DocxStyle.normal ? "" : #"<w:next w:val="\#(DocxStyle.normal)"/>"#)
      + "<w:qFormat/>"
      + "<w:pPr>\(paragraph)</w:pPr>"
      + "<w:rPr>"
      + runProperties(font: font, latin: latin ?? fonts.latin, size: size, spacing: spacing)
      + "</w:rPr></w:style>"
  }

  private func characterStyle(
    _ id: String, name: String, font: String, size: Int, bold: Bool = false
  ) -> String {
    #"<w:style w:type="character" w:styleId="\#(id)">"#
      + #"<w:name w:val="\#(name.xmlEscaped)"/><w:qFormat/>"#
      + "<w:rPr>" + (bold ? "<w:b/><w:bCs/>" : "")
      + runProperties(font: font, latin: fonts.latin, size: size) + "</w:rPr>"
      + "</w:style>"
  }

  /// Fonts in every slot, the East Asian one named and preferred for ambiguous marks (“”—),
  /// the character spacing when given, the size, and zh-CN as the East Asian language.
  private func runProperties(font: String, latin: String, size: Int, spacing: Int? = nil)
    -> String
  {
    let font = font.xmlEscaped
    let latin = latin.xmlEscaped
    return #"<w:rFonts w:ascii="\#(latin)" w:hAnsi="\#(latin)" w:eastAsia="\#(font)" "#
      + #"w:cs="\#(latin)" w:hint="eastAsia"/>"#
      + (spacing.map { #"<w:spacing w:val="\#($0)"/>"# } ?? "")
      + #"<w:kern w:val="2"/><w:sz w:val="\#(size)"/><w:szCs w:val="\#(size)"/>"#
      + #"<w:lang w:val="en-US" w:eastAsia="zh-CN" w:bidi="ar-SA"/>"#
  }
}
