/// Writes worksheets as an .xlsx workbook that Excel, WPS 表格 and LibreOffice Calc open
/// without complaint: shared strings, one cell format per look, frozen rows that also print on
/// every page, column widths, merged cells and data validation. The package is stored, not
/// compressed (the ZIP writer the .docx uses), and holds no dates or names, so the same sheets
/// always give the same bytes.
enum WorkbookWriter {
  /// The workbook's bytes; `title` is its title property. Throws `Diagnostic` when a cell's
  /// text is longer than a spreadsheet cell holds, or the package would be too large.
  static func write(_ sheets: [Worksheet], title: String) throws(Diagnostic) -> [UInt8] {
    var strings = SharedStrings()
    var styles = WorkbookStyles()
    var parts: [(String, String)] = []
    for (index, sheet) in sheets.enumerated() {
      let xml = try sheetXML(sheet, selected: index == 0, strings: &strings, styles: &styles)
      parts.append(("xl/worksheets/sheet\(index + 1).xml", xml))
    }
    var archive = ZipArchive()
    try archive.add("[Content_Types].xml", Array(contentTypes(sheetCount: sheets.count).utf8))
    try archive.add("_rels/.rels", Array(packageRelationships.utf8))
    try archive.add("docProps/core.xml", Array(OfficePackage.coreProperties(title: title).utf8))
    try archive.add("xl/workbook.xml", Array(workbookXML(sheets).utf8))
    try archive.add("xl/_rels/workbook.xml.rels", Array(workbookRelationships(sheets.count).utf8))
    try archive.add("xl/styles.xml", Array(styles.xml.utf8))
    try archive.add("xl/sharedStrings.xml", Array(strings.xml.utf8))
    for (name, xml) in parts { try archive.add(name, Array(xml.utf8)) }
    return try archive.bytes()
  }

  // MARK: Sheets

