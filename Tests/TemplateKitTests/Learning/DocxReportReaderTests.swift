import Testing

@testable import TemplateKit

/// A .docx made of `document` (the body's XML), with Word's styles for a title and headings
/// and a list numbered 一、二、….
private func docx(_ body: String) throws -> [UInt8] {
  let w = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\""
  var archive = ZipArchive()
  try archive.add(
    "word/document.xml",
    Array("<?xml version=\"1.0\"?><w:document \(w)><w:body>\(body)</w:body></w:document>".utf8))
  try archive.add(
    "word/styles.xml",
    Array(
      """
      <w:styles \(w)>
      <w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>
      <w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/></w:style>
      <w:style w:type="paragraph" w:styleId="1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/></w:style>
      <w:style w:type="paragraph" w:styleId="Strong"><w:name w:val="Strong Para"/><w:rPr><w:b/></w:rPr></w:style>
      </w:styles>
      """.utf8))
  try archive.add(
    "word/numbering.xml",
    Array(
      """
      <w:numbering \(w)>
      <w:abstractNum w:abstractNumId="0">
        <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/></w:lvl>
        <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="（%2）"/></w:lvl>
      </w:abstractNum>
      <w:num w:numId="3"><w:abstractNumId w:val="0"/></w:num>
      </w:numbering>
      """.utf8))
  return try archive.bytes()
}

private func paragraph(_ runs: String, style: String? = nil, number: (Int, Int)? = nil) -> String {
  var properties = style.map { "<w:pStyle w:val=\"\($0)\"/>" } ?? ""
  if let (level, list) = number {
    properties += "<w:numPr><w:ilvl w:val=\"\(level)\"/><w:numId w:val=\"\(list)\"/></w:numPr>"
  }
  return "<w:p><w:pPr>\(properties)</w:pPr>\(runs)</w:p>"
}

private func run(_ text: String, bold: Bool = false) -> String {
  "<w:r>" + (bold ? "<w:rPr><w:b/></w:rPr>" : "")
    + "<w:t xml:space=\"preserve\">\(text)</w:t></w:r>"
}

@Suite("Learning: reading a .docx report")
struct DocxReportReaderTests {
  @Test func paragraphsStylesNumbersAndBoldHeadsAreRead() throws {
    let body = [
      paragraph(run("临江区残联") + run("2023年工作报告"), style: "Title"),
      paragraph(run("落实主体责任"), style: "1", number: (0, 3)),
      paragraph(run("切实增强责任意识。", bold: true) + run("继续认真履行职责。"), number: (1, 3)),
      paragraph("召开党组会1次".map { run(String($0)) }.joined()),
      paragraph(run("规范党内政治生活"), style: "1", number: (0, 3)),
      paragraph(run("全部加粗的一段", bold: true)),
    ].joined()
    let report = try DocxReportReader.read(try docx(body), file: "报告.docx")
    #expect(
      report.blocks.map(\.text) == [
        "临江区残联2023年工作报告", "一、落实主体责任", "（一）切实增强责任意识。继续认真履行职责。", "召开党组会1次",
        "二、规范党内政治生活", "全部加粗的一段",
      ])
    #expect(report.blocks.map(\.styleLevel) == [0, 1, nil, nil, 1, nil])
    #expect(report.blocks[2].boldHead == "（一）切实增强责任意识。".count)
    #expect(report.blocks[3].boldHead == nil)
    #expect(report.blocks[5].boldHead == "全部加粗的一段".count)
  }

  @Test func tablesLineBreaksRevisionsAndFieldCodes() throws {
    let body = [
      paragraph(
        run("上报") + "<w:del><w:r><w:delText>删去的</w:delText></w:r></w:del>"
          + "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText>PAGE</w:instrText></w:r>"
          + "<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r>" + run("3")
          + "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r>"
          + run("份")),
      "<w:tbl><w:tr><w:tc>\(paragraph(run("项目")))</w:tc><w:tc>\(paragraph(run("次数")))</w:tc></w:tr>"
        + "<w:tr><w:tc>\(paragraph(run("党课")))</w:tc><w:tc>\(paragraph(run("4")))</w:tc></w:tr></w:tbl>",
      paragraph(run("临江区残联党组") + "<w:r><w:br/></w:r>" + run("2023年12月25日")),
    ].joined()
    let report = try DocxReportReader.read(try docx(body), file: "报告.docx")
    #expect(report.blocks.map(\.text) == ["上报3份", "项目\t次数", "党课\t4", "临江区残联党组", "2023年12月25日"])
    #expect(report.blocks.map(\.isTableRow) == [false, true, true, false, false])
  }

  @Test func whatIsNotADocumentIsRefusedWithWhatToDo() throws {
    var archive = ZipArchive()
    try archive.add("content.xml", Array("<a/>".utf8))
    #expect(throws: Diagnostic.self) {
      try DocxReportReader.read(try archive.bytes(), file: "报告.docx")
    }
    let old: [UInt8] = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0]
    do {
      _ = try ReportFile.read(bytes: old, file: "报告.docx")
      Issue.record("没有报错")
    } catch {
      #expect(error.hint?.contains("另存为 .docx") == true)
    }
  }
}
