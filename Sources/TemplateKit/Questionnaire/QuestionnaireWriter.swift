/// What a questionnaire starts from.
enum Prefill {
  /// Nothing: every field empty.
  case blank
  /// Last year's answers: names, the unit and stock choices kept; counts, amounts and dates
  /// emptied; the year moved on.
  case lastYear(Mapping)
  /// Values written as they are (the units' answers added up by `Rollup`, or the examples),
  /// each with a note on how it was made, by path; `head` opens the file.
  case filled(Mapping, notes: [String: String], head: [String])
}

/// Writes a questionnaire's YAML: nested keys for the fields, comments for prompts, values
/// carried over from last year, or rolled up from the units below, where that makes sense.
struct QuestionnaireWriter {
  let kind: ReportKind
  let banks: [PhraseBank]
  let prefill: Prefill
  let sectionIDs: [String]
  private var out = ""
  private var currentPart: String? = nil

  init(kind: ReportKind, banks: [PhraseBank], prefill: Prefill, sectionIDs: [String]) {
    self.kind = kind
    self.banks = banks
    self.prefill = prefill
    self.sectionIDs = sectionIDs
  }

  /// Last year's answers, when carrying them over.
  private var lastYear: Mapping? {
    if case .lastYear(let answers) = prefill { return answers }
    return nil
  }

  /// The values the questionnaire starts from, if any.
  private var given: Mapping? {
    switch prefill {
    case .blank: nil
    case .lastYear(let answers), .filled(let answers, _, _): answers
    }
  }

  /// Field types whose values belong to one year only: emptied when carrying over.
  static let yearly: Set<FieldType> = [.count, .integer, .number, .amount, .date]

  mutating func write(_ entries: [FieldOrder.Entry]) -> String {
    out = header()
    emit(entries, depth: 0, under: given)
    return out
  }

  private func header() -> String {
    if case .filled(_, _, let head) = prefill {
      return head.map { "# " + $0 + "\n" }.joined()
    }
    var text = "# 问卷：\(kind.name)\n"
    if !kind.summary.isEmpty { text += "# \(kind.summary)\n" }
    text += """
      #
      # 填写方法：在每个冒号后面填写。标有【必填】的必须填；其余的不填，报告中相应的话就不出现。
      # 文字直接写；数字只写阿拉伯数字（12，不写“12次”）；日期写作 2023-07-02；
      # 列表写作 [甲, 乙]，或每行一项、以“- ”开头。以 # 开头的是说明，不影响内容。
      # 填好后：draft check 本文件 检查；draft generate 本文件 -o 报告.docx 生成报告。

      """
    if lastYear != nil {
      text += """
        # 本问卷由去年的答案生成：名称、单位和措辞选择已保留，次数、金额、日期已清空（记录中的也一样），
        # 年度已加一。标有【请核对】的是去年的内容（写着去年、或是每年不同的事），改成今年的或删去。

        """
    }
    return text
  }

  /// Writes the entries whose keys share the first `depth` keys, grouped by their next key in
  /// the order first met.
  private mutating func emit(_ entries: [FieldOrder.Entry], depth: Int, under last: Mapping?) {
    var order: [String] = []
    var groups: [String: [FieldOrder.Entry]] = [:]
    // A list of records declared itself (`活动`) and by its fields (`活动[].日期`) is one key.
    let records = Set(entries.map { $0.keys[depth] }.filter { $0.hasSuffix("[]") })
    for entry in entries {
      var key = entry.keys[depth]
      if records.contains(key + "[]") { key += "[]" }
      if groups[key] == nil { order.append(key) }
      groups[key, default: []].append(entry)
    }
    let pad = String(repeating: "  ", count: depth)
    for key in order {
      guard let group = groups[key], let first = group.first else { continue }
      if depth == 0 {
        if first.part != currentPart, let part = first.part {
          out += "\n# —— \(part) ——\n"
          currentPart = part
        }
        out += "\n"
      }
      if key.hasSuffix("[]") {
        emitRecords(String(key.dropLast(2)), group, depth: depth, under: last)
      } else if group.count == 1, first.keys.count == depth + 1 {
        emitField(first.declaration, key: key, pad: pad, carried: last?[key])
      } else {
        let nested = group.filter { $0.keys.count > depth + 1 }
        if let own = group.first(where: { $0.keys.count == depth + 1 }) {
          out += comment(for: own.declaration, pad: pad)
        }
        out += pad + YAMLWriter.key(key) + ":\n"
        emit(nested, depth: depth + 1, under: last?[key]?.mapping)
      }
    }
    let written = order.map { $0.hasSuffix("[]") ? String($0.dropLast(2)) : $0 }
    emitLeftovers(of: last, besides: written, depth: depth)
  }

  private mutating func emitField(
    _ declaration: FieldDeclaration, key: String, pad: String, carried: Value?
  ) {
    out += comment(for: declaration, pad: pad)
    if case .filled(_, let notes, _) = prefill {
      if let note = notes[declaration.path] { out += pad + "# 汇总：\(note)\n" }
      out += YAMLWriter.entry(key: key, value: carried ?? .null, indent: pad.count)
      return
    }
    var value = carried.map { carryOver($0, as: declaration) } ?? .null
    switch declaration.path {
    case "报告.类型": value = .string(kind.id)
    case "年度":
      if let lastYear, let year = EngineValues.year(in: .map(lastYear)) {
        value = .int(year + 1)
      } else if carried.map({ !$0.isAbsent }) ?? false {
        out += pad + "# 【请核对】去年答案中的“年度”不是有效的年份，请填写今年的年度\n"
      }
    default:
      if let reason = review(value, as: declaration) { out += pad + "# 【请核对】\(reason)\n" }
    }
    out += YAMLWriter.entry(key: key, value: value, indent: pad.count)
  }

