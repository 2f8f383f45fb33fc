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
    let fontParts =
      options.fonts == .gb2312 ? Self.gb2312FontParts : Self.fontParts(options.fonts)
    let parts: [(String, [UInt8])] = [
      ("[Content_Types].xml", Self.contentTypes),
      ("_rels/.rels", Self.packageRelationships),
      ("word/document.xml", Array(DocxBody(document: document).xml.utf8)),
      ("word/_rels/document.xml.rels", Self.documentRelationships),
      ("word/styles.xml", fontParts.styles),
      ("word/settings.xml", Self.settings),
      ("word/fontTable.xml", fontParts.fontTable),
      ("word/footer1.xml", Self.oddFooter),
      ("word/footer2.xml", Self.evenFooter),
      ("docProps/core.xml", Array(OfficePackage.coreProperties(title: title ?? "").utf8)),
    ]
    var archive = ZipArchive()
    for (name, bytes) in parts {
      try archive.add(name, bytes)
    }
    return try archive.bytes()
  }

  // The parts every report has the same, made once: a batch writes them a thousand times.
  private static let contentTypes = Array(DocxPackage.contentTypes.utf8)
  private static let packageRelationships = Array(DocxPackage.packageRelationships.utf8)
  private static let documentRelationships = Array(DocxPackage.documentRelationships.utf8)
  private static let settings = Array(DocxPackage.settings.utf8)
  private static let oddFooter = Array(DocxFooters.odd.utf8)
  private static let evenFooter = Array(DocxFooters.even.utf8)
  private static let gb2312FontParts = fontParts(.gb2312)

  /// The styles and the font table naming `fonts`.
  private static func fontParts(_ fonts: ReportFonts) -> (styles: [UInt8], fontTable: [UInt8]) {
    (Array(DocxStyles(fonts: fonts).xml.utf8), Array(DocxFontTable(fonts: fonts).xml.utf8))
  }
}
