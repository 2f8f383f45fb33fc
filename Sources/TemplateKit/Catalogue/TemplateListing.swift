/// The catalogue described for people: one line per kind and section, or one in full.
public enum TemplateListing {
  /// Every kind and section, one line each.
  public static func overview(of catalogue: Catalogue) -> String {
    var out = "报告类型（draft init 类型 生成问卷）：\n"
    let kindWidth = catalogue.kinds.map { DisplayWidth.of($0.id) }.max() ?? 0
    for kind in catalogue.kinds.sorted(by: { $0.id < $1.id }) {
      out += "  " + padded(kind.id, to: kindWidth) + "  " + kind.name
      if !kind.summary.isEmpty { out += "：" + kind.summary }
      out += "\n"
    }
    out += "\n章节（draft templates show 章节 查看字段和正文）：\n"
    let sectionWidth = catalogue.sections.map { DisplayWidth.of($0.id) }.max() ?? 0
    for section in catalogue.sections.sorted(by: { $0.id < $1.id }) {
      out += "  " + padded(section.id, to: sectionWidth) + "  "
      out += section.summary.isEmpty ? section.title : section.summary
      out += "\n"
    }
    return out
  }

  /// A section's heading, fields and text.
  public static func describe(_ section: SectionDefinition) -> String {
    var out = "章节：\(section.id)\n标题：\(section.title)\n"
    if !section.summary.isEmpty { out += "说明：\(section.summary)\n" }
    out += "文件：\(section.file.name)\n"
    out += fields(section.fields)
    out += "\n正文：\n" + section.file.body.trimmingWhitespace + "\n"
    return out
  }

  /// A kind's name, voice, sections, fields and text.
  public static func describe(_ kind: ReportKind, in catalogue: Catalogue) -> String {
    var out = "报告类型：\(kind.id)\n名称：\(kind.name)\n"
    if !kind.summary.isEmpty { out += "说明：\(kind.summary)\n" }
    out += "人称：\(kind.voice.rawValue)\n文件：\(kind.file.name)\n章节：\n"
    for (number, choice) in kind.sections.enumerated() {
      let title = choice.title ?? catalogue.section(choice.id)?.title ?? "（找不到此章节）"
      out += "  " + HeadingNumbering.number(level: 1, ordinal: number + 1) + title
      out += choice.id == title ? "\n" : "（\(choice.id)）\n"
    }
    out += fields(kind.fields)
    out += "\n正文：\n" + kind.file.body.trimmingWhitespace + "\n"
    return out
  }

  private static func fields(_ fields: [FieldDeclaration]) -> String {
    guard !fields.isEmpty else { return "" }
    var out = "\n字段：\n"
    for field in fields {
      out += "  \(field.path)（\(field.type.rawValue)\(field.required ? "，必填" : "")）：\(field.prompt)"
      if let example = field.example, let text = YAMLWriter.inline(example) { out += "。示例：\(text)" }
      out += "\n"
    }
    return out
  }

  private static func padded(_ text: String, to width: Int) -> String {
    text + String(repeating: " ", count: max(0, width - DisplayWidth.of(text)))
  }
}
