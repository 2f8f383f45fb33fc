/// The answers a report did not use, each said where it was written and why it is not in the
/// report — nothing a user typed is dropped without a word.
struct UnusedAnswers {
  let answers: Answers
  /// What the rendering read.
  let use: AnswerUse
  /// Every field the report's templates read, with the condition each is read under.
  let references: [FieldReference]
  /// The fields the report (or the previewed section) is expected to use: answers to others
  /// are another report's business.
  let expected: DeclarationIndex
  let kindName: String?
  /// The catalogue's sections this report does not have, to name one that would use an answer.
  let otherSections: [SectionDefinition]
  /// Paths the rules already spoke about.
  let alreadyReported: Set<String>
  /// Declared paths whose 0 means “not done”: a 0 there is left out on purpose.
  let zeroMeansNone: Set<String>

  /// Answers the engine uses outside the templates: the report's kind and sections, and the
  /// unit's full name, which names it in a batch.
  static let usedByTheEngine: Set<String> = ["报告.类型", "报告.章节", "单位.全称"]

  /// One warning per answer that did not reach the report, with the answer's path.
  func warnings() -> [(path: String, warning: Diagnostic)] {
    var found: [String] = []
    collect(answers.root, path: "", into: &found)
    return found.compactMap { path in warning(about: path).map { (path, $0) } }
  }

  /// The answered values under `value`: scalars, lists of texts taken whole, the fields of
  /// each record of a list of records.
  private func collect(_ value: Value, path: String, into found: inout [String]) {
    if alreadyReported.contains(path) || Self.usedByTheEngine.contains(path) { return }
    switch value {
    case .map(let mapping):
      for (key, child) in mapping.pairs {
        if path.isEmpty, EngineValues.names.contains(key) { continue }
        collect(child, path: ValuePath.appending(key: key, to: path), into: &found)
      }
    case .list(let items) where items.contains(where: { $0.mapping != nil }):
      for (index, item) in items.enumerated() {
        collect(item, path: ValuePath.appending(index: index, to: path), into: &found)
      }
    default:
      if !value.isAbsent, !path.isEmpty { found.append(path) }
    }
  }

  private func warning(about path: String) -> Diagnostic? {
    let declared = DeclarationIndex.declaredForm(of: path)
    guard expected.covers(declared), !reached(path) else { return nil }
    if zeroMeansNone.contains(declared), answers.root.value(atConcretePath: path)?.number == 0 {
      return nil
    }
    let (reason, hint) = explanation(path: path, declared: declared)
    let location = answers.location(of: path)
    return Diagnostic(
      .warning, "“\(path)”没有写进报告：\(reason)", at: location,
      quoting: location.flatMap { answers.sourceText(of: path)?.line($0.line) }, hint: hint)
  }

  /// Whether the value at `path` reached the report, directly or through a value the engine
  /// makes of it (`主语` of the unit's name, `年度资料` of the year).
  private func reached(_ path: String) -> Bool {
    if use.reached(path) { return true }
    switch path {
    case "年度": return use.readAnything(under: EngineValues.yearFacts)
    case "单位.简称": return use.reached(EngineValues.subject)
    default: return false
    }
  }

  /// Why `path` is not in the report, and what to do about it.
  private func explanation(path: String, declared: String) -> (String, String) {
    if let missing = use.vanishedBecause(path), !missing.isEmpty {
      return (
        "它所在的那句话只在填写了“\(missing)”时才写进报告",
        "填写“\(missing)”，这句话就会出现；如不需要，可以删去“\(path)”。"
      )
    }
    let reading = references.filter { reference in
      reference.path == declared || declared.hasPrefix(reference.path + ".")
        || declared.hasPrefix(reference.path + "[")
    }
    if reading.isEmpty {
      if let section = otherSections.first(where: { section in
        section.fields.contains { $0.path == declared }
      }) {
        return (
          "只有章节“\(section.id)”用到它，本报告没有这一章",
          "要写进报告，请在“报告.章节”中加入“\(section.id)”；否则可以删去它。"
        )
      }
      return (
        kindName.map { "“\($0)”不用它" } ?? "这一章不用它",
        "这可能是别的报告类型的答案；不需要时可以删去。"
      )
    }
    for reference in reading {
      for clause in reference.clauses.reversed() {
        if let missing = use.vanishedBecause(clauseAt: clause), !missing.isEmpty {
          return (
            "它所在的那句话只在填写了“\(missing)”时才写进报告",
            "填写“\(missing)”，这句话就会出现；如不需要，可以删去“\(path)”。"
          )
        }
      }
    }
    let conditions = reading.compactMap(\.onlyWhen)
    if conditions.count == reading.count, !conditions.isEmpty {
      var unique: [String] = []
      for condition in conditions where !unique.contains(condition) { unique.append(condition) }
      let said = unique.prefix(2).joined(separator: "或")
      return ("它只在\(said)才写进报告", "这一次条件不成立，所以没有用到它；不需要时可以删去。")
    }
    return ("用到它的那段话在本报告中没有出现", "检查同一段话用到的其他答案是否都已填写。")
  }
}
