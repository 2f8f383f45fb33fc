/// What a file is by its first bytes, so that a file that is not a .docx or .xlsx can be
/// refused by what it really is (a .doc renamed .docx, a PDF, a password-protected file)
/// with what to do about it.
enum FileSignature: Equatable, Sendable {
  /// A ZIP archive (`PK\3\4`, or `PK\5\6` for an empty one): .docx, .xlsx, .pptx, .wps's
  /// newer form, or any other ZIP.
  case zip
  /// A Compound File (OLE2, `D0 CF 11 E0 A1 B1 1A E1`): Word 97–2003 .doc, Excel .xls,
  /// WPS .wps and .et, and also a .docx or .xlsx saved with a password to open, which Office
  /// wraps in this container.
  case compoundFile
  /// `%PDF`.
  case pdf
  /// Rich Text Format (`{\rtf`), which Word opens and can save under any name.
  case rtf
  /// A web page (`<html`, `<!DOCTYPE html`, or Word's single-file page, `MIME-Version:`).
  case html
  /// No bytes at all.
  case empty
  /// Anything else.
  case unknown

  /// What `bytes` start with.
  static func identify(_ bytes: ArraySlice<UInt8>) -> FileSignature {
    func starts(_ prefix: [UInt8]) -> Bool { bytes.starts(with: prefix) }
    if bytes.isEmpty { return .empty }
    if starts([0x50, 0x4B, 0x03, 0x04]) || starts([0x50, 0x4B, 0x05, 0x06]) { return .zip }
    if starts([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) { return .compoundFile }
    if starts(Array("%PDF".utf8)) { return .pdf }
    if starts(Array("{\\rtf".utf8)) { return .rtf }
    // A web page may start with a byte-order mark and blanks; its tag in any case.
    let text = bytes.drop { [0xEF, 0xBB, 0xBF, 0x20, 0x09, 0x0A, 0x0D].contains($0) }.prefix(16)
    let lowered = String(decoding: text, as: UTF8.self).lowercased()
    if lowered.hasPrefix("<html") || lowered.hasPrefix("<!doctype html")
      || lowered.hasPrefix("mime-version:")
    {
      return .html
    }
    return .unknown
  }

  /// `identify` of a whole array.
  static func identify(_ bytes: [UInt8]) -> FileSignature { identify(bytes[...]) }

  /// The error for `file`, which was to be a .docx or .xlsx and is this instead.
  func refusal(file: String) -> Diagnostic {
    let format = Self.modernFormat(of: file)
    let resave = "另存为 \(format) 后重试"
    switch self {
    case .compoundFile:
      return Diagnostic.error(
        "“\(file)”是旧版的 Word/Excel/WPS 文件（.doc、.xls、.wps、.et），或是设了打开密码的文件，draft 读不了",
        hint: "请在 Word、Excel 或 WPS 中打开它，\(resave)；设了打开密码的，先在“文件 → 信息 → 保护文档”中取消密码。")
    case .pdf:
      return Diagnostic.error(
        "“\(file)”是 PDF 文件，draft 读不了",
        hint: "请改用生成这份 PDF 的 Word/Excel 原文件；没有原文件时，可在 WPS 中把 PDF 转成 Word，\(resave)。")
    case .rtf:
      return Diagnostic.error(
        "“\(file)”是 RTF 格式的文件，不是 \(format)", hint: "请在 Word 或 WPS 中打开它，\(resave)。")
    case .html:
      return Diagnostic.error(
        "“\(file)”是网页（HTML）格式的文件，不是 \(format)", hint: "请在 Word、Excel 或 WPS 中打开它，\(resave)。")
    case .empty:
      return Diagnostic.error("“\(file)”是空文件", hint: "文件可能没有保存完整；请重新保存或复制一份后再试。")
    case .zip, .unknown:
      return Diagnostic.error(
        "“\(file)”不是 \(format) 文件（不是 ZIP 格式）",
        hint: "请确认选对了文件；如果它能在 Word、Excel 或 WPS 中打开，请\(resave)。")
    }
  }

  /// The format a file of this name should be saved as: .xlsx for spreadsheets, .docx for
  /// documents, both when the name does not tell.
  static func modernFormat(of file: String) -> String {
    let name = file.lowercased()
    let spreadsheet = [".xlsx", ".xlsm", ".xls", ".et", ".ett", ".csv"]
    let document = [".docx", ".docm", ".doc", ".wps", ".wpt", ".dot", ".dotx", ".rtf"]
    if spreadsheet.contains(where: name.hasSuffix) { return ".xlsx" }
    if document.contains(where: name.hasSuffix) { return ".docx" }
    return ".docx/.xlsx"
  }
}
