/// Checks an answers file against the fields its report's templates declare, and reports each
/// problem where it stands in the file: required fields missing, values of the wrong type,
/// unknown keys (with the closest known one), placeholders left from a copied report, dates
/// outside the report's year, and stock items misnamed.
public struct AnswersChecker: Sendable {
  public let catalogue: Catalogue

  public init(catalogue: Catalogue) { self.catalogue = catalogue }

  /// Every problem found, in the order they stand in the file.
  public func check(_ answers: Answers) -> [Diagnostic] {
    var work = 0
    return check(answers, suggestionWork: &work)
  }

  /// `check(_:)`, adding to `suggestionWork` the steps taken to suggest names for unknown keys
  /// and misnamed stock items: at most `Suggestions.maximumWork` each, so that checking is
  /// linear in the file.
  func check(_ answers: Answers, suggestionWork: inout Int) -> [Diagnostic] {
    var check = Check(answers: answers)
    let generator = ReportGenerator(catalogue: catalogue)
    var templates: [Template] = []
    var declarations: [FieldDeclaration]
    do {
      let plan = try catalogue.plan(for: answers)
      let sections = plan.sections.map(\.definition)
      declarations = generator.declarations(kind: plan.kind, sections: sections)
      templates.append(try generator.parse(plan.kind.file, kind: plan.kind))
      for section in sections {
        templates.append(try generator.parse(section.file, kind: plan.kind, section: section))
      }

    } catch {
      check.report(error)
      // Without a plan, any declaration may apply.
      declarations =
        catalogue.sharedFields + catalogue.kinds.flatMap(\.fields)
        + catalogue.sections.flatMap(\.fields)
    }
    // Each field as these templates use it, and the groups declared at once for the keys
    // under them that no template reads.
    let resolved = declarations.resolved(reading: templates)
    check.declarations = Dictionary(resolved.map { ($0.path, $0) }) { first, _ in first }
    check.index = DeclarationIndex(resolved + declarations.filter(\.isGroupOfKeys))
    check.suggestions = check.index.suggestions()
    check.walk(answers.root, path: "", declared: "")
    check.scanStrings(answers.root, path: "")
    if !templates.isEmpty {
      check.requireFields(read: templates.flatMap(\.references).map(\.path))
      for template in templates {
        for bank in template.phraseBanks { check.checkChoices(from: bank) }
      }
    }
    suggestionWork += check.suggestionWork
    return check.problems.sorted { lhs, rhs in
      let l = lhs.location ?? SourceLocation(file: "", line: 0, column: 0)
      let r = rhs.location ?? SourceLocation(file: "", line: 0, column: 0)
      return (l.line, l.column) < (r.line, r.column)
    }
  }
}

/// One run of the checks over one answers file.
private struct Check {
  let answers: Answers
  var declarations: [String: FieldDeclaration] = [:]
  var index = DeclarationIndex([])
  var suggestions = Suggestions([])
  var suggestionWork = 0
  var problems: [Diagnostic] = []

  init(answers: Answers) { self.answers = answers }

  /// The report's year, for dates.
  private var year: Int? {
    if case .int(let year)? = answers.root["年度"] { return year }
    return nil
  }

  mutating func report(_ error: Error) {
    switch error {
    case let diagnostic as Diagnostic: problems.append(diagnostic)
    case let list as DiagnosticList: problems += list.diagnostics
    default: problems.append(Diagnostic.error("\(error)"))
    }
  }

  // MARK: Keys and types

