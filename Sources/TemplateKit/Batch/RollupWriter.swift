extension RollupResult {
  /// The most unit names a note lists before `等 N 个单位`.
  static let namesShown = 8

  /// What the rollup did, as lines for the terminal (and, behind `# `, for the file's head):
  /// the fields summed, joined and copied, with the units that lacked them; the fields left
  /// for the organisation to write; values not counted; units left out.
  public var notes: [String] {
    var lines = ["汇总了 \(units.count) 个单位的答案。"]
    let summed = fields.filter { $0.treatment == .summed && $0.value != nil }
    if !summed.isEmpty {
      lines.append("已合计（次数、整数、数值、金额）：")
      for field in summed { lines.append("  " + describe(field)) }
    }
    let joined = fields.filter {
      if case .joined = $0.treatment { $0.value != nil } else { false }
    }
    if !joined.isEmpty {
      lines.append("已合并（列表）：")
      for field in joined { lines.append("  " + describe(field)) }
    }
    let copied = fields.filter { $0.treatment == .copied }
    if !copied.isEmpty {
      lines.append(
        "各单位相同，照抄："
          + copied.map { "\($0.path)＝\($0.value.map(Self.text) ?? "")" }.joined(separator: "、"))
    }
    let none = fields.filter { $0.value == nil && $0.treatment != .copied && !$0.isLeftOut }
    if !none.isEmpty {
      lines.append(
        "各单位都没有填，没有汇总：" + none.map(\.path).joined(separator: "、"))
    }
    let left = fields.filter(\.isLeftOut)
    if !left.isEmpty {
      lines.append("没有汇总（文字、日期、选项和本单位自己的情况，请上级单位自己填写）：")
      lines.append("  " + left.map(leftOutText).joined(separator: "、"))
    }
    if !warnings.isEmpty {
      lines.append("没有计入的值（\(warnings.count) 个）：")
      for warning in warnings { lines.append("  " + warning.headline) }
    }
    if !failures.isEmpty {
      lines.append("没有计入的单位（答案有误，\(failures.count) 个）：")
      for failure in failures {
        lines.append("  \(failure.unit)：" + failure.problem.headline)
      }
    }
    return lines
  }

  /// The answers as a YAML answers file that `draft` reads back: the notes as comments at
  /// its head, and over each value a comment saying how it was made. `source` names where
  /// the units came from, for the head.
  public func yaml(source: String) -> String {
    var out = "# 汇总答案：由 draft rollup 从“\(source)”汇总而成。\n"
    out += "# 计数和金额已合计，列表已合并；文字没有汇总，请补上本单位自己的情况后再生成报告：\n"
    out += "#   draft check 本文件；draft generate 本文件 -o 报告.docx\n#\n"
    for line in notes { out += "# " + line + "\n" }
    let comments = Dictionary(fields.map { ($0.path, comment(for: $0)) }) { first, _ in first }
    emit(answers, prefix: "", indent: 0, comments: comments, into: &out)
    return out
  }

  private func emit(
    _ mapping: Mapping, prefix: String, indent: Int, comments: [String: String],
    into out: inout String
  ) {
    let pad = String(repeating: " ", count: indent)
    for (key, value) in mapping.pairs {
      let path = ValuePath.appending(key: key, to: prefix)
      // A blank line between the groups at the top, as questionnaires have.
      if indent == 0, !out.hasSuffix("\n\n") { out += "\n" }
      if let comment = comments[path] {
        out += pad + "# " + comment + "\n"
        out += YAMLWriter.entry(key: key, value: value, indent: indent)
      } else if case .map(let inner) = value, !inner.isEmpty {
        out += pad + YAMLWriter.key(key) + ":\n"
        emit(inner, prefix: path, indent: indent + 2, comments: comments, into: &out)
      } else {
        out += YAMLWriter.entry(key: key, value: value, indent: indent)
      }
    }
  }

  /// The comment over a value in the file.
  private func comment(for field: RolledField) -> String {
    var text: String
    switch field.treatment {
    case .summed: text = "\(field.label)：\(field.contributors) 个单位合计"
    case .joined(let duplicates):
      text = "\(field.label)：合并 \(field.contributors) 个单位的列表"
      if duplicates > 0 { text += "，去掉重复 \(duplicates) 项" }
    case .copied: text = "\(field.label)：各单位相同"
    case .leftOut: text = field.label
    }
    if !field.lacking.isEmpty { text += "；缺：" + Self.names(field.lacking) }
    return text
  }

  private func describe(_ field: RolledField) -> String {
    var text = field.path
    if !field.path.hasSuffix(field.label) { text += "（\(field.label)）" }
    switch field.treatment {
    case .summed:
      text += "＝\(field.value.map(Self.text) ?? "")，\(field.contributors) 个单位"
    case .joined(let duplicates):
      text += "：\(field.value?.list?.count ?? 0) 项，来自 \(field.contributors) 个单位"
      if duplicates > 0 { text += "，去掉重复 \(duplicates) 项" }
    default:
      break
    }
    if !field.lacking.isEmpty { text += "；缺：" + Self.names(field.lacking) }
    return text
  }

  private func leftOutText(_ field: RolledField) -> String {
    if case .leftOut(let yes?) = field.treatment {
      return "\(field.path)（\(units.count) 个单位中 \(yes) 个为“是”）"
    }
    if Rollup.copiedWhenShared.contains(field.path), field.contributors > 0 {
      return "\(field.path)（各单位不同）"
    }
    return field.path
  }

  /// `甲、乙、丙`, or the first few and `等 N 个单位`.
  static func names(_ names: [String]) -> String {
    guard names.count > namesShown else { return names.joined(separator: "、") }
    return names.prefix(namesShown).joined(separator: "、") + "等 \(names.count) 个单位"
  }

  private static func text(_ value: Value) -> String {
    switch value {
    case .string(let text): text
    default: YAMLWriter.inline(value) ?? ""
    }
  }
}

extension RolledField {
  /// Whether the field was left for the organisation to write.
  var isLeftOut: Bool {
    if case .leftOut = treatment { true } else { false }
  }
}
