import Foundation
import Testing

@testable import TemplateKit

@Suite struct DocxWriterTests {
  let zip: ZipReader
  let document: String
  let styles: String

  init() throws {
    zip = try ZipReader(try DocxWriter().write(SampleReport.document), file: "报告.docx")
    document = try zip.text("word/document.xml") ?? ""
    styles = try zip.text("word/styles.xml") ?? ""
  }

  @Test func containerHoldsThePartsWordNeeds() throws {
    #expect(
      zip.entries.map(\.name) == [
        "[Content_Types].xml", "_rels/.rels", "word/document.xml",
        "word/_rels/document.xml.rels", "word/styles.xml", "word/settings.xml",
        "word/fontTable.xml", "word/footer1.xml", "word/footer2.xml", "docProps/core.xml",
      ])
    for entry in zip.entries {
      #expect(entry.flags & 0x8 == 0)
      #expect(entry.method == ZipEntry.stored)
      #expect(try entry.crc == bitwiseCRC32(zip.data(of: entry)))
    }
    #expect(!zip.entries.contains { $0.name.contains("theme") })
    let types = try zip.text("[Content_Types].xml") ?? ""
    for part in [
      "/word/document.xml", "/word/styles.xml", "/word/footer1.xml", "/word/footer2.xml",
    ] {
      #expect(types.contains(#"PartName="\#(part)""#))
    }
  }

  @Test func pageIsA4WithStandardMarginsAndGrid() throws {
    #expect(document.contains(#"<w:pgSz w:w="11906" w:h="16838"/>"#))
    #expect(
      document.contains(
        #"<w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1587" "#))
    #expect(document.contains(#"<w:docGrid w:type="lines" w:linePitch="579"/>"#))
    #expect(document.contains(#"<w:footerReference w:type="default" r:id="rIdFooterOdd"/>"#))
    #expect(document.contains(#"<w:footerReference w:type="even" r:id="rIdFooterEven"/>"#))
    #expect(try zip.text("word/settings.xml")?.contains("<w:evenAndOddHeaders/>") == true)
  }

  @Test func everyStyleNamesItsEastAsianFontAndChinese() throws {
    let definitions = styles.components(separatedBy: "<w:style ").dropFirst()
    #expect(definitions.count == 15)
    for definition in definitions {
      #expect(definition.contains(#"w:eastAsia=""#), "\(definition.prefix(60))")
      #expect(definition.contains(#"<w:lang w:val="en-US" w:eastAsia="zh-CN""#))
    }
    func style(_ id: String) -> String {
      definitions.first { $0.contains(#"w:styleId="\#(id)""#) } ?? ""
    }
    #expect(style("Normal").contains(#"w:eastAsia="仿宋_GB2312""#))
    #expect(style("Normal").contains(#"<w:sz w:val="32"/>"#))
    #expect(style("Normal").contains(#"<w:ind w:firstLineChars="200" w:firstLine="640"/>"#))
    #expect(style("Normal").contains(#"<w:spacing w:val="-5"/>"#), "28 characters a line")
    #expect(style("Title").contains(#"w:eastAsia="方正小标宋简体""#))
    #expect(style("Title").contains(#"<w:sz w:val="44"/>"#))
    #expect(style("Title").contains(#"<w:jc w:val="center"/>"#))
    #expect(style("Heading1").contains(#"<w:name w:val="一级标题"/>"#))
    #expect(style("Heading1").contains(#"w:eastAsia="黑体""#))
    #expect(style("Heading2").contains(#"w:eastAsia="楷体_GB2312""#))
    #expect(style("Heading3").contains(#"w:eastAsia="仿宋_GB2312""#))
    #expect(style("Heading4").contains(#"<w:outlineLvl w:val="3"/>"#))
    #expect(style("Addressee").contains(#"<w:name w:val="主送机关"/>"#))
    #expect(style("Signature").contains(#"<w:name w:val="署名"/>"#))
    #expect(style("Signature").contains(#"w:rightChars="200" w:right="640""#))
    #expect(style("SignatureDate").contains(#"<w:name w:val="成文日期"/>"#))
    #expect(style("PageNumber").contains(#"w:eastAsia="宋体""#))
    #expect(style("PageNumber").contains(#"<w:sz w:val="28"/>"#))
    #expect(style("Heading2Char").contains(#"w:type="character""#))
  }

  @Test func fontTableNamesFallbacks() throws {
    let fonts = try zip.text("word/fontTable.xml") ?? ""
    #expect(fonts.contains(#"<w:font w:name="仿宋_GB2312"><w:altName w:val="仿宋"/>"#))
    #expect(fonts.contains(#"<w:font w:name="楷体_GB2312"><w:altName w:val="楷体"/>"#))
    // The title's chain ends in a face stock Windows and WPS have: 方正小标宋简体 → 华文中宋 → 宋体.
    #expect(fonts.contains(#"<w:font w:name="方正小标宋简体"><w:altName w:val="华文中宋"/>"#))
    #expect(fonts.contains(#"<w:font w:name="华文中宋"><w:altName w:val="宋体"/>"#))
    #expect(fonts.contains(#"<w:font w:name="宋体"><w:altName w:val="SimSun"/>"#))
    #expect(fonts.contains(#"<w:font w:name="黑体"><w:altName w:val="SimHei"/>"#))
  }

  @Test func footersHoldPageFieldsOnAlternateSides() throws {
    let odd = try zip.text("word/footer1.xml") ?? ""
    let even = try zip.text("word/footer2.xml") ?? ""
    for footer in [odd, even] {
      #expect(footer.contains(#"<w:t xml:space="preserve">— </w:t>"#))
      #expect(footer.contains(#"<w:instrText xml:space="preserve"> PAGE </w:instrText>"#))
      #expect(footer.contains(#"<w:t xml:space="preserve"> —</w:t>"#))
    }
    #expect(odd.contains(#"<w:ind w:right="280""#) && odd.contains(#"<w:jc w:val="right"/>"#))
    #expect(even.contains(#"<w:ind w:left="280""#) && even.contains(#"<w:jc w:val="left"/>"#))
  }

  @Test func paragraphsReadLikeThePlainText() {
    let lines = PlainTextWriter().text(SampleReport.document)
      .split(separator: "\n").map(String.init)
    #expect(paragraphTexts(document).filter { !$0.isEmpty } == lines)
  }

  @Test func blocksGetTheirStyles() {
    #expect(
      document.contains(
        #"<w:p><w:pPr><w:pStyle w:val="Title"/></w:pPr><w:r><w:t xml:space="preserve">XX区残联落实管党治党</w:t></w:r><w:r><w:br/></w:r><w:r><w:t xml:space="preserve">政治责任情况报告</w:t></w:r></w:p>"#
      ))
    #expect(document.contains(#"<w:pStyle w:val="Addressee"/>"#))
    #expect(
      document.contains(
        #"<w:pStyle w:val="Heading1"/></w:pPr><w:r><w:t xml:space="preserve">一、</w:t></w:r>"#))
    #expect(document.contains(#"<w:pStyle w:val="Heading4"/>"#))
    // Run-in heading: the heading's character style, then body text in the same paragraph.
    #expect(
      document.contains(
        #"<w:r><w:rPr><w:rStyle w:val="Heading2Char"/></w:rPr><w:t xml:space="preserve">（一）</w:t></w:r><w:r><w:rPr><w:rStyle w:val="Heading2Char"/></w:rPr><w:t xml:space="preserve">切实增强责任意识。</w:t></w:r><w:r><w:t xml:space="preserve">继续认真履行"#
      ))
    // The last paragraph keeps its last line with the signature.
    #expect(
      document.contains(
        #"<w:p><w:pPr><w:pStyle w:val="Normal"/><w:keepNext/></w:pPr><w:r><w:rPr><w:rStyle w:val="Heading2Char"/></w:rPr><w:t xml:space="preserve">（二）</w:t>"#
      ))
    // Signature 8 characters wide, date 7: the date keeps 2 characters of right indent, the
    // signature moves to 3 so the date starts 2 characters right of it.
    #expect(
      document.contains(
        #"<w:p><w:pPr><w:keepNext/></w:pPr></w:p><w:p><w:pPr><w:pStyle w:val="Signature"/><w:ind w:rightChars="300" w:right="960""#
      ))
    #expect(
      document.contains(
        #"<w:pStyle w:val="SignatureDate"/></w:pPr><w:r><w:t xml:space="preserve">2023年12月25日</w:t>"#
      ))
  }

  @Test func gapsAreHighlighted() {
    #expect(
      document.contains(
        #"<w:r><w:rPr><w:highlight w:val="yellow"/></w:rPr><w:t xml:space="preserve">【待填：党组会次数】</w:t></w:r>"#
      ))
  }

  @Test func textIsEscapedAndControlsBecomeTabsAndBreaks() throws {
    let report = Document(blocks: [
      .paragraph(Paragraph(content: [.text("A&B <x> \"q\" 'a'\tb\nc\r\nd")]))
    ])
    let xml =
      try ZipReader(try DocxWriter().write(report), file: "报告.docx").text("word/document.xml") ?? ""
    #expect(
      xml.contains(
        #"<w:t xml:space="preserve">A&amp;B &lt;x&gt; &quot;q&quot; &apos;a&apos;</w:t><w:tab/><w:t xml:space="preserve">b</w:t><w:br/><w:t xml:space="preserve">c</w:t><w:br/><w:t xml:space="preserve">d</w:t>"#
      ))
  }

  @Test func fontsAreASetting() throws {
    let options = WriterOptions(fonts: .windows)
    let zip = try ZipReader(
      try DocxWriter(options: options).write(SampleReport.document), file: "报告.docx")
    let styles = try zip.text("word/styles.xml") ?? ""
    #expect(styles.contains(#"w:eastAsia="仿宋""#))
    #expect(styles.contains(#"w:eastAsia="楷体""#))
    #expect(styles.contains(#"w:eastAsia="华文中宋""#))
    #expect(!styles.contains("GB2312"))
  }

  @Test func sameDocumentGivesSameBytes() throws {
    #expect(
      try DocxWriter().write(SampleReport.document) == DocxWriter().write(SampleReport.document))
  }

  @Test func forbiddenCharacterIsRefusedWithItsCodeAndPlace() {
    let report = Document(blocks: [
      .paragraph(Paragraph(content: [.text("全年召开党组会12次\u{7}，专题研究党建工作。")]))
    ])
    let error = diagnostic { _ = try DocxWriter().write(report) }
    #expect(error?.message.contains("U+0007") == true)
    #expect(error?.message.contains("全年召开党组会12次〔U+0007〕，专题研究党建工作。") == true)
  }

  @Test(.enabled(if: pythonIsAvailable))
  func pythonZipfileAcceptsTheDocx() throws {
    let folder = try ScratchFolder()
    let file = URL(fileURLWithPath: folder.path + "/报告.docx")
    try Data(try DocxWriter().write(SampleReport.document)).write(to: file)
    let result = try runPython([
      "-c", "import sys, zipfile; z = zipfile.ZipFile(sys.argv[1]); print(z.testzip())",
      file.path,
    ])
    #expect(result.status == 0)
    #expect(result.output == "None\n")
  }
}

/// The text of each `<w:p>` in document.xml, breaks dropped: what a reader of the .docx sees
/// paragraph by paragraph.
private func paragraphTexts(_ xml: String) -> [String] {
  xml.components(separatedBy: "<w:p>").dropFirst().map { paragraph in
    let body = paragraph.components(separatedBy: "</w:p>").first ?? ""
    return body.components(separatedBy: "<w:t xml:space=\"preserve\">").dropFirst()
      .map { $0.components(separatedBy: "</w:t>").first ?? "" }
      .joined()
  }
}
