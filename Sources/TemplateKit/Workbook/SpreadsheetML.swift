/// Names and fixed parts of SpreadsheetML packages (.xlsx), shared by the writer and the reader.
enum SpreadsheetML {
  static let declaration = OfficePackage.declaration
  static let main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
  static let relationships =
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
  static let packageRelationships =
    "http://schemas.openxmlformats.org/package/2006/relationships"
  /// Relationship types, after `…/officeDocument/2006/relationships/`.
  static let officeDocumentType = relationships + "/officeDocument"
  static let worksheetType = relationships + "/worksheet"
  static let sharedStringsType = relationships + "/sharedStrings"
  static let stylesType = relationships + "/styles"
  /// The content type of a workbook's main part; macro-enabled and template workbooks have
  /// their own, which the reader also accepts.
  static let workbookContentType =
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"
}
