import Foundation

/// Reads a report file for learning, by what it is: a Word document (.docx), plain text
/// (.txt, UTF-8) or Markdown (.md). Other files — an old Word or WPS document, a PDF — are
/// refused with what to do: save it as .docx.
public enum ReportFile {
  /// The largest report read (50 MB): a 30-page report is well under 1 MB as text and a few
  /// MB as .docx with pictures.
  public static let maximumFileBytes = 50_000_000

  /// The report at `path` (`-` for standard input).
  public static func read(path: String) throws(Diagnostic) -> SourceReport {
    let bytes = try InputFile.read(path, limit: maximumFileBytes, noun: "报告文件")
    return try read(bytes: bytes, file: InputFile.displayName(path))
  }

  /// The report in `bytes`; `file` names it in messages and says by its extension what it is.
  public static func read(bytes: [UInt8], file: String) throws(Diagnostic) -> SourceReport {
    let lowered = file.lowercased()
    let signature = FileSignature.identify(bytes)
    if signature == .zip || lowered.hasSuffix(".docx") || lowered.hasSuffix(".docm") {
      guard signature == .zip else { throw signature.refusal(file: file) }
      return try DocxReportReader.read(bytes, file: file)
    }
    let documents = [".doc", ".wps", ".wpt", ".dot", ".rtf", ".pdf", ".odt"]
    if signature != .unknown || documents.contains(where: lowered.hasSuffix) {
      throw signature == .unknown
        ? Diagnostic.error(
          "“\(file)”不是 draft 能读的格式",
          hint: "请在 Word 或 WPS 中打开它，另存为 .docx 后再学习；也可以另存为纯文本（.txt，UTF-8 编码）。")
        : asReport(signature.refusal(file: file))
    }
    let text = try TextDecoding.decode(bytes, file: file)
    let markdown = lowered.hasSuffix(".md") || lowered.hasSuffix(".markdown")
    return TextReportReader.read(text, file: file, markdown: markdown)
  }

  /// A refusal of a file that is not a .docx, saying to save it as one (not as a workbook:
  /// reports are documents).
  private static func asReport(_ refusal: Diagnostic) -> Diagnostic {
    var refusal = refusal
    refusal.hint = refusal.hint?.replacingOccurrences(of: ".docx/.xlsx", with: ".docx")
      .replacingOccurrences(of: "Word/Excel 原文件", with: "Word 原稿")
    return refusal
  }
}
