/// Writes a questionnaire's YAML: nested keys for the fields, comments for prompts, values
/// carried over from last year where that makes sense.
struct QuestionnaireWriter {
  let outline: QuestionnaireOutline
  private var out = ""

  init(_ outline: QuestionnaireOutline) { self.outline = outline }

  mutating func write() -> String {
    out = header()
    for item in outline.items {
      switch item {
      case .part(let part):
        out += "\n# —— \(part) ——\n"
      case .group(let keys, let own):
        let pad = Self.pad(keys)
        if keys.count == 1 { out += "\n" }
        if let own { out += comment(for: own, pad: pad) }
        out += pad + YAMLWriter.key(keys[keys.count - 1]) + ":\n"
      case .field(let declaration, let keys, let value, let remark):
        if keys.count == 1 { out += "\n" }
        out += comment(for: declaration, pad: Self.pad(keys))
        if let remark { out += Self.pad(keys) + "# " + remark + "\n" }
        out += YAMLWriter.entry(key: keys[keys.count - 1], value: value, indent: keys.count * 2 - 2)
      case .records(let keys, let own, let fields, let value, let remark):
        if keys.count == 1 { out += "\n" }
        if let own { out += comment(for: own, pad: Self.pad(keys)) }
        writeRecords(keys: keys, fields: fields, value: value, remark: remark)
      case .leftover(let keys, let value, let first):
        let pad = Self.pad(keys)
        if first { out += (keys.count == 1 ? "\n" : "") + pad + "# 去年答案中的其他内容，照旧保留：\n" }
        out += YAMLWriter.entry(key: keys[keys.count - 1], value: value, indent: pad.count)
      }
    }
    return out
  }

  private static func pad(_ keys: [String]) -> String {
    String(repeating: "  ", count: keys.count - 1)
  }

  private func header() -> String {
    if let head = outline.head { return head.map { "# " + $0 + "\n" }.joined() }
    var text = "# 问卷：\(outline.kind.name)\n"
    if !outline.kind.summary.isEmpty { text += "# \(outline.kind.summary)\n" }
    text += """
      #
      # 填写方法：在每个冒号后面填写。标有【必填】的必须填；其余的不填，报告中相应的话就不出现。
      # 文字直接写；数字只写阿拉伯数字（12，不写“12次”）；日期写作 2023-07-02；
      # 列表写作 [甲, 乙]，或每行一项、以“- ”开头。以 # 开头的是说明，不影响内容。
      # 填好后：draft check 本文件 检查；draft generate 本文件 -o 报告.docx 生成报告。

      """
    if outline.carriesOver {
      text += QuestionnaireOutline.carryOverNote.split(separator: "\n").map { "# \($0)\n" }.joined()
    }
    return text
  }

  /// A list of records: the fields of one item, described in comments with an example item.
  private mutating func writeRecords(
    keys: [String], fields: [FieldDeclaration], value: Value, remark: String?
  ) {
    let pad = Self.pad(keys)
    out += pad + "# 每项一条，包括："
    out +=
      fields.map { field in
        field.key + "（" + (field.required ? "【必填】" : "") + field.prompt + "）"
      }.joined(separator: "；") + "。例如：\n"
    var example = Mapping()
    for field in fields { example[field.key] = field.example ?? .string("……") }
    for line in YAMLWriter.block(.list([.map(example)]), indent: 0).split(separator: "\n") {
      out += pad + "#   " + line + "\n"
    }
    if let remark { out += pad + "# " + remark + "\n" }
    out += YAMLWriter.entry(key: keys[keys.count - 1], value: value, indent: pad.count)
  }

  private func comment(for declaration: FieldDeclaration, pad: String) -> String {
    let note = FieldNote(declaration, in: outline)
    var text = pad + "# " + note.summary
    if let example = note.example { text += "。示例：" + example }
    if let preset = note.preset { text += "。本报告不填时为：" + preset }
    text += "\n"
    if let options = note.options {
      text += pad + "# 可选条目：" + options.joined(separator: "、") + "\n"
    }
    if let sections = note.defaultSections {
      text +=
        "\(pad)# 章节：不写“章节”时依次为 " + sections.joined(separator: "、")
        + "；可写 章节: [……] 删减、调整顺序，或写成 {章节: 名称, 标题: 新标题} 改标题\n"
    }
    return text
  }
}

extension FieldDeclaration {
  /// The last key of the path: `党组会` for `统计.党组会`, `日期` for `活动[].日期`.
  var key: String { path.split(separator: ".").last.map(String.init) ?? path }
}
