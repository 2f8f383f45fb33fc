import Testing

@testable import TemplateKit

@Suite("Reading workbooks as Excel, WPS and LibreOffice save them")
struct WorkbookReaderTests {
  private func cells(_ sheet: Workbook.Sheet) -> [String: CellValue] {
    var out: [String: CellValue] = [:]
    for row in sheet.rows {
      for (column, value) in row.cells {
        out[CellReference(row: row.number, column: column).description] = value
      }
    }
    return out
  }

  @Test func sharedAndInlineStringsNumbersAndBooleans() throws {
    var workbook = HandMadeWorkbook([
      (
        "问卷",
        #"<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="inlineStr"><is><t>内联</t></is></c>"#
          + #"<c r="C1"><v>12</v></c><c r="D1" t="n"><v>1.5E-3</v></c><c r="E1" t="b"><v>1</v></c>"#
          + #"<c r="F1" t="b"><v>0</v></c><c r="G1" s="0"/></row>"#
      )
    ])
    workbook.sharedStrings = ["共享"]
    let read = try workbook.read()
    #expect(read.sheets.map(\.name) == ["问卷"])
    #expect(
      cells(read.sheets[0]) == [
        "A1": .text("共享"), "B1": .text("内联"), "C1": .number(12), "D1": .number(0.0015),
        "E1": .bool(true), "F1": .bool(false),
      ])
  }

  @Test func richTextRunsAreJoinedAndPhoneticGuidesLeftOut() throws {
    var workbook = HandMadeWorkbook([
      ("表", #"<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c></row>"#)
    ])
    workbook.sharedStringItems =
      "<si><r><rPr><b/></rPr><t>临江</t></r><r><t xml:space=\"preserve\">区 残联</t></r></si>"
      + "<si><t>漢字</t><rPh sb=\"0\" eb=\"2\"><t>かんじ</t></rPh></si>"
    let read = try workbook.read()
    #expect(cells(read.sheets[0]) == ["A1": .text("临江区 残联"), "B1": .text("漢字")])
  }

  @Test func escapedCharactersAreDecoded() throws {
    let workbook = HandMadeWorkbook([
      (
        "表",
        #"<row><c t="inlineStr"><is><t>第一行_x000D_&#10;第二行</t></is></c>"#
          + #"<c t="inlineStr"><is><t>_x005F_x0041_ 与 _xD83D__xDE00_</t></is></c></row>"#
      )
    ])
    #expect(
      cells(try workbook.read().sheets[0]) == [
        "A1": .text("第一行\r\n第二行"), "B1": .text("_x0041_ 与 😀"),
      ])
  }

  @Test func cellsWithoutReferencesFollowTheOneBeforeAndMayComeInAnyOrder() throws {
    let workbook = HandMadeWorkbook([
      (
        "表",
        #"<row r="3"><c r="C3"><v>3</v></c><c r="A3"><v>1</v></c><c><v>2</v></c></row>"#
          + #"<row><c><v>4</v></c></row><row r="2"><c r="B2"><v>5</v></c></row>"#
      )
    ])
    let sheet = try workbook.read().sheets[0]
    #expect(
      cells(sheet) == [
        "A3": .number(1), "B3": .number(2), "C3": .number(3), "A4": .number(4), "B2": .number(5),
      ])
    #expect(sheet.rows.map(\.number) == [2, 3, 4])
    #expect(sheet.rows[1].cells.map(\.column) == [1, 2, 3])
  }

  @Test func datesByTheirFormatsInBothSystems() throws {
    var workbook = HandMadeWorkbook([
      (
        "表",
        // 45109 is 2023-07-02 in the 1900 system; .375 is 09:00.
        #"<row r="1"><c r="A1" s="1"><v>45109</v></c><c r="B1" s="2"><v>45109.375</v></c>"#
          + #"<c r="C1" s="3"><v>45109</v></c><c r="D1" s="4"><v>0.375</v></c>"#
          + #"<c r="E1" s="5"><v>45109</v></c><c r="F1" s="6"><v>45109</v></c>"#
          + #"<c r="G1" s="7"><v>45109</v></c><c r="H1" t="d"><v>2023-07-02T00:00:00Z</v></c></row>"#
      )
    ])
    workbook.numberFormats =
      #"<numFmt numFmtId="164" formatCode="yyyy\-mm\-dd"/>"#
      + #"<numFmt numFmtId="165" formatCode="[$-804]yyyy&quot;年&quot;m&quot;月&quot;d&quot;日&quot;"/>"#
      + #"<numFmt numFmtId="166" formatCode="0.00&quot;元&quot;"/>"#
    workbook.cellFormats =
      #"<xf numFmtId="0"/><xf numFmtId="14"/><xf numFmtId="22"/><xf numFmtId="31"/>"#
      + #"<xf numFmtId="20"/><xf numFmtId="164"/><xf numFmtId="165"/><xf numFmtId="166"/>"#
    let july = try #require(ChineseDate(year: 2023, month: 7, day: 2))
    #expect(
      cells(try workbook.read().sheets[0]) == [
        "A1": .date(july, seconds: nil), "B1": .date(july, seconds: 9 * 3600),
        "C1": .date(july, seconds: nil), "D1": .time(seconds: 9 * 3600),
        "E1": .date(july, seconds: nil), "F1": .date(july, seconds: nil), "G1": .number(45109),
        "H1": .date(july, seconds: nil),
      ])
    workbook.date1904 = true
    // The same serial counts from 1904-01-01: 1462 days later.
    #expect(cells(try workbook.read().sheets[0])["A1"]?.text == "2027-07-03")
  }

  @Test func formulasGiveTheirCachedResults() throws {
    let workbook = HandMadeWorkbook([
      (
        "表",
        #"<row r="1"><c r="A1"><f>1+1</f><v>2</v></c><c r="B1" t="str"><f>"甲"&amp;"乙"</f><v>甲乙</v></c>"#
          + #"<c r="C1" t="e"><f>1/0</f><v>#DIV/0!</v></c><c r="D1"><f>SUM(A1:A2)</f></c></row>"#
      )
    ])
    #expect(
      cells(try workbook.read().sheets[0]) == [
        "A1": .number(2), "B1": .text("甲乙"), "C1": .error("#DIV/0!"), "D1": .uncalculated,
      ])
  }

  @Test func hiddenSheetsAndOtherKindsOfSheetAreLeftOut() throws {
    var workbook = HandMadeWorkbook([
      ("隐藏", #"<row r="1"><c r="A1"><v>1</v></c></row>"#),
      ("问卷", #"<row r="1"><c r="A1"><v>2</v></c></row>"#),
    ])
    workbook.sheetAttributes = [0: #"state="hidden""#]
    #expect(try workbook.read().sheets.map(\.name) == ["问卷"])
  }

  @Test func whatIsNotAWorkbookIsRefusedForWhatItIs() throws {
    expectRefusal(Array("甲: 1\n".utf8), "“表.xlsx”不是 .xlsx 文件（不是 ZIP 格式）")
    expectRefusal(
      [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1] + [UInt8](repeating: 0, count: 100),
      "“表.xlsx”是旧版的 Word/Excel/WPS 文件（.doc、.xls、.wps、.et），或是设了打开密码的文件，draft 读不了")
    var document = ZipArchive()
    try document.add("word/document.xml", Array("<w:document/>".utf8))
    expectRefusal(try document.bytes(), "“表.xlsx”是 Word 文档，不是 Excel 工作簿")
    var opendocument = ZipArchive()
    try opendocument.add("mimetype", Array("application/vnd.oasis.opendocument.spreadsheet".utf8))
    try opendocument.add("content.xml", Array("<office:document-content/>".utf8))
    expectRefusal(try opendocument.bytes(), "“表.xlsx”是 OpenDocument 表格（.ods），不是 Excel 工作簿")
    var binary = ZipArchive()
    try binary.add(
      "_rels/.rels",
      Array(
        (#"<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">"#
          + #"<Relationship Id="r" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.bin"/></Relationships>"#)
          .utf8))
    try binary.add("xl/workbook.bin", [0, 1, 2])
    expectRefusal(try binary.bytes(), "“表.xlsx”是二进制格式的 Excel 工作簿（.xlsb），draft 读不了")
  }

  @Test func brokenCellsAreLocated() {
    func expectBroken(_ rows: String, _ message: String, at place: String) {
      var workbook = HandMadeWorkbook([("问卷", rows)])
      workbook.sharedStrings = ["甲"]
      do {
        _ = try workbook.read()
        Issue.record("expected “\(message)”")
      } catch {
        #expect(error.message == message)
        #expect(error.location?.description.hasPrefix(place) == true, "\(error)")
      }
    }
    expectBroken(
      #"<row r="4"><c r="D4" t="s"><v>7</v></c></row>"#, "单元格的文字编号读不懂：“7”", at: "表.xlsx:问卷!D4")
    expectBroken(
      #"<row r="2"><c r="B2"><v>十二</v></c></row>"#, "单元格的数值读不懂：“十二”", at: "表.xlsx:问卷!B2")
    // A reference that is not one is placed in the sheet's XML.
    expectBroken(
      #"<row r="1"><c r="1A"><v>1</v></c></row>"#, "工作表“问卷”中单元格编号“1A”写得不对",
      at: "表.xlsx（xl/worksheets/sheet1.xml）:1:")
  }

  private func expectRefusal(
    _ bytes: [UInt8], _ message: String, sourceLocation: Testing.SourceLocation = #_sourceLocation
  ) {
    do {
      _ = try WorkbookReader.read(bytes, file: "表.xlsx")
      Issue.record("expected “\(message)”", sourceLocation: sourceLocation)
    } catch {
      #expect(error.message == message, sourceLocation: sourceLocation)
    }
  }
}
