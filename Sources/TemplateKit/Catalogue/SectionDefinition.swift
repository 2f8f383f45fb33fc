/// A section template: a part of a report (规范党内政治生活, 下一步工作思路…) with its heading,
/// the fields it reads, and its text.
public struct SectionDefinition: Sendable {
  /// The file name without folder and extension: `规范党内政治生活`.
  public let id: String
  /// The heading it has unless a report kind or the answers retitle it. It may print answers
  /// (`{{ 年度 + 1 }}年工作打算`): `titlePosition` then says where it stands in the file.
  public let title: String
  /// Where the heading stands in the file when it prints answers; nil for fixed text.
  let titlePosition: TextPosition?
  /// One line saying what the section covers.
  public let summary: String
  public let fields: [FieldDeclaration]
  /// The file, for parsing its body.
  public let file: TemplateFile

  init(id: String, file: TemplateFile) throws(Diagnostic) {
    let header = try HeaderReader(file)
    self.id = id
    self.file = file
    let title = try header.heading("标题") ?? id
    self.title = title
    self.titlePosition = title.contains("{{") ? header.position(of: "标题") : nil
    self.summary = try header.text("说明") ?? ""
    self.fields = try header.fields()
  }
}