  /// Why a value carried over from last year must be looked at before it is used again: it
  /// names last year, or it is a fact of one year by its declaration; nil otherwise.
  private func review(_ value: Value, as declaration: FieldDeclaration) -> String? {
    guard lastYear != nil, !value.isAbsent else { return nil }
    if let year = nextYear, let text = try? value.printed(),
      let mentioned = YearMentions.earlier(than: year, in: text)
    {
      return "这是去年的内容，写的是 \(mentioned) 年的事"
    }
    return declaration.changesEveryYear ? "这是去年的内容，每年不同" : nil
  }

  /// The year the questionnaire is for: last year's, plus one.
  private var nextYear: Int? {
    lastYear.flatMap { EngineValues.year(in: .map($0)) }.map { $0 + 1 }
  }

  /// A list of records: the fields of one item, described in comments with an example item.
  private mutating func emitRecords(
    _ key: String, _ group: [FieldOrder.Entry], depth: Int, under last: Mapping?
  ) {
    let pad = String(repeating: "  ", count: depth)
    let fields = group.filter { $0.keys.count == depth + 2 }.map(\.declaration)
    if let own = group.first(where: { $0.keys.count == depth + 1 }) {
      out += comment(for: own.declaration, pad: pad)
    }
    out += pad + "# 每项一条，包括："
    out +=
      fields.map { field in
        let name = field.path.split(separator: ".").last.map(String.init) ?? field.path
        return name + "（" + (field.required ? "【必填】" : "") + field.prompt + "）"
      }.joined(separator: "；") + "。例如：\n"
    var example = Mapping()
    for field in fields {
      let name = field.path.split(separator: ".").last.map(String.init) ?? field.path
      example[name] = field.example ?? .string("……")
    }
    for line in YAMLWriter.block(.list([.map(example)]), indent: 0).split(separator: "\n") {
      out += pad + "#   " + line + "\n"
    }
    var carried = last?[key]
    if case .filled(_, let notes, _) = prefill {
      let path = String(fields.first?.path.split(separator: "[").first ?? Substring(key))
      if let note = notes[path] { out += pad + "# 汇总：\(note)\n" }
    } else if case .list(let items)? = carried {
      // Last year's records, their counts, amounts and dates emptied.
      let yearly = Set(
        fields.filter { Self.yearly.contains($0.type) }.compactMap {
          $0.path.split(separator: ".").last.map(String.init)
        })
      carried = .list(
        items.map { item in
          guard case .map(var record) = item else { return item }
          for field in record.keys where yearly.contains(field) {
            record[field] = .null
          }
          return .map(record)
        })
      out += pad + "# 【请核对】以下是去年的记录：次数、金额、日期已清空；今年没有的记录请删去\n"
    }
    out += YAMLWriter.entry(key: key, value: carried ?? .null, indent: pad.count)
  }

  private func comment(for declaration: FieldDeclaration, pad: String) -> String {
    var text = pad + "# " + (declaration.required ? "【必填】" : "") + declaration.prompt
    switch declaration.type {
    case .text, .paragraph, .group, .phrases: break
    case .choice: text += "。可选：" + declaration.choices.joined(separator: "、")
    default: text += "。类型：" + declaration.type.description
    }
    if declaration.path == "报告.类型" { text += "（不要改）" }
    if let example = declaration.example, declaration.path != "报告.类型",
      let line = example.string ?? YAMLWriter.inline(example)
    {
      text += "。示例：" + line
    }
    if let preset = kindDefault(at: declaration.path), let line = YAMLWriter.inline(preset) {
      text += "。本报告不填时为：" + line
    }
    text += "\n"
    if declaration.type == .phrases,
      let bank = banks.first(where: { $0.selection == declaration.path })
    {
      text += pad + "# 可选条目：" + bank.names.joined(separator: "、") + "\n"
    }
    if declaration.path == "报告.日期" {
      text +=
        "\(pad)# 章节：不写“章节”时依次为 " + sectionIDs.joined(separator: "、")
        + "；可写 章节: [……] 删减、调整顺序，或写成 {章节: 名称, 标题: 新标题} 改标题\n"
    }
    return text
  }

  private func kindDefault(at path: String) -> Value? {
    var value: Value? = .map(kind.defaults)
    for key in path.split(separator: ".") { value = value?[String(key)] }
    return value
  }

  /// Last year's value as this year's starting point: kept, or emptied for yearly types.
  private func carryOver(_ value: Value, as declaration: FieldDeclaration) -> Value {
    Self.yearly.contains(declaration.type) ? .null : value
  }

  /// What last year's answers hold at this level that no field here covers (the report's
  /// own settings such as `报告.章节`, a unit's own additions), kept as it was.
  private mutating func emitLeftovers(of last: Mapping?, besides keys: [String], depth: Int) {
    guard case .lastYear = prefill, let last else { return }
    let pad = String(repeating: "  ", count: depth)
    var first = true
    for (key, value) in last.pairs
    where !keys.contains(key) && !(depth == 0 && key == EngineValues.yearFacts) {
      if first {
        out += (depth == 0 ? "\n" : "") + pad + "# 去年答案中的其他内容，照旧保留：\n"
        first = false
      }
      out += YAMLWriter.entry(key: key, value: value, indent: pad.count)
    }
  }
}
