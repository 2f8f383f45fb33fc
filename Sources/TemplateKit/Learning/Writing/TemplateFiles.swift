/// The files of a learned template folder, as text: the report kind (`kinds/名称.tmpl`) with
/// its sections in order and the fields more than one template prints, and one section
/// template each (`sections/名称-标题.tmpl`) declaring the fields only it prints. Every field
/// is declared with 类型, 提示, 示例 and 标签, as the built-in templates declare theirs.
enum TemplateFiles {
  /// The kind's file. `summary` says where it was learned from.
  static func kind(
    id: String, name: String, summary: String, voice: ReportKind.Voice,
    layout: TemplateLayout, declarations: [FieldDeclaration]
  ) -> String {
    var header = YAMLWriter.entry(key: "名称", value: .string(name), indent: 0)
    header += YAMLWriter.entry(key: "说明", value: .string(summary), indent: 0)
    header += YAMLWriter.entry(key: "人称", value: .string(voice.rawValue), indent: 0)
    if !layout.sections.isEmpty {
      // A heading that prints answers stands in its section's file alone: a kind's item may
      // only retitle a section with fixed text.
      let choices: [Value] = layout.sections.map { section in
        section.title.contains("{{")
          ? .string(section.id)
          : .map(Mapping([("章节", .string(section.id)), ("标题", .string(section.title))]))
      }
      header += YAMLWriter.entry(key: "章节", value: .list(choices), indent: 0)
    }
    header += fields(declarations)
    return "---\n" + header + "---\n" + layout.kindBody
  }

  /// A section's file.
  static func section(
    _ section: TemplateLayout.Section, summary: String, declarations: [FieldDeclaration]
  ) -> String {
    var header = YAMLWriter.entry(key: "标题", value: .string(section.title), indent: 0)
    header += YAMLWriter.entry(key: "说明", value: .string(summary), indent: 0)
    header += fields(declarations)
    return "---\n" + header + "---\n" + section.body
  }

  /// `字段:` and each declaration under it.
  private static func fields(_ declarations: [FieldDeclaration]) -> String {
    guard !declarations.isEmpty else { return "" }
    var out = "字段:\n"
    for declaration in declarations {
      out += "  " + YAMLWriter.key(declaration.path) + ":\n"
      out += YAMLWriter.entry(key: "类型", value: .string(declaration.type.rawValue), indent: 4)
      out += YAMLWriter.entry(key: "提示", value: .string(declaration.prompt), indent: 4)
      if let example = declaration.example {
        out += YAMLWriter.entry(key: "示例", value: example, indent: 4)
      }
      out += YAMLWriter.entry(key: "标签", value: .string(declaration.label), indent: 4)
    }
    return out
  }
}
