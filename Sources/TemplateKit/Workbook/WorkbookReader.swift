/// Reads an .xlsx workbook as Excel, WPS 表格 and LibreOffice Calc save it: the package's
/// relationships to find the workbook and its parts, the 1900 or 1904 date system, the shared
/// strings (rich text runs joined, phonetic guides left out), the styles' number formats (to
/// tell dates from numbers), and every visible worksheet in tab order (`SheetReader`).
/// Deflated and stored entries are read by the ZIP reader the .docx reader uses.
///
/// A file that is not an .xlsx is refused for what it is (an old .xls, a Word file, a PDF…),
/// with what to do.
enum WorkbookReader {
  /// The most cells a workbook may hold, over all its sheets. A questionnaire holds a few
  /// hundred; each cell read costs memory beyond its text.
  static let maximumCells = 2_000_000

  /// The workbook in `bytes`; `file` names it in messages. Hidden sheets are left out: users
  /// do not type into them.
  static func read(_ bytes: [UInt8], file: String) throws(Diagnostic) -> Workbook {
    let signature = FileSignature.identify(bytes)
    guard signature == .zip else { throw signature.refusal(file: file) }
    let zip = try ZipReader(bytes, file: file)
    let workbookPart = try officeDocument(in: zip, file: file)
    let workbook = try part(workbookPart, of: zip, file: file)
    let relationships = try self.relationships(of: workbookPart, in: zip, file: file)
    let system: DateSerial.System =
      ["1", "true"].contains(workbook.root.element("workbookPr")?.attribute("date1904") ?? "")
      ? .from1904 : .from1900
    let strings =
      try relationships.first { $0.type.hasSuffix("/sharedStrings") }.map {
        relationship throws(Diagnostic) in
        try sharedStrings(try part(relationship.target, of: zip, file: file))
      } ?? []
    let kinds =
      try relationships.first { $0.type.hasSuffix("/styles") }.map {
        relationship throws(Diagnostic) in
        try formatKinds(try part(relationship.target, of: zip, file: file))
      } ?? []
    var context = SheetReader.Context(
      strings: strings, formatKinds: kinds, dateSystem: system, file: file,
      maximumCells: maximumCells)
    var sheets: [Workbook.Sheet] = []
    for sheet in workbook.root.element("sheets")?.elements("sheet") ?? [] {
      guard !["hidden", "veryHidden"].contains(sheet.attribute("state") ?? ""),
        let id = sheet.attribute("id", namespace: nil),
        let relationship = relationships.first(where: { $0.id == id }),
        relationship.type.hasSuffix("/worksheet")
      else { continue }
      let name = sheet.attribute("name") ?? "Sheet\(sheets.count + 1)"
      let xml = try part(relationship.target, of: zip, file: file)
      sheets.append(try SheetReader.read(xml, name: name, context: &context))
    }
    return Workbook(sheets: sheets)
  }

  // MARK: The package

  private struct Relationship {
    var id: String
    var type: String
    /// The part it points to, as a path inside the package.
    var target: String
  }

  /// The workbook part the package's relationships name (`xl/workbook.xml` as Excel writes).
  private static func officeDocument(in zip: ZipReader, file: String) throws(Diagnostic) -> String {
    let found = try relationships(of: "", in: zip, file: file).first {
      $0.type.hasSuffix("/officeDocument")
    }?.target
    let part = found ?? "xl/workbook.xml"
    let resave = "请在 Excel、WPS 表格或 LibreOffice Calc 中打开它，另存为 Excel 工作簿（.xlsx）后重试。"
    if part.lowercased().hasSuffix(".bin") {
      throw Diagnostic.error("“\(file)”是二进制格式的 Excel 工作簿（.xlsb），draft 读不了", hint: resave)
    }
    guard zip.entry(named: part) != nil else {
      if zip.entry(named: "word/document.xml") != nil {
        throw Diagnostic.error(
          "“\(file)”是 Word 文档，不是 Excel 工作簿", hint: "请给出填好的问卷（.xlsx），或 YAML 答案文件。")
      }
      if let kind = try zip.data(named: "mimetype"),
        String(decoding: kind, as: UTF8.self).contains("opendocument.spreadsheet")
      {
        throw Diagnostic.error("“\(file)”是 OpenDocument 表格（.ods），不是 Excel 工作簿", hint: resave)
      }
      throw Diagnostic.error("“\(file)”不是 Excel 工作簿（.xlsx）：其中没有工作簿部件“\(part)”", hint: resave)
    }
    return part
  }

  /// The relationships of `part` ("" for the package's own), with targets resolved.
  private static func relationships(of part: String, in zip: ZipReader, file: String)
    throws(Diagnostic) -> [Relationship]
  {
    let folder = part.split(separator: "/").dropLast().joined(separator: "/")
    let name = part.split(separator: "/").last.map(String.init) ?? ""
    let path = (folder.isEmpty ? "" : folder + "/") + "_rels/" + name + ".rels"
    guard let bytes = try zip.data(named: path) else { return [] }
    let document = try XMLDocument.parse(bytes, file: "\(file)（\(path)）")
    return document.root.elements("Relationship").compactMap { element in
      guard let id = element.attribute("Id"), let type = element.attribute("Type"),
        let target = element.attribute("Target"), element.attribute("TargetMode") != "External"
      else { return nil }
      return Relationship(id: id, type: type, target: resolve(target, from: folder))
    }
  }

  /// `target` as a path in the package: absolute (`/xl/…`), or relative to `folder`.
  private static func resolve(_ target: String, from folder: String) -> String {
    var parts: [Substring] = target.hasPrefix("/") ? [] : folder.split(separator: "/")
    for piece in target.split(separator: "/") {
      switch piece {
      case ".": continue
      case "..": _ = parts.popLast()
      default: parts.append(piece)
      }
    }
    return parts.joined(separator: "/")
  }

  /// The part at `path`, parsed; a missing part is a broken workbook.
  private static func part(_ path: String, of zip: ZipReader, file: String) throws(Diagnostic)
    -> XMLDocument
  {
    guard let bytes = try zip.data(named: path) else {
      throw Diagnostic.error(
        "“\(file)”不完整：缺少“\(path)”", hint: "请在 Excel、WPS 表格或 LibreOffice Calc 中打开它，重新保存后再试。")
    }
    return try XMLDocument.parse(bytes, file: "\(file)（\(path)）")
  }

  // MARK: Shared strings and styles

  /// The shared strings in order: each item's text, runs joined, phonetic runs left out.
  private static func sharedStrings(_ document: XMLDocument) throws(Diagnostic) -> [String] {
    document.root.elements("si").map(SheetReader.text(ofItem:))
  }

  /// What each cell format (`cellXfs`, by index) shows: numbers, dates, times.
  private static func formatKinds(_ document: XMLDocument) throws(Diagnostic) -> [NumberFormats
    .Kind]
  {
    var codes: [Int: String] = [:]
    for format in document.root.element("numFmts")?.elements("numFmt") ?? [] {
      if let id = format.attribute("numFmtId").flatMap({ Int($0) }),
        let code = format.attribute("formatCode")
      {
        codes[id] = code
      }
    }
    return (document.root.element("cellXfs")?.elements("xf") ?? []).map { xf in
      let id = xf.attribute("numFmtId").flatMap { Int($0) } ?? 0
      return NumberFormats.kind(id: id, code: codes[id])
    }
  }
}
