/// Settings for the formatted writers (.docx and HTML).
public struct WriterOptions: Sendable, Equatable {
  /// The fonts the report names.
  public var fonts: ReportFonts

  /// Options naming `fonts`, by default the GB2312 set offices install.
  public init(fonts: ReportFonts = .gb2312) {
    self.fonts = fonts
  }
}
