/// The rules every answer is held to, against the fields a report's templates declare: keys
/// that are known, values of the declared type, no placeholder left from a copied report, dates
/// and years that agree with the report's year, items picked from phrase banks that exist.
/// Each problem is reported once, where it stands in the file; a value that breaks a rule is
/// also named in `rejected`, so that a report shows a gap in its place instead of printing it
/// as typed.
public struct AnswerRules: Sendable {
  /// What the rules found in one answers file.
  public struct Findings: Sendable {
    /// Every problem, in the order found (callers sort by place).
    public var problems: [Diagnostic] = []
    /// Paths (real list positions) of values that must not be printed as they are.
    public var rejected: Set<String> = []
    /// Paths a problem was reported about (refused values, unknown keys): nothing more need
    /// be said about them, or about what lies under them.
    public var reported: Set<String> = []
    /// The steps taken to suggest names for unknown keys and misnamed stock items: at most
    /// `Suggestions.maximumWork` each, so that checking is linear in the file.
    var suggestionWork = 0
  }

  let index: DeclarationIndex
  let suggestions: Suggestions
  /// The phrase banks, each with its stock items' names prepared for suggesting among them.
  let banks: [(bank: PhraseBank, names: Suggestions)]

  /// Rules for answers to the fields `declared` (groups declared at once, `干部.*`, among
  /// them), picking items from `banks`.
  public init(declared: [FieldDeclaration], banks: [PhraseBank]) {
    index = DeclarationIndex(declared)
    suggestions = index.suggestions()
    self.banks = banks.map { ($0, Suggestions($0.names)) }
  }

  /// The declaration of the field at `declared` (its declared form), its own or its group's.
  func declaration(_ declared: String) -> FieldDeclaration? { index.declaration(for: declared) }

  /// Holds `answers` to every rule.
  public func check(_ answers: Answers) -> Findings {
    var run = RuleRun(rules: self, answers: answers)
    run.checkYear()
    run.walk(answers.root, path: "", declared: "")
    run.scanStrings(answers.root, path: "")
    for (bank, names) in banks { run.checkChoices(from: bank, names: names) }
    return run.findings
  }
}

/// One pass of the rules over one answers file.
private struct RuleRun {
  let rules: AnswerRules
  let answers: Answers
  var findings = AnswerRules.Findings()
  /// The report's year, for dates and mentions of years.
  let year: Int?

  init(rules: AnswerRules, answers: Answers) {
    self.rules = rules
    self.answers = answers
    self.year = EngineValues.year(in: answers.root)
  }

  private mutating func report(
    _ problem: Diagnostic, about path: String? = nil, rejecting rejected: String? = nil
  ) {
    findings.problems.append(problem)
    if let rejected {
      findings.rejected.insert(rejected)
      findings.reported.insert(rejected)
    }
    if let path { findings.reported.insert(path) }
  }

  // MARK: The year

  /// `年度` must be a whole number that is a year: anything else is refused before any
  /// arithmetic meets it.
  mutating func checkYear() {
    guard let value = answers.root["年度"], !value.isAbsent, year == nil else { return }
    let years = EngineValues.plausibleYears
    let problem: String
    if let number = value.wholeNumber {
      problem =
        "应是 \(years.lowerBound) 到 \(years.upperBound) 之间的年份，这里是 "
        + Diagnostic.quotedPart(of: String(number))
    } else {
      problem = FieldType.integer.problem(with: value, choices: []) ?? "应是年份"
    }
    report(
      answers.error("“年度”\(problem)", at: "年度", hint: "写成四位数字的年份，如 2023。"),
      rejecting: "年度")
  }

  // MARK: Keys and types