  /// Checks keys and types under `value`: `path` has real list positions, `declared` has `[]`.
  mutating func walk(_ value: Value, path: String, declared: String) {
    switch value {
    case .map(let mapping):
      for (key, child) in mapping.pairs {
        let childPath = ValuePath.appending(key: key, to: path)
        let childDeclared = declared.isEmpty ? key : declared + "." + key
        if declared.isEmpty, ReportData.engineNames.contains(key) { continue }
        if childDeclared == "报告.章节" { continue }
        guard index.covers(childDeclared) else {
          problems.append(
            answers.error(
              "不认识的字段“\(childDeclared)”", at: childPath, key: true,
              hint: EditDistance.didYouMean(
                suggestions.closest(to: childDeclared, work: &suggestionWork))
                ?? "检查拼写，或用 draft templates show 查看这份报告用到的字段。"))
          continue
        }
        checkValue(child, path: childPath, declared: childDeclared)
      }
    case .list(let items):
      for (position, item) in items.enumerated() {
        walk(
          item, path: ValuePath.appending(index: position, to: path), declared: declared + "[]")
      }
    default:
      break
    }
  }

  private mutating func checkValue(_ value: Value, path: String, declared: String) {
    guard let declaration = index.declaration(for: declared) else {
      if let problem = shapeProblem(value, path: path, declared: declared) {
        problems.append(problem)
      } else {
        walk(value, path: path, declared: declared)
      }
      return
    }
    if let problem = declaration.type.problem(with: value, choices: declaration.choices) {
      problems.append(
        answers.error(
          "“\(path)”\(problem)", at: path,
          hint: declaration.prompt == declaration.label
            ? declaration.label : "\(declaration.label)：\(declaration.prompt)"))
      return
    }
    switch declaration.type {
    case .records, .group:
      walk(value, path: path, declared: declared)
    case .date:
      checkYear(of: value, path: path, declared: declared)
    default:
      break
    }
  }

  /// A value that should hold declared fields (`统计` for `统计.党组会`) but is text, a
  /// number or a list: the fields meant for it are lost — often to a full-width colon, which
  /// makes `统计:` and an indented `党组会：12` one piece of text.
  private func shapeProblem(_ value: Value, path: String, declared: String) -> Diagnostic? {
    let (holds, listOfRecords) = index.holdsFields(declared)
    guard holds else { return nil }
    let shown: String
    switch value {
    case .null, .map: return nil
    case .list where listOfRecords: return nil
    case .string(let text): shown = "文字“\(text.count > 40 ? text.prefix(40) + "…" : text)”"
    default: shown = value.typeName
    }
    let expected = listOfRecords ? "一组记录（每项写成“- 键: 值”）" : "一组字段（在下一行缩进写“键: 值”）"
    var hint: String
    if case .string(let text) = value, text.contains("：") {
      hint = "这里用了全角冒号“：”；请改成半角冒号“:”，并在后面加一个空格。"
    } else if case .string(let text) = value, text.contains(":") {
      hint = "冒号后面要加一个空格。"
    } else {
      let child = declarations.keys.filter { $0.hasPrefix(declared + ".") }.min()
      hint = "请在“\(path)”下面写出它的各项" + (child.map { "，如“\($0)”" } ?? "") + "。"
    }
    return answers.error("“\(path)”应是\(expected)，这里是\(shown)", at: path, hint: hint)
  }

  /// A date outside the report's year contradicts it (the report's own date may fall early in
  /// the next year).
  private mutating func checkYear(of value: Value, path: String, declared: String) {
    guard let year, case .string(let text) = value, let date = ChineseDate(parsing: text) else {
      return
    }
    let allowed = declared == "报告.日期" ? year...(year + 1) : year...year
    guard !allowed.contains(date.year) else { return }
    problems.append(
      answers.error(
        "“\(path)”的日期 \(text) 不在报告年度（\(year) 年）内", at: path,
        hint: "报告写的是 \(year) 年的工作：检查年份是否写错；“年度”写错了也会这样。"))
  }

  // MARK: Placeholders

