/// Settings for the formatted writers (.docx and HTML).
public struct WriterOptions: Sendable, Equatable {
  /// The fonts the report names.
  public var fonts: ReportFonts

  public init(fonts: ReportFonts = .gb2312) {
    self.fonts = fonts
  }
}