  /// Checks keys and types under `value`: `path` has real list positions, `declared` has `[]`.
  mutating func walk(_ value: Value, path: String, declared: String) {
    switch value {
    case .map(let mapping):
      for (key, child) in mapping.pairs {
        let childPath = ValuePath.appending(key: key, to: path)
        let childDeclared = declared.isEmpty ? key : declared + "." + key
        if declared.isEmpty, EngineValues.names.contains(key) || key == "年度" { continue }
        if childDeclared == "报告.章节" { continue }
        guard rules.index.covers(childDeclared) else {
          report(
            answers.error(
              "不认识的字段“\(childDeclared)”", at: childPath, key: true,
              hint: EditDistance.didYouMean(
                rules.suggestions.closest(to: childDeclared, work: &findings.suggestionWork))
                ?? "检查拼写，或用 draft templates show 查看这份报告用到的字段。"),
            about: childPath)
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
    guard let declaration = rules.declaration(declared) else {
      if let problem = shapeProblem(value, path: path, declared: declared) {
        report(problem, rejecting: path)
      } else {
        walk(value, path: path, declared: declared)
      }
      return
    }
    if let problem = declaration.type.problem(with: value, choices: declaration.choices) {
      report(
        answers.error(
          "“\(path)”\(problem)", at: path,
          hint: declaration.prompt == declaration.label
            ? declaration.label : "\(declaration.label)：\(declaration.prompt)"),
        rejecting: path)
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
    let (holds, listOfRecords) = rules.index.holdsFields(declared)
    guard holds else { return nil }
    let shown: String
    switch value {
    case .null, .map: return nil
    case .list where listOfRecords: return nil
    case .string(let text): shown = "文字“\(Diagnostic.quotedPart(of: text, limit: 40))”"
    default: shown = value.typeName
    }
    let expected = listOfRecords ? "一组记录（每项写成“- 键: 值”）" : "一组字段（在下一行缩进写“键: 值”）"
    var hint: String
    if case .string(let text) = value, text.contains("：") {
      hint = "这里用了全角冒号“：”；请改成半角冒号“:”，并在后面加一个空格。"
    } else if case .string(let text) = value, text.contains(":") {
      hint = "冒号后面要加一个空格。"
    } else {
      let child = rules.index.paths.filter { $0.hasPrefix(declared + ".") }.min()
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
    report(
      answers.error(
        "“\(path)”的日期 \(text) 不在报告年度（\(year) 年）内", at: path,
        hint: "报告写的是 \(year) 年的工作：检查年份是否写错；“年度”写错了也会这样。"))
  }

  // MARK: Text: placeholders and other years

  /// Every text value, wherever it stands, is scanned for placeholders and for mentions of
  /// recent years other than the report's (text carried over from last year's report).
  mutating func scanStrings(_ value: Value, path: String) {
    switch value {
    case .string(let text):
      if let placeholder = Placeholders.first(in: text) {
        report(
          answers.error(
            "“\(path)”中有占位符“\(placeholder)”", at: path,
            hint: "这是从别的报告抄来时留下的空白，请换成实际的名称或数字；报告中这里先标为【待填】。"),
          rejecting: rejectionPath(for: path))
      } else if let year, let other = YearMentions.earlier(than: year, in: text),
        !isDate(path)
      {
        report(
          Diagnostic(
            .warning, "“\(path)”写的是 \(other) 年，不是报告的年度（\(year) 年）",
            at: answers.location(of: path),
            quoting: answers.location(of: path).flatMap {
              answers.sourceText(of: path)?.line($0.line)
            },
            hint: "这可能是从去年的答案中带来的内容；请核对后改成 \(year) 年的情况。"))
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

  private func isDate(_ path: String) -> Bool {
    rules.declaration(DeclarationIndex.declaredForm(of: path))?.type == .date
  }

  /// The value to leave out of the report for a placeholder at `path`: the declared field
  /// holding it (`上级` for `上级[1]`), or the text itself for an item picked from a phrase
  /// bank (`下一步.措施[2].内容`), so that the other items stay.
  private func rejectionPath(for path: String) -> String {
    var candidate = path
    while true {
      let declared = DeclarationIndex.declaredForm(of: candidate)
      if let declaration = rules.declaration(declared) {
        return declaration.type == .phrases ? path : candidate
      }
      guard let cut = candidate.lastIndex(where: { $0 == "." || $0 == "[" }) else { return path }
      candidate = String(candidate[..<cut])
    }
  }

  // MARK: Phrase banks

  /// Items picked from a phrase bank by a name that is not a stock item's (nor a beginning of
  /// one) are the user's own items, printed by their title alone: said, with the closest stock
  /// item's name when the name looks misspelt.
  mutating func checkChoices(from bank: PhraseBank, names: Suggestions) {
    guard let selection = bank.selection,
      case .list(let items)? = answers.root.value(atPath: selection)
    else {
      return
    }
    for (position, item) in items.enumerated() {
      let name: String
      switch item {
      case .string(let text): name = text
      case .map(let record) where record["内容"]?.isAbsent ?? true:
        name = record["标题"]?.string ?? record["名称"]?.string ?? ""
      default: continue
      }
      guard !name.isEmpty, PhraseMatching.stockName(for: name, among: bank.names) == nil else {
        continue
      }
      let near = names.closest(to: name, work: &findings.suggestionWork)
      report(
        Diagnostic(
          .warning, "“\(name)”不是措辞库中的条目，报告中只写出这个标题",
          at: answers.location(of: ValuePath.appending(index: position, to: selection)),
          quoting: answers.location(of: ValuePath.appending(index: position, to: selection))
            .flatMap { answers.sourceText(of: selection)?.line($0.line) },
          hint: (EditDistance.didYouMean(near) ?? "")
            + "要用现成的条目，写出条目名（或它逗号前的部分）；自拟的条目请写成 {标题: …, 内容: …}。"))
    }
  }
}

/// Mentions of years in text (`2022年`), to catch what was carried over from an earlier report.
enum YearMentions {
  /// The first year mentioned in `text` that lies in the ten years before `year`; nil when
  /// there is none. Later years (a plan to 2035) and long-past ones (1921) are not carried-over
  /// text.
  static func earlier(than year: Int, in text: String) -> Int? {
    let scalars = Array(text.unicodeScalars)
    var index = 0
    while index + 4 < scalars.count {
      let digits = scalars[index..<index + 4]
      let before = index > 0 ? scalars[index - 1] : " "
      if scalars[index + 4] == "年", digits.allSatisfy({ ("0"..."9").contains($0) }),
        !("0"..."9").contains(before)
      {
        let mentioned = digits.reduce(0) { $0 * 10 + Int($1.value - 48) }
        if mentioned < year, mentioned >= year - 10 { return mentioned }
      }
      index += 1
    }
    return nil
  }
}
