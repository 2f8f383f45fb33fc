/// Parts every Office Open XML package (.docx, .xlsx) has in the same form.
enum OfficePackage {
  static let declaration = #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"# + "\n"

  /// The title as the file's title property; no dates or names, so output is reproducible.
  static func coreProperties(title: String) -> String {
    declaration
      + #"<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" "#
      + #"xmlns:dc="http://purl.org/dc/elements/1.1/">"#
      + "<dc:title>\(title.xmlEscaped)</dc:title><dc:language>zh-CN</dc:language>"
      + "</cp:coreProperties>"
  }
}
