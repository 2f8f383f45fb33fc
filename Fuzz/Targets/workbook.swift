// Fuzz target: answers from a workbook. The input is read two ways: as an .xlsx file (ZIP and
// all), and — since a ZIP's CRCs turn away almost every mutation before any XML is read — as
// the parts of one, split at NUL bytes (the first sheet, the shared strings, the styles, a
// second sheet named 活动), packaged here with the workbook's fixed parts.
@testable import TemplateKit

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  let bytes = Array(UnsafeBufferPointer(start: data, count: size))
  _ = refusingOnlyWithDiagnostics("workbook file") {
    try AnswersReader.read(bytes: bytes, file: "问卷.xlsx", format: .workbook)
  }
  let parts = bytes.split(separator: 0, maxSplits: 3, omittingEmptySubsequences: false).map(
    Array.init)
  guard let package = workbook(parts) else { return 0 }
  _ = refusingOnlyWithDiagnostics("workbook parts") {
    try AnswersReader.read(bytes: package, file: "问卷.xlsx", format: .workbook)
  }
  // What a batch reads of a broken unit: its name alone.
  _ = refusingOnlyWithDiagnostics("unit name") {
    try AnswersReader.readWorkbook(
      bytes: package, file: "问卷.xlsx", onlyFields: Set(ReportFileName.unitNamePaths))
  }
  return 0
}

/// A workbook of `parts`: sheet1.xml, sharedStrings.xml, styles.xml, sheet2.xml (missing ones
/// left out).
private func workbook(_ parts: [[UInt8]]) -> [UInt8]? {
  let relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
  let package = "http://schemas.openxmlformats.org/package/2006/relationships"
  let main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
  var sheets = #"<sheet name="问卷" sheetId="1" r:id="s1"/>"#
  var links =
    #"<Relationship Id="s1" Type="\#(relationships)/worksheet" Target="worksheets/sheet1.xml"/>"#
    + #"<Relationship Id="ss" Type="\#(relationships)/sharedStrings" Target="sharedStrings.xml"/>"#
    + #"<Relationship Id="st" Type="\#(relationships)/styles" Target="styles.xml"/>"#
  if parts.count > 3 {
    sheets += #"<sheet name="活动" sheetId="2" r:id="s2"/>"#
    links +=
      #"<Relationship Id="s2" Type="\#(relationships)/worksheet" Target="worksheets/sheet2.xml"/>"#
  }
  var entries: [(String, [UInt8])] = [
    (
      "_rels/.rels",
      Array(
        (#"<Relationships xmlns="\#(package)"><Relationship Id="r" "#
          + #"Type="\#(relationships)/officeDocument" Target="xl/workbook.xml"/></Relationships>"#)
          .utf8)
    ),
    (
      "xl/workbook.xml",
      Array(
        #"<workbook xmlns="\#(main)" xmlns:r="\#(relationships)"><sheets>\#(sheets)</sheets></workbook>"#
          .utf8)
    ),
    (
      "xl/_rels/workbook.xml.rels",
      Array(#"<Relationships xmlns="\#(package)">\#(links)</Relationships>"#.utf8)
    ),
  ]
  let names = [
    "xl/worksheets/sheet1.xml", "xl/sharedStrings.xml", "xl/styles.xml", "xl/worksheets/sheet2.xml",
  ]
  for (name, part) in zip(names, parts) where !part.isEmpty { entries.append((name, part)) }
  var archive = ZipArchive()
  for (name, data) in entries {
    guard (try? archive.add(name, data)) != nil else { return nil }
  }
  return try? archive.bytes()
}
