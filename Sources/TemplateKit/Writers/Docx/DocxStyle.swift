/// The styles a report's .docx defines, by style id. Paragraphs and runs refer to them, so a
/// user can restyle every heading of a level at once in Word or WPS.
enum DocxStyle {
  /// Body text (`Normal`, shown as 正文 in Chinese Word and WPS).
  static let normal = "Normal"
  /// The title (`Title`, shown as 标题).
  static let title = "Title"
  /// The addressee line, flush left (主送机关).
  static let addressee = "Addressee"
  /// A signature line (署名).
  static let signature = "Signature"
  /// The date under the signature (成文日期).
  static let date = "SignatureDate"
  /// The page number in the footers (页码).
  static let pageNumber = "PageNumber"

  /// The paragraph style of a heading on its own line (一级标题 … 四级标题).
  static func heading(level: Int) -> String { "Heading\(clamped(level))" }

  /// The character style of a heading that runs on into its paragraph (一级标题字符 …); the
  /// bold head's (段首标题字符) for `Heading.boldLevel`.
  static func runInHeading(level: Int) -> String {
    level == Heading.boldLevel ? boldHead : "Heading\(clamped(level))Char"
  }

  /// The character style of an unnumbered bold head (段首标题字符): the body's font, bold.
  static let boldHead = "BoldHeadChar"

  /// Heading levels run from 1 to 4.
  static func clamped(_ level: Int) -> Int { min(max(level, 1), 4) }
}