  private static func sheetXML(
    _ sheet: Worksheet, selected: Bool, strings: inout SharedStrings, styles: inout WorkbookStyles
  ) throws(Diagnostic) -> String {
    let width = max(1, sheet.rows.map(\.count).max() ?? 1, sheet.columns.count)
    let last = CellReference(row: max(1, sheet.rows.count), column: width)
    var out = SpreadsheetML.declaration
    out += #"<worksheet xmlns="\#(SpreadsheetML.main)" xmlns:r="\#(SpreadsheetML.relationships)">"#
    out += #"<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>"#
    out += #"<dimension ref="\#(CellRange(CellReference(row: 1, column: 1), last))"/>"#
    out += #"<sheetViews><sheetView workbookViewId="0""# + (selected ? #" tabSelected="1""# : "")
    if sheet.frozenRows > 0 {
      let topLeft = CellReference(row: sheet.frozenRows + 1, column: 1)
      out += #"><pane ySplit="\#(sheet.frozenRows)" topLeftCell="\#(topLeft)" "#
      out += #"activePane="bottomLeft" state="frozen"/>"#
      out += #"<selection pane="bottomLeft" activeCell="\#(topLeft)" sqref="\#(topLeft)"/>"#
      out += "</sheetView></sheetViews>"
    } else {
      out += "/></sheetViews>"
    }
    out += #"<sheetFormatPr defaultRowHeight="14.25"/>"#
    if !sheet.columns.isEmpty {
      out += "<cols>"
      for (index, column) in sheet.columns.enumerated() {
        out += #"<col min="\#(index + 1)" max="\#(index + 1)" width="\#(number(column.width))""#
        if let style = column.style { out += #" style="\#(styles.index(of: style))""# }
        out += #" customWidth="1"/>"#
      }
      out += "</cols>"
    }
    out += "<sheetData>"
    for (rowIndex, cells) in sheet.rows.enumerated() {
      let row = rowIndex + 1
      out += #"<row r="\#(row)""#
      if let height = sheet.rowHeights[row] {
        out += #" ht="\#(number(height))" customHeight="1""#
      } else if let height = sheet.fittingHeight(ofRow: row) {
        out += #" ht="\#(number(height))""#
      }
      out += ">"
      for (columnIndex, cell) in cells.enumerated() {
        let reference = CellReference(row: row, column: columnIndex + 1)
        out += try cellXML(cell, at: reference, strings: &strings, styles: &styles)
      }
      out += "</row>"
    }
    out += "</sheetData>"
    if sheet.filtered {
      out += #"<autoFilter ref="\#(CellRange(CellReference(row: 1, column: 1), last))"/>"#
    }
    if !sheet.merged.isEmpty {
      out += #"<mergeCells count="\#(sheet.merged.count)">"#
      for range in sheet.merged { out += #"<mergeCell ref="\#(range)"/>"# }
      out += "</mergeCells>"
    }
    if !sheet.validations.isEmpty {
      out += #"<dataValidations count="\#(sheet.validations.count)">"#
      for validation in sheet.validations { out += validationXML(validation) }
      out += "</dataValidations>"
    }
    out += #"<pageMargins left="0.5" right="0.5" top="0.75" bottom="0.75" header="0.3" "#
    out += #"footer="0.3"/><pageSetup paperSize="9" orientation="landscape" "#
    out += #"fitToWidth="1" fitToHeight="0"/>"#
    return out + "</worksheet>"
  }

  private static func cellXML(
    _ cell: WorksheetCell, at reference: CellReference, strings: inout SharedStrings,
    styles: inout WorkbookStyles
  ) throws(Diagnostic) -> String {
    let style = styles.index(of: cell.style)
    let styled = style == 0 ? "" : #" s="\#(style)""#
    switch cell.content {
    case .empty:
      return style == 0 ? "" : #"<c r="\#(reference)"\#(styled)/>"#
    case .text(let text):
      guard text.utf16.count <= SpreadsheetText.maximumCellLength else {
        throw Diagnostic.error(
          "单元格 \(reference) 的文字太长（\(text.count) 个字），超出了电子表格一个单元格能容纳的 "
            + "\(SpreadsheetText.maximumCellLength) 个字符",
          hint: "把这段文字缩短，或分成几项填写。")
      }
      return #"<c r="\#(reference)"\#(styled) t="s"><v>\#(strings.index(of: text))</v></c>"#
    case .number(let value):
      guard value.isFinite else {
        return try cellXML(
          WorksheetCell(
            .text(value.isNaN ? ".nan" : value < 0 ? "-.inf" : ".inf"), style: cell.style),
          at: reference, strings: &strings, styles: &styles)
      }
      return #"<c r="\#(reference)"\#(styled)><v>\#(number(value))</v></c>"#
    case .bool(let flag):
      return #"<c r="\#(reference)"\#(styled) t="b"><v>\#(flag ? 1 : 0)</v></c>"#
    }
  }

  private static func validationXML(_ validation: DataValidation) -> String {
    var out = "<dataValidation"
    var formula: String?
    switch validation.rule {
    case .list(let items):
      out += #" type="list""#
      formula = "\"" + items.joined(separator: ",") + "\""
    case .wholeNumber(let minimum):
      out += #" type="whole" operator="greaterThanOrEqual""#
      formula = String(minimum)
    case .decimal(let minimum):
      out += #" type="decimal" operator="greaterThanOrEqual""#
      formula = number(minimum)
    case .date:
      out += #" type="date" operator="greaterThanOrEqual""#
      formula = "1"
    case .any:
      break
    }
    out += #" allowBlank="1""#
    if let prompt = validation.prompt {
      out += #" showInputMessage="1""#
      out += #" promptTitle="\#(cut(prompt.title, DataValidation.maximumTitleLength).xmlEscaped)""#
      out += #" prompt="\#(cut(prompt.text, DataValidation.maximumPromptLength).xmlEscaped)""#
    }
    if let error = validation.error {
      out += #" showErrorMessage="1""#
      out += #" errorTitle="\#(cut(error.title, DataValidation.maximumTitleLength).xmlEscaped)""#
      out += #" error="\#(cut(error.text, DataValidation.maximumErrorLength).xmlEscaped)""#
    }
    out += #" sqref="\#(validation.cells.map(\.description).joined(separator: " "))">"#
    if let formula { out += "<formula1>" + formula.xmlEscaped + "</formula1>" }
    return out + "</dataValidation>"
  }

  /// `text` cut to `length` UTF-16 code units, ending in `…` when cut.
  private static func cut(_ text: String, _ length: Int) -> String {
    guard text.utf16.count > length else { return text }
    var out = ""
    for character in text {
      guard out.utf16.count + character.utf16.count <= length - 1 else { break }
      out.append(character)
    }
    return out + "…"
  }

  /// A number as SpreadsheetML writes it: whole numbers without a decimal point, others in
  /// the shortest form that reads back as the same double.
  static func number(_ value: Double) -> String {
    if value == value.rounded(), abs(value) < 1e15 { return String(Int(value)) }
    return "\(value)"
  }

  // MARK: The package

  private static func workbookXML(_ sheets: [Worksheet]) -> String {
    var out = SpreadsheetML.declaration
    out += #"<workbook xmlns="\#(SpreadsheetML.main)" xmlns:r="\#(SpreadsheetML.relationships)">"#
    out += #"<bookViews><workbookView activeTab="0"/></bookViews><sheets>"#
    for (index, sheet) in sheets.enumerated() {
      out += #"<sheet name="\#(sheet.name.xmlEscaped)" sheetId="\#(index + 1)" "#
      out += #"r:id="rIdSheet\#(index + 1)"/>"#
    }
    out += "</sheets>"
    var names = ""
    for (index, sheet) in sheets.enumerated() where sheet.frozenRows > 0 {
      let name = "'" + sheet.name.replacingOccurrences(of: "'", with: "''") + "'"
      names += #"<definedName name="_xlnm.Print_Titles" localSheetId="\#(index)">"#
      names += "\(name)!$1:$\(sheet.frozenRows)".xmlEscaped + "</definedName>"
    }
    if !names.isEmpty { out += "<definedNames>" + names + "</definedNames>" }
    return out + "</workbook>"
  }

  private static func contentTypes(sheetCount: Int) -> String {
    let office = "application/vnd.openxmlformats-officedocument.spreadsheetml"
    var out = SpreadsheetML.declaration
    out += #"<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">"#
    out += #"<Default Extension="rels" "#
    out += #"ContentType="application/vnd.openxmlformats-package.relationships+xml"/>"#
    out += #"<Default Extension="xml" ContentType="application/xml"/>"#
    out +=
      #"<Override PartName="/xl/workbook.xml" ContentType="\#(SpreadsheetML.workbookContentType)"/>"#
    for index in 0..<sheetCount {
      out += #"<Override PartName="/xl/worksheets/sheet\#(index + 1).xml" "#
      out += #"ContentType="\#(office).worksheet+xml"/>"#
    }
    out += #"<Override PartName="/xl/styles.xml" ContentType="\#(office).styles+xml"/>"#
    out += #"<Override PartName="/xl/sharedStrings.xml" "#
    out += #"ContentType="\#(office).sharedStrings+xml"/>"#
    out += #"<Override PartName="/docProps/core.xml" "#
    out += #"ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>"#
    return out + "</Types>"
  }

  private static let packageRelationships =
    SpreadsheetML.declaration
    + #"<Relationships xmlns="\#(SpreadsheetML.packageRelationships)">"#
    + #"<Relationship Id="rId1" Type="\#(SpreadsheetML.officeDocumentType)" "#
    + #"Target="xl/workbook.xml"/>"#
    + #"<Relationship Id="rId2" "#
    + #"Type="\#(SpreadsheetML.packageRelationships)/metadata/core-properties" "#
    + #"Target="docProps/core.xml"/>"#
    + "</Relationships>"

  private static func workbookRelationships(_ sheetCount: Int) -> String {
    var out = SpreadsheetML.declaration
    out += #"<Relationships xmlns="\#(SpreadsheetML.packageRelationships)">"#
    for index in 0..<sheetCount {
      out += #"<Relationship Id="rIdSheet\#(index + 1)" Type="\#(SpreadsheetML.worksheetType)" "#
      out += #"Target="worksheets/sheet\#(index + 1).xml"/>"#
    }
    out +=
      #"<Relationship Id="rIdStyles" Type="\#(SpreadsheetML.stylesType)" Target="styles.xml"/>"#
    out += #"<Relationship Id="rIdStrings" Type="\#(SpreadsheetML.sharedStringsType)" "#
    out += #"Target="sharedStrings.xml"/>"#
    return out + "</Relationships>"
  }

}

/// The shared strings part: each different text once, numbered in the order first met.
private struct SharedStrings {
  private var texts: [String] = []
  private var indices: [String: Int] = [:]
  private var uses = 0

  mutating func index(of text: String) -> Int {
    uses += 1
    if let index = indices[text] { return index }
    texts.append(text)
    indices[text] = texts.count - 1
    return texts.count - 1
  }

  var xml: String {
    var out = SpreadsheetML.declaration
    out += #"<sst xmlns="\#(SpreadsheetML.main)" count="\#(uses)" uniqueCount="\#(texts.count)">"#
    for text in texts {
      let encoded = SpreadsheetText.encoded(text).xmlEscaped
      let padded = text.first?.isWhitespace == true || text.last?.isWhitespace == true
      out +=
        padded ? #"<si><t xml:space="preserve">\#(encoded)</t></si>"# : "<si><t>\(encoded)</t></si>"
    }
    return out + "</sst>"
  }
}
