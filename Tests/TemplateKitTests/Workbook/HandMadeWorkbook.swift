@testable import TemplateKit

/// A workbook written part by part, the way another program might write it (inline strings,
/// no `r` references, a 1904 date system, styles of its own…), for the reader to read.
struct HandMadeWorkbook {
  /// Each sheet's name and the XML inside its `<sheetData>`.
  var sheets: [(name: String, rows: String)]
  /// The shared strings, when the workbook has that part.
  var sharedStrings: [String]? = nil
  /// The `<sst>` items as written, instead of `sharedStrings`.
  var sharedStringItems: String? = nil
  /// `<numFmts>` and `<cellXfs>` contents, when the workbook has a styles part.
  var numberFormats = ""
  var cellFormats = #"<xf numFmtId="0"/>"#
  var date1904 = false
  /// Extra attributes of each `<sheet>` in workbook.xml, by sheet index.
  var sheetAttributes: [Int: String] = [:]

  init(_ sheets: [(name: String, rows: String)]) { self.sheets = sheets }

  var bytes: [UInt8] {
    let main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    let relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    var archive = ZipArchive()
    var parts: [(String, String)] = []
    parts.append(
      (
        "_rels/.rels",
        #"<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">"#
          + #"<Relationship Id="r1" Type="\#(relationships)/officeDocument" Target="/xl/workbook.xml"/>"#
          + "</Relationships>"
      ))
    var workbook = #"<workbook xmlns="\#(main)" xmlns:r="\#(relationships)">"#
    if date1904 { workbook += #"<workbookPr date1904="1"/>"# }
    workbook += "<sheets>"
    var links =
      #"<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">"#
    for (index, sheet) in sheets.enumerated() {
      workbook +=
        #"<sheet name="\#(sheet.name)" sheetId="\#(index + 1)" r:id="s\#(index)" "#
        + (sheetAttributes[index] ?? "") + "/>"
      links +=
        #"<Relationship Id="s\#(index)" Type="\#(relationships)/worksheet" "#
        + #"Target="worksheets/sheet\#(index + 1).xml"/>"#
      parts.append(
        (
          "xl/worksheets/sheet\(index + 1).xml",
          #"<worksheet xmlns="\#(main)"><sheetData>\#(sheet.rows)</sheetData></worksheet>"#
        ))
    }
    workbook += "</sheets></workbook>"
    if let items = sharedStringItems
      ?? sharedStrings.map({
        $0.map { "<si><t xml:space=\"preserve\">\($0.xmlEscaped)</t></si>" }.joined()
      })
    {
      links +=
        #"<Relationship Id="ss" Type="\#(relationships)/sharedStrings" Target="sharedStrings.xml"/>"#
      parts.append(("xl/sharedStrings.xml", #"<sst xmlns="\#(main)">\#(items)</sst>"#))
    }
    links += #"<Relationship Id="st" Type="\#(relationships)/styles" Target="styles.xml"/>"#
    parts.append(
      (
        "xl/styles.xml",
        #"<styleSheet xmlns="\#(main)"><numFmts>\#(numberFormats)</numFmts>"#
          + "<cellXfs>\(cellFormats)</cellXfs></styleSheet>"
      ))
    parts.append(("xl/workbook.xml", workbook))
    parts.append(("xl/_rels/workbook.xml.rels", links + "</Relationships>"))
    for (name, xml) in parts { try? archive.add(name, Array(xml.utf8)) }
    return (try? archive.bytes()) ?? []
  }

  /// The workbook as read.
  func read() throws(Diagnostic) -> Workbook { try WorkbookReader.read(bytes, file: "表.xlsx") }
}
