/// The answers a learned report kind gives back its report with: every field with the value
/// the report had, grouped by the first key of its path in the order the report first prints
/// them, each with its prompt as a comment. A blank the report left is a key with no value.
enum AnswersFile {
  /// The answers of report `report` (its position among those learned from); `sections` is
  /// its `报告.章节` when it heads the parts otherwise than the kind does.
  static func text(
    kindID: String, source: String, fields: [FieldTable.Field],
    declarations: [String: FieldDeclaration], report: Int, sections: Value? = nil
  ) -> String {
    var out = "# draft learn 从“\(source)”学得的答案：每个字段都是原文中的值。\n"
    out += "# draft generate 本文件 --templates 模板文件夹 生成的报告就是原文；改一个值，报告中只有那一处随之改变。\n"
    if fields.contains(where: { $0.values[report] == nil }) {
      out += "# 原文中的空白（XX、** 等）是没有值的字段，生成的报告中显示为【待填：…】，填上即可。\n"
    }
    var groups: [(key: String, entries: [(key: String, field: FieldTable.Field)])] = []
    var reportGroup = [("类型", Value.string(kindID))]
    if let sections { reportGroup.append(("章节", sections)) }
    for field in fields {
      let parts = field.path.split(separator: ".", maxSplits: 1).map(String.init)
      if parts[0] == "报告", parts.count == 2 {
        reportGroup.append((parts[1], field.values[report] ?? .null))
        continue
      }
      let key = parts.count == 2 ? parts[1] : ""
      if let index = groups.firstIndex(where: { $0.key == parts[0] }) {
        groups[index].entries.append((key, field))
      } else {
        groups.append((parts[0], [(key, field)]))
      }
    }
    out += "\n报告:\n"
    for (key, value) in reportGroup { out += YAMLWriter.entry(key: key, value: value, indent: 2) }
    for group in groups {
      out += "\n"
      if let only = group.entries.first, group.entries.count == 1, only.key.isEmpty {
        out += comment(for: only.field, declarations: declarations, indent: 0)
        out += YAMLWriter.entry(
          key: group.key, value: only.field.values[report] ?? .null, indent: 0)
        continue
      }
      out += YAMLWriter.key(group.key) + ":\n"
      for (key, field) in group.entries {
        out += comment(for: field, declarations: declarations, indent: 2)
        out += YAMLWriter.entry(key: key, value: field.values[report] ?? .null, indent: 2)
      }
    }
    return out
  }

  private static func comment(
    for field: FieldTable.Field, declarations: [String: FieldDeclaration], indent: Int
  ) -> String {
    let prompt = declarations[field.path]?.prompt ?? field.meaning
    let pad = String(repeating: " ", count: indent)
    return pad + "# " + prompt.replacingOccurrences(of: "\n", with: " ") + "\n"
  }
}
