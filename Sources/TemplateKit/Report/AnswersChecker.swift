/// Checks an answers file the way `draft check` does: every rule of `AnswerRules`, every
/// required field the report reads, and every answer that would not reach the report — each
/// problem once, where it stands in the file.
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
    let generator = ReportGenerator(catalogue: catalogue)
    let plan: ReportPlan
    do {
      plan = try catalogue.plan(for: answers)
    } catch {
      // Without a plan, any declaration may apply.
      let declared =
        catalogue.sharedFields + catalogue.kinds.flatMap(\.fields)
        + catalogue.sections.flatMap(\.fields)
      let findings = AnswerRules(declared: declared, banks: []).check(answers)
      suggestionWork += findings.suggestionWork
      return Diagnostic.inFileOrder([error.diagnostic] + findings.problems)
    }
    do {
      let report = try generator.generate(answers)
      suggestionWork += report.suggestionWork
      let declared = generator.declarations(
        kind: plan.kind, sections: plan.sections.map(\.definition))
      let gaps = MissingAnswers(answers: answers, declared: declared).problems(
        for: report.missing.filter { field in
          !([field.path] + AnswerUse.ancestors(of: field.path)).contains(
            where: report.reported.contains)
        })
      return Diagnostic.inFileOrder(report.problems + gaps)
    } catch {
      return [error.diagnostic]
    }
  }
}

/// The values a report lacks (its gaps), each said as a problem pointed at the nearest part of
/// its path that is written.
struct MissingAnswers {
  let answers: Answers
  let declared: [FieldDeclaration]

  /// A problem for each field that left a gap; facts of the year are left to the note on the
  /// year (`ReportGenerator`).
  func problems(for missing: [MissingField]) -> [Diagnostic] {
    let declarations = Dictionary(declared.map { ($0.path, $0) }) { first, _ in first }
    var fields = missing.filter { !$0.path.hasPrefix(EngineValues.yearFacts + ".") }
    // Facts of the year missing for want of the year: the year is what to fill in.
    if fields.count < missing.count, answers.root["年度"]?.isAbsent ?? true,
      !fields.contains(where: { $0.path == "年度" }), let year = declarations["年度"]
    {
      fields.append(
        MissingField(path: "年度", label: year.label, prompt: year.prompt, occurrences: 0))
    }
    return fields.map { field in
      problem(field, declaration: declarations[DeclarationIndex.declaredForm(of: field.path)])
    }
  }

  private func problem(_ field: MissingField, declaration: FieldDeclaration?) -> Diagnostic {
    var hint = field.prompt ?? "在答案中填写它。"
    if let example = declaration?.example, let text = try? example.printed() {
      hint += "。示例：\(text)"
    }
    var anchor = field.path
    while !anchor.isEmpty, answers.location(of: anchor, key: true) == nil {
      anchor = String(anchor[..<(anchor.lastIndex { $0 == "." || $0 == "[" } ?? anchor.startIndex)])
    }
    let label = field.label == field.path ? "" : "（\(field.label)）"
    let what = declaration?.required == true ? "缺少必填项" : "缺少"
    return answers.error("\(what)“\(field.path)”\(label)", at: anchor, key: true, hint: hint)
  }
}
