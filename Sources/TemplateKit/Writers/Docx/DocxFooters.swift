/// The two footers: `— 1 —` in 4号宋体, a PAGE field between em dashes; on odd pages
/// right-aligned one character in from the right edge, on even pages left-aligned one character
/// in from the left (GB/T 9704 §7.5).
enum DocxFooters {
  /// The footer of odd pages (Word's default footer when odd and even pages differ).
  static var odd: String { footer(alignment: "right", indent: "w:right") }

  /// The footer of even pages.
  static var even: String { footer(alignment: "left", indent: "w:left") }

  /// One character of 14 pt.
  private static let indentTwips = PageGeometry.pageNumberSizeHalfPoints * 10

  private static func footer(alignment: String, indent: String) -> String {
    WordML.declaration
      + #"<w:ftr \#(WordML.namespaces)><w:p><w:pPr>"#
      + #"<w:pStyle w:val="\#(DocxStyle.pageNumber)"/>"#
      + #"<w:ind \#(indent)="\#(indentTwips)" w:firstLineChars="0" w:firstLine="0"/>"#
      + #"<w:jc w:val="\#(alignment)"/></w:pPr>"#
      + WordML.runs("— ")
      + #"<w:r><w:fldChar w:fldCharType="begin"/></w:r>"#
      + #"<w:r><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r>"#
      + #"<w:r><w:fldChar w:fldCharType="separate"/></w:r>"#
      + "<w:r><w:t>1</w:t></w:r>"
      + #"<w:r><w:fldChar w:fldCharType="end"/></w:r>"#
      + WordML.runs(" —")
      + "</w:p></w:ftr>"
  }
}
