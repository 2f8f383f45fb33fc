extension RollupResult {
  /// The most unit names a note lists before `等 N 个单位`.
  static let namesShown = 8

  /// What the rollup did, as lines for the terminal (and, behind `# `, for the file's head):
  /// the fields summed, joined and copied, with the units that lacked them; the fields left
  /// for the organisation to write; values not counted; units left out.
  public var notes: [String] {
    var lines = ["汇总了 \(units.count) 个单位的答案。"]
    let summed = fields.filter {
      $0.treatment == .summed && $0.value != nil && $0.contributors > 0
    }
    if !summed.isEmpty {
      lines.append("已合计（次数、整数、数值、金额）：")
      for field in summed { lines.append("  " + describe(field)) }
    }
    let joined = fields.filter {
      if case .joined = $0.treatment { $0.value != nil && $0.contributors > 0 } else { false }
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
    let none = fields.filter {
      ($0.value == nil || $0.contributors == 0) && $0.treatment != .copied && !$0.isLeftOut
    }
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

  /// How the value of `field` was made, for the comment over it: `4 个单位合计；缺：甲、乙`;
  /// nil for a field left for the organisation to write, which its prompt already asks for.
  func note(on field: RolledField) -> String? {
    var text: String
    switch field.treatment {
    case .summed where field.contributors > 0: text = "\(field.contributors) 个单位合计"
    case .joined(let duplicates) where field.contributors > 0:
      text = "合并 \(field.contributors) 个单位的列表"
      if duplicates > 0 { text += "，去掉重复 \(duplicates) 项" }
    case .summed, .joined: return "各单位都没有填"
    case .copied: text = "各单位相同"
    case .leftOut(let yes?): return "\(units.count) 个单位中 \(yes) 个为“是”"
    case .leftOut: return nil
    }
    if field.contributors > 0, !field.lacking.isEmpty { text += "；缺：" + Self.names(field.lacking) }
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

extension RollupResult {
  /// The report kind of the organisation above: the one named (`draft rollup --type`), else the
  /// one every unit's report is of.
  public func parentKind(in catalogue: Catalogue, named id: String? = nil) throws(Diagnostic)
    -> ReportKind
  {
    if let id {
      guard let kind = catalogue.kind(id) else {
        let known = catalogue.kinds.map(\.id)
        throw Diagnostic.error(
          "没有名为“\(id)”的报告类型",
          hint: (EditDistance.didYouMean(id, among: known) ?? "") + "可用的报告类型："
            + known.joined(separator: "、"))
      }
      return kind
    }
    if case .string(let id)? = answers["报告"]?["类型"], let kind = catalogue.kind(id) { return kind }
    throw Diagnostic.error(
      "各单位的报告类型不同，不知道按哪一类报告汇总",
      hint: "用 --type 写明上级单位的报告类型，如 --type 落实主体责任情况报告。")
  }
}