  /// Every text value, wherever it stands, is scanned for placeholders.
  mutating func scanStrings(_ value: Value, path: String) {
    switch value {
    case .string(let text):
      if let placeholder = Placeholders.first(in: text) {
        problems.append(
          answers.error(
            "“\(path)”中有占位符“\(placeholder)”", at: path,
            hint: "这是从别的报告抄来时留下的空白，请换成实际的名称或数字。"))
      }
    case .map(let mapping):
      for (key, child) in mapping.pairs {
        scanStrings(child, path: ValuePath.appending(key: key, to: path))
      }
    case .list(let items):
      for (position, item) in items.enumerated() {
        scanStrings(item, path: ValuePath.appending(index: position, to: path))
      }
    default:
      break
    }
  }

  // MARK: Required fields

  /// Every required field that the report's templates read must have a value. Reading the
  /// year's facts (`年度资料`) reads the year they are looked up by.
  mutating func requireFields(read references: [String]) {
    var read = Set(references)
    let facts = ReportData.yearFactsKey
    if read.contains(where: { $0 == facts || $0.hasPrefix(facts + ".") }) { read.insert("年度") }
    for declaration in declarations.values.sorted(by: { $0.path < $1.path })
    where declaration.required && isRead(declaration.path, in: read) {
      let parts = declaration.path.components(separatedBy: "[].")
      if parts.count == 2 {
        requireInEachItem(of: parts[0], field: parts[1], declaration: declaration)
      } else if value(at: declaration.path)?.isAbsent ?? true {
        problems.append(missing(declaration, named: declaration.path, near: declaration.path))
      }
    }
  }

  private func isRead(_ path: String, in read: Set<String>) -> Bool {
    read.contains { $0 == path || $0.hasPrefix(path + ".") || $0.hasPrefix(path + "[") }
  }

  private mutating func requireInEachItem(
    of list: String, field: String, declaration: FieldDeclaration
  ) {
    guard case .list(let items)? = value(at: list) else { return }
    for (position, item) in items.enumerated() where item[field]?.isAbsent ?? true {
      let itemPath = ValuePath.appending(index: position, to: list)
      problems.append(
        missing(declaration, named: ValuePath.appending(key: field, to: itemPath), near: itemPath))
    }
  }

  /// A required field missing: `name` is its path with real list positions, `path` the
  /// nearest place to point at.
  private func missing(_ declaration: FieldDeclaration, named name: String, near path: String)
    -> Diagnostic
  {
    var hint = declaration.prompt
    if let example = declaration.example, let text = try? example.printed() {
      hint += "。示例：\(text)"
    }
    // Point at the nearest part of the path that is written.
    var anchor = path
    while !anchor.isEmpty, answers.location(of: anchor, key: true) == nil {
      anchor = String(anchor[..<(anchor.lastIndex { $0 == "." || $0 == "[" } ?? anchor.startIndex)])
    }
    let label = declaration.label == declaration.path ? "" : "（\(declaration.label)）"
    return answers.error("缺少必填项“\(name)”\(label)", at: anchor, key: true, hint: hint)
  }

  private func value(at path: String) -> Value? { answers.root.value(atPath: path) }

  // MARK: Phrase banks

  /// Items picked from a phrase bank whose names are close to a stock item's are probably
  /// misspelt.
  mutating func checkChoices(from bank: PhraseBank) {
    guard let selection = bank.selection, case .list(let items)? = value(at: selection) else {
      return
    }
    let names = Suggestions(bank.names)
    for (position, item) in items.enumerated() {
      let name: String
      switch item {
      case .string(let text): name = text
      case .map(let record) where record["内容"]?.isAbsent ?? true:
        name = record["标题"]?.string ?? record["名称"]?.string ?? ""
      default: continue
      }
      guard !bank.names.contains(name),
        let near = names.closest(to: name, work: &suggestionWork)
      else { continue }
      problems.append(
        answers.error(
          "“\(name)”不是措辞库中的条目", at: ValuePath.appending(index: position, to: selection),
          hint: (EditDistance.didYouMean(near) ?? "") + "自拟的条目请写成 {标题: …, 内容: …}。"))
    }
  }
}
