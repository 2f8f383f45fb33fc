import Testing

@testable import TemplateKit

@Suite("Writing workbooks: cells, styles, frozen rows and drop-downs")
struct WorkbookWriterTests {
  private func sample() throws -> [UInt8] {
    var sheet = Worksheet(name: "问卷")
    sheet.columns = [Column(width: 20), Column(width: 30, style: CellStyle(format: .text))]
    sheet.append([.text("字段", style: CellStyle(font: .bold, fill: .header)), .text("答案")])
    sheet.append([.text(" 前后有空格 "), .integer(12)])
    sheet.append([
      .text("控制\u{1}字符_x0041_"), .date(try #require(ChineseDate(year: 2023, month: 7, day: 2))),
    ])
    sheet.append([WorksheetCell(.bool(true)), WorksheetCell(.number(0.1))])
    sheet.append([.integer(Int.max), WorksheetCell(.number(.infinity))])
    sheet.frozenRows = 1
    sheet.validations = [
      try #require(DataValidation.list(["是", "否"], cells: [CellRange(column: 2, rows: 2...9)]))
    ]
    return try WorkbookWriter.write([sheet, Worksheet(name: "空")], title: "问卷")
  }

  @Test func cellsReadBackAsWritten() throws {
    let read = try WorkbookReader.read(try sample(), file: "问卷.xlsx")
    #expect(read.sheets.map(\.name) == ["问卷", "空"])
    let values = read.sheets[0].rows.map { $0.cells.map(\.value) }
    let july = try #require(ChineseDate(year: 2023, month: 7, day: 2))
    #expect(
      values == [
        [.text("字段"), .text("答案")],
        [.text(" 前后有空格 "), .number(12)],
        [.text("控制\u{1}字符_x0041_"), .date(july, seconds: nil)],
        [.bool(true), .number(0.1)],
        // Past 2⁵³ a whole number is text, so no digit is lost; infinity is YAML's.
        [.text("9223372036854775807"), .text(".inf")],
      ])
  }

  @Test func thePackageHoldsWhatSpreadsheetsExpect() throws {
    let zip = try ZipReader(try sample(), file: "问卷.xlsx")
    func part(_ name: String) throws -> String {
      String(decoding: try #require(try zip.data(named: name)), as: UTF8.self)
    }
    let sheet = try part("xl/worksheets/sheet1.xml")
    #expect(
      sheet.contains(#"<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>"#)
    )
    #expect(sheet.contains(#"<col min="2" max="2" width="30" style="1" customWidth="1"/>"#))
    #expect(
      sheet.contains(
        #"<dataValidation type="list" allowBlank="1" showErrorMessage="1" errorTitle="请从下拉列表中选择" error="只能填写：是、否" sqref="B2:B9"><formula1>&quot;是,否&quot;</formula1></dataValidation>"#
      ))
    let styles = try part("xl/styles.xml")
    #expect(styles.contains(#"<numFmt numFmtId="164" formatCode="yyyy-mm-dd"/>"#))
    let strings = try part("xl/sharedStrings.xml")
    #expect(strings.contains(#"<si><t xml:space="preserve"> 前后有空格 </t></si>"#))
    #expect(strings.contains("<si><t>控制_x0001_字符_x005F_x0041_</t></si>"))
    let workbook = try part("xl/workbook.xml")
    #expect(
      workbook.contains(
        #"<definedName name="_xlnm.Print_Titles" localSheetId="0">&apos;问卷&apos;!$1:$1</definedName>"#
      ))
  }

  @Test func theSameSheetsGiveTheSameBytes() throws {
    #expect(try sample() == sample())
  }

  @Test func aCellLongerThanASpreadsheetHoldsIsRefused() {
    var sheet = Worksheet(name: "表")
    sheet.append([.text(String(repeating: "字", count: SpreadsheetText.maximumCellLength + 1))])
    #expect(throws: Diagnostic.self) { try WorkbookWriter.write([sheet], title: "") }
  }

  @Test func rowsOfWrappedTextAreTallEnoughToShowIt() {
    var sheet = Worksheet(name: "表")
    sheet.columns = [Column(width: 22)]
    sheet.append([.text("短", style: CellStyle(wraps: true))])
    sheet.append([.text(String(repeating: "字", count: 30), style: CellStyle(wraps: true))])
    sheet.append([.text("一\n二\n三", style: CellStyle(wraps: true))])
    #expect(sheet.fittingHeight(ofRow: 1) == nil)
    // 30 Chinese characters are 60 units; a 22-wide column shows 18 a line: four lines.
    #expect(sheet.fittingHeight(ofRow: 2) == 4 * Worksheet.lineHeight + 2)
    #expect(sheet.fittingHeight(ofRow: 3) == 3 * Worksheet.lineHeight + 2)
  }

  @Test func sheetNamesFollowExcelsRules() {
    #expect(Worksheet.isValidName("问卷"))
    #expect(!Worksheet.isValidName("活动[1]"))
    #expect(!Worksheet.isValidName("'引号'"))
    #expect(!Worksheet.isValidName(String(repeating: "长", count: 32)))
    #expect(
      AnswersSheetLayout.recordSheets(for: ["活动", "问卷", "组织/生活.活动", "活动"])
        == ["活动": "活动", "问卷": "问卷（2）", "组织/生活.活动": "组织_生活.活动"])
  }
}

