/// The fonts a report is set in, by role (GB/T 9704 §7). Offices have either the GB2312 fonts
/// (仿宋_GB2312, 楷体_GB2312) or the ones Windows ships (仿宋, 楷体); the .docx names a fallback
/// for each, and the HTML page lists fallbacks that Linux and Windows have.
public struct ReportFonts: Sendable, Equatable {
  /// Body text, level 3 and 4 headings, addressee, signature and date (3号仿宋).
  public var body: String
  /// Level 1 headings, `一、` (黑体).
  public var level1Heading: String
  /// Level 2 headings, `（一）` (楷体).
  public var level2Heading: String
  /// The title (2号小标宋).
  public var title: String
  /// Page numbers (4号宋体).
  public var pageNumber: String
  /// Latin letters and digits inside the text.
  public var latin: String

  /// Fonts by role; page numbers default to 宋体 and Latin text to Times New Roman.
  public init(
    body: String, level1Heading: String, level2Heading: String, title: String,
    pageNumber: String = "宋体", latin: String = "Times New Roman"
  ) {
    self.body = body
    self.level1Heading = level1Heading
    self.level2Heading = level2Heading
    self.title = title
    self.pageNumber = pageNumber
    self.latin = latin
  }

  /// 仿宋_GB2312, 黑体, 楷体_GB2312, 方正小标宋简体: what government offices install.
  public static let gb2312 = ReportFonts(
    body: "仿宋_GB2312", level1Heading: "黑体", level2Heading: "楷体_GB2312", title: "方正小标宋简体")

  /// 仿宋, 黑体, 楷体, 华文中宋: what Windows and Office ship.
  public static let windows = ReportFonts(
    body: "仿宋", level1Heading: "黑体", level2Heading: "楷体", title: "华文中宋")

  /// A preset by name, for a command-line option: `gb2312` or `windows` (any case).
  public init?(presetName: String) {
    switch presetName.lowercased() {
    case "gb2312": self = .gb2312
    case "windows": self = .windows
    default: return nil
    }
  }

  /// The font for a heading of `level` (1 to 4; others count as the nearest).
  func heading(level: Int) -> String {
    switch level {
    case ...1: level1Heading
    case 2: level2Heading
    default: body
    }
  }
}
