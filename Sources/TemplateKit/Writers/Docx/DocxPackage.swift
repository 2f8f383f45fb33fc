/// The small fixed parts of a .docx: content types, relationships, settings, core properties.
enum DocxPackage {
  static let oddFooterID = "rIdFooterOdd"
  static let evenFooterID = "rIdFooterEven"

  static let contentTypes =
    WordML.declaration
    + #"<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">"#
    + #"<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>"#
    + #"<Default Extension="xml" ContentType="application/xml"/>"#
    + override("/word/document.xml", "wordprocessingml.document.main+xml")
    + override("/word/styles.xml", "wordprocessingml.styles+xml")
    + override("/word/settings.xml", "wordprocessingml.settings+xml")
    + override("/word/fontTable.xml", "wordprocessingml.fontTable+xml")
    + override("/word/footer1.xml", "wordprocessingml.footer+xml")
    + override("/word/footer2.xml", "wordprocessingml.footer+xml")
    + #"<Override PartName="/docProps/core.xml" "#
    + #"ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>"#
    + "</Types>"

  static let packageRelationships =
    WordML.declaration
    + #"<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">"#
    + relationship("rId1", "officeDocument/2006/relationships/officeDocument", "word/document.xml")
    + #"<Relationship Id="rId2" "#
    + #"Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" "#
    + #"Target="docProps/core.xml"/>"#
    + "</Relationships>"

  static let documentRelationships =
    WordML.declaration
    + #"<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">"#
    + relationship("rIdStyles", "officeDocument/2006/relationships/styles", "styles.xml")
    + relationship("rIdSettings", "officeDocument/2006/relationships/settings", "settings.xml")
    + relationship("rIdFontTable", "officeDocument/2006/relationships/fontTable", "fontTable.xml")
    + relationship(oddFooterID, "officeDocument/2006/relationships/footer", "footer1.xml")
    + relationship(evenFooterID, "officeDocument/2006/relationships/footer", "footer2.xml")
    + "</Relationships>"

  /// Odd and even pages have their own footers; punctuation is not compressed (every mark
  /// fills its cell, as official documents set it); Word 2013+ layout.
  static let settings =
    WordML.declaration
    + #"<w:settings \#(WordML.namespaces)>"#
    + #"<w:defaultTabStop w:val="420"/><w:evenAndOddHeaders/>"#
    + #"<w:characterSpacingControl w:val="doNotCompress"/>"#
    + #"<w:compat><w:compatSetting w:name="compatibilityMode" "#
    + #"w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat>"#
    + "</w:settings>"

  private static func override(_ part: String, _ type: String) -> String {
    #"<Override PartName="\#(part)" "#
      + #"ContentType="application/vnd.openxmlformats-officedocument.\#(type)"/>"#
  }

  private static func relationship(_ id: String, _ type: String, _ target: String) -> String {
    #"<Relationship Id="\#(id)" Type="http://schemas.openxmlformats.org/\#(type)" "#
      + #"Target="\#(target)"/>"#
  }
}