@Suite("Spreadsheet values: date serials, date formats, escaped text")
struct SpreadsheetValueTests {
  @Test func dateSerialsInBothSystems() throws {
    func date(_ year: Int, _ month: Int, _ day: Int) throws -> ChineseDate {
      try #require(ChineseDate(year: year, month: month, day: day))
    }
    #expect(DateSerial.serial(of: try date(1900, 1, 1)) == 1)
    #expect(DateSerial.serial(of: try date(1900, 2, 28)) == 59)
    // Serial 60 is Lotus's 1900-02-29; March 1st is 61.
    #expect(DateSerial.serial(of: try date(1900, 3, 1)) == 61)
    #expect(DateSerial.serial(of: try date(2023, 7, 2)) == 45109)
    #expect(DateSerial.moment(of: 60) == nil)
    #expect(DateSerial.moment(of: 61)?.date == (try date(1900, 3, 1)))
    #expect(
      DateSerial.moment(of: 45109.5)
        == DateSerial.Moment(date: try date(2023, 7, 2), seconds: 43200))
    #expect(DateSerial.serial(of: try date(1904, 1, 1), system: .from1904) == 0)
    #expect(DateSerial.moment(of: 43647, system: .from1904)?.date == (try date(2023, 7, 2)))
    for serial in [1, 59, 61, 400, 45109, 2_958_465] {
      let moment = try #require(DateSerial.moment(of: Double(serial)))
      #expect(DateSerial.serial(of: moment.date) == serial)
    }
    #expect(DateSerial.moment(of: -1) == nil)
    #expect(DateSerial.moment(of: .nan) == nil)
  }

  @Test func dateFormatsAreToldFromNumberFormats() {
    #expect(NumberFormats.kind(id: 14, code: nil) == .date)
    #expect(NumberFormats.kind(id: 31, code: nil) == .date)
    #expect(NumberFormats.kind(id: 20, code: nil) == .time)
    #expect(NumberFormats.kind(id: 22, code: nil) == .dateAndTime)
    #expect(NumberFormats.kind(id: 4, code: nil) == .number)
    #expect(NumberFormats.kind(id: 14, code: "0.00") == .number)
    #expect(NumberFormats.kind(of: "yyyy-mm-dd") == .date)
    #expect(NumberFormats.kind(of: #"yyyy"年"m"月"d"日""#) == .date)
    #expect(NumberFormats.kind(of: "yyyy年m月d日") == .date)
    #expect(NumberFormats.kind(of: "[$-F800]dddd, mmmm dd, yyyy") == .date)
    #expect(NumberFormats.kind(of: "mm/dd/yy h:mm AM/PM") == .dateAndTime)
    #expect(NumberFormats.kind(of: "[h]:mm:ss") == .time)
    #expect(NumberFormats.kind(of: "上午/下午h时mm分") == .time)
    #expect(NumberFormats.kind(of: "mmm-yy") == .date)
    #expect(NumberFormats.kind(of: "General") == .number)
    #expect(NumberFormats.kind(of: "[Red]#,##0.00;[Blue]-#,##0.00") == .number)
    #expect(NumberFormats.kind(of: #"0"天""#) == .number)
    #expect(NumberFormats.kind(of: "0.00E+00") == .number)
    #expect(NumberFormats.kind(of: #"#,##0\d"#) == .number)
    #expect(NumberFormats.kind(of: "@") == .number)
  }

  @Test func escapedTextRoundTrips() {
    for text in ["普通", "回车\r换行", "_x0041_", "_x", "\u{1}\u{1F}", "😀_xD83D_", "a_x005F_b"] {
      #expect(SpreadsheetText.decoded(SpreadsheetText.encoded(text)) == text)
    }
    #expect(SpreadsheetText.encoded("回车\r") == "回车_x000D_")
    #expect(SpreadsheetText.decoded("_x4E2D__x6587_") == "中文")
    // An escape naming no character (a lone surrogate) is kept as written.
    #expect(SpreadsheetText.decoded("_xD800_") == "_xD800_")
  }
}
