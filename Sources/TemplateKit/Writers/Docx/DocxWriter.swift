/// Writes a report as a Word document set to GB/T 9704-2012: A4, the standard's margins, a grid
/// of 22 lines of 28 characters, 2号小标宋 title, 3号仿宋 body, 黑体/楷体/仿宋 headings, the
/// signature and date placed as §7.3.5.2 says, `— 1 —` page numbers on alternate sides, and
/// real styles with Chinese names. Gap markers are highlighted in yellow.
///
/// The same document always gives the same bytes.
public struct DocxWriter: DocumentWriter {
  /// The fonts to name.
  public var options: WriterOptions

  /// A writer naming the fonts in `options` (by default the GB2312 set).
  public init(options: WriterOptions = WriterOptions()) {
    self.options = options
  }

  /// The .docx file. Throws a `Diagnostic` when the text holds a character XML cannot carry.
  public func write(_ document: Document) throws(Diagnostic) -> [UInt8] {
    try DocumentCharacters.check(document)
    let title = document.blocks.lazy.compactMap { block -> String? in
      if case .title(let title) = block { return title.text.plainText }
      return nil
    }.first
    let parts: [(String, String)] = [
      ("[Content_Types].xml", DocxPackage.contentTypes),
      ("_rels/.rels", DocxPackage.packageRelationships),
      ("word/document.xml", DocxBody(document: document).xml),
      ("word/_rels/document.xml.rels", DocxPackage.documentRelationships),
      ("word/styles.xml", DocxStyles(fonts: options.fonts).xml),
      ("word/settings.xml", DocxPackage.settings),
      ("word/fontTable.xml", DocxFontTable(fonts: options.fonts).xml),
      ("word/footer1.xml", DocxFooters.odd),
      ("word/footer2.xml", DocxFooters.even),
      ("docProps/core.xml", OfficePackage.coreProperties(title: title ?? "")),
    ]
    var archive = ZipArchive()
    for (name, text) in parts {
      try archive.add(name, Array(text.utf8))
    }
    return try archive.bytes()
  }
}
