/// What a report will consist of: the kind the answers ask for (`报告.类型`) and its sections
/// in order, each with its heading — the kind's own, or as the answers reorder, leave out or
/// retitle them (`报告.章节`).
public struct ReportPlan: Sendable {
  public let kind: ReportKind
  public let sections: [Section]

  /// A section placed in the report, with the heading it has there.
  public struct Section: Sendable {
    public let definition: SectionDefinition
    public let title: String
  }
}

extension Catalogue {
  /// The plan for `answers`; an error when the kind or a section they name does not exist,
  /// pointing into the answers — or into the kind's file, at its `章节` item, when the kind
  /// lists a section that does not exist.
  public func plan(for answers: Answers) throws(Diagnostic) -> ReportPlan {
    let known = kinds.map(\.id)
    guard case .string(let id)? = answers.root["报告"]?["类型"] else {
      throw Diagnostic(
        .error, "答案中没有写报告类型（报告.类型）",
        at: answers.source.map { $0.location(line: 1, column: 1) },
        hint: "在答案文件开头写上：\n报告:\n  类型: \(known.first ?? "报告类型")\n可用的类型："
          + known.joined(separator: "、") + "（draft templates 可列出全部）")
    }
    guard let kind = kind(id) else {
      throw answers.error(
        "没有名为“\(id)”的报告类型", at: "报告.类型",
        hint: (EditDistance.didYouMean(id, among: known) ?? "") + "可用的类型："
          + known.joined(separator: "、"))
    }
    let fromAnswers = try SectionChoice.list(answers.root["报告"]?["章节"], at: "报告.章节") {
      message, path, hint in answers.error(message, at: path, hint: hint)
    }
    let chosen = fromAnswers.isEmpty ? kind.sections : fromAnswers
    let kindTitles = Dictionary(kind.sections.map { ($0.id, $0.title) }) { first, _ in first }
    let sections = try chosen.enumerated().map { index, choice throws(Diagnostic) in
      guard let section = section(choice.id) else {
        let known = self.sections.map(\.id)
        let message = "没有名为“\(choice.id)”的章节"
        let hint =
          (EditDistance.didYouMean(choice.id, among: known) ?? "") + "可用的章节："
          + known.joined(separator: "、")
        // The mistake is where the list was written: the answers' own, or the kind's.
        guard fromAnswers.isEmpty else {
          throw answers.error(message, at: "报告.章节[\(index)]", hint: hint)
        }
        throw kind.error(message, atSection: index, hint: hint)
      }
      return ReportPlan.Section(
        definition: section,
        title: choice.title ?? kindTitles[choice.id].flatMap { $0 } ?? section.title)
    }
    return ReportPlan(kind: kind, sections: sections)
  }
}

extension Answers {
  /// An error about the value at `path`, pointing at it and quoting its line when known.
  public func error(_ message: String, at path: String, key: Bool = false, hint: String? = nil)
    -> Diagnostic
  {
    let location = location(of: path, key: key)
    return Diagnostic(
      .error, message, at: location ?? source.map { $0.location(line: 1, column: 1) },
      quoting: location.flatMap { sourceText(of: path)?.line($0.line) }, hint: hint)
  }
}
