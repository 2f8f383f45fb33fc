/// Makes reports from answers: finds the kind the answers ask for and its sections, parses
/// their templates, holds the answers to the rules (`AnswerRules`), adds what the engine knows,
/// renders, and says what is missing and what went unused.
public struct ReportGenerator: Sendable {
  public let catalogue: Catalogue
  public var limits: RenderLimits
  /// Where parsed templates are kept between reports; nil parses them for every report
  /// (so that a session watching files sees templates change). A batch sets one.
  public var templates: TemplateCache?

  public init(
    catalogue: Catalogue, limits: RenderLimits = RenderLimits(), templates: TemplateCache? = nil
  ) {
    self.catalogue = catalogue
    self.limits = limits
    self.templates = templates
  }

  /// The whole report.
  public func generate(_ answers: Answers) throws(Diagnostic) -> Report {
    let plan = try catalogue.plan(for: answers)
    let template = try parse(plan.kind.file, kind: plan.kind)
    let slots = try plan.sections.map { section throws(Diagnostic) in
      SectionSlot(
        title: section.title,
        template: try parse(section.definition.file, kind: plan.kind, section: section.definition))
    }
    let sections = plan.sections.map(\.definition)
    let setup = setup(
      kind: plan.kind, sections: sections, templates: [template] + slots.map(\.template),
      unusedScope: .report(declared: declarations(kind: plan.kind, sections: sections)))
    return try render(
      template, slots: slots, sections: sections, answers: answers, kind: plan.kind, setup: setup)
  }

  /// One section only, numbered as it stands in the report, for filling in answers section by
  /// section. `name` is the section's id, its heading, or its place in the report (1, 2…). A
  /// section the report's kind does not have is previewed as the first, and `Report.problems`
  /// says so.
  public func preview(_ answers: Answers, section name: String) throws(Diagnostic) -> Report {
    let plan = try? catalogue.plan(for: answers)
    let kind = plan?.kind
    let choices = plan?.sections ?? []
    var choice: ReportPlan.Section
    var ordinal = 1
    var outside: Diagnostic? = nil
    if let position = Int(name), choices.indices.contains(position - 1) {
      choice = choices[position - 1]
      ordinal = position
    } else if let found = choices.firstIndex(where: {
      $0.definition.id == name || $0.title == name
    }) {
      choice = choices[found]
      ordinal = found + 1
    } else if let section = catalogue.section(name)
      ?? catalogue.sections.first(where: { $0.title == name })
    {
      choice = ReportPlan.Section(definition: section, title: section.title)
      if let kind {
        outside = Diagnostic(
          .note, "“\(kind.name)”中没有章节“\(section.id)”，这里按单独的一章预览",
          hint: "本报告的章节：" + choices.map(\.definition.id).joined(separator: "、")
            + "；要写进报告，请在答案的“报告.章节”中加入它。")
      }
    } else {
      let known = choices.isEmpty ? catalogue.sections.map(\.id) : choices.map(\.definition.id)
      throw Diagnostic.error(
        "没有名为“\(name)”的章节",
        hint: (EditDistance.didYouMean(name, among: known) ?? "")
          + "可用的章节：" + known.joined(separator: "、") + "；也可以写章节的序号，如 1。")
    }
    let section = choice.definition
    let template = try parse(section.file, kind: kind, section: section)
    let frame = try catalogue.environment.parse("{% sections %}", name: "预览")
    // The answers are held to the rules of the whole report, so that those for its other
    // sections are not taken for unknown ones; only the section's own are expected in it.
    var known = choices.map(\.definition)
    if !known.contains(where: { $0.id == section.id }) { known.append(section) }
    var templates = try known.map { other throws(Diagnostic) in
      other.id == section.id ? template : try parse(other.file, kind: kind, section: other)
    }
    if let kind { templates.insert(try parse(kind.file, kind: kind), at: 0) }
    let setup = setup(
      kind: kind, sections: known, templates: templates,
      unusedScope: .section(declared: section.fields, id: section.id))
    var report = try render(
      frame, slots: [SectionSlot(title: choice.title, template: template, ordinal: ordinal)],
      sections: [section], answers: answers, kind: kind, setup: setup)
    if let outside { report.problems.insert(outside, at: 0) }
    return report
  }

  /// Which answers a report is expected to use: all it declares, or a previewed section's.
  private enum UnusedScope {
    case report(declared: [FieldDeclaration])
    case section(declared: [FieldDeclaration], id: String)

    var declared: [FieldDeclaration] {
      switch self {
      case .report(let declared), .section(let declared, _): declared
      }
    }
  }

  /// Renders `template` with `slots`, the templates of `sections`, under `setup`.
  private func render(
    _ template: Template, slots: [SectionSlot], sections: [SectionDefinition], answers: Answers,
    kind: ReportKind?, setup: ReportSetup
  ) throws(Diagnostic) -> Report {
    let findings = setup.rules.check(answers)
    let given = (answers.root.mapping ?? Mapping()).withoutAbsentValues()
      .removing(findings.rejected)
    let data = ReportData.assemble(
      answers: (kind?.defaults ?? Mapping()).merging(given),
      voice: kind?.voice ?? .unit, yearFacts: catalogue.yearFacts)
    let renderer = Renderer(
      data: data, labels: setup.labels, required: setup.required, answers: answers,
      rejected: findings.rejected, zeroMeansNone: setup.zeroMeansNone, limits: limits)
    var slots = slots
    for (index, section) in zip(slots.indices, sections) {
      // A section under its own heading, when that heading prints answers, is headed by them.
      if let position = section.titlePosition, slots[index].title == section.title {
        slots[index].title = try heading(
          of: section, at: position, renderer: renderer, declared: setup.rules.index)
      }
    }
    let (document, use) = try renderer.renderTracingUse(template, sections: slots)
    let unused = UnusedAnswers(
      answers: answers, use: use, references: setup.references, expected: setup.expected,
      kindName: kind?.name, otherSections: setup.otherSections,
      alreadyReported: findings.reported, zeroMeansNone: setup.zeroMeansNone)
    let unusedAnswers = unused.warnings()
    var problems = findings.problems + unusedAnswers.map(\.warning)
    if let note = yearFactsNote(answers: answers, references: setup.references) {
      problems.append(note)
    }
    return Report(
      document: document,
      missing: Self.missing(in: document, declared: setup.declared, catalogue: catalogue),
      problems: Diagnostic.inFileOrder(problems), reported: findings.reported,
      unused: unusedAnswers.map(\.path), suggestionWork: findings.suggestionWork)
  }

  /// The setup of a report of `kind` with `sections`, made once for them when templates are
  /// cached (a batch), else for this report.
  private func setup(
    kind: ReportKind?, sections: [SectionDefinition], templates: [Template],
    unusedScope: UnusedScope
  ) -> ReportSetup {
    let make = {
      ReportSetup(
        catalogue: catalogue, all: declarations(kind: kind, sections: sections),
        sections: sections, templates: templates, expected: unusedScope.declared)
    }
    guard let cache = self.templates else { return make() }
    let scope =
      switch unusedScope {
      case .report: "报告"
      case .section(_, let id): "预览 " + id
      }
    let name = ([scope, kind?.id ?? ""] + sections.map(\.id)).joined(separator: "/")
    return cache.setup(named: name, make: make)
  }

  /// A section's heading that prints answers (`{{ 年度 + 1 }}年工作打算`), filled in from them:
  /// parsed where it stands in the section's file, so that its errors point there, its fields
  /// checked as declared like a template's, and rendered to its text (a missing answer as its
  /// 【待填：…】 marker).
  private func heading(
    of section: SectionDefinition, at position: TextPosition, renderer: Renderer,
    declared: DeclarationIndex
  ) throws(Diagnostic) -> String {
    // Blank lines and spaces put the heading at its line and column in the file.
    let text =
      String(repeating: "\n", count: max(position.line - 1, 0))
      + String(repeating: " ", count: max(position.column - 1, 0)) + section.title
    let parse = { () throws(Diagnostic) in
      try catalogue.environment.parse(text, name: section.file.name)
    }
    let template: Template
    if let templates {
      template = try templates.template(named: "标题/" + section.file.name, parse: parse)
    } else {
      template = try parse()
    }
    for reference in template.references where !declared.covers(reference.path) {
      throw Diagnostic(
        .error, "章节标题读取了没有声明的字段“\(reference.path)”", at: reference.location,
        quoting: section.file.source.line(position.line),
        hint: "在模板开头的“字段”中声明它（类型、提示、示例）。")
    }
    var heading = ""
    for case .paragraph(let paragraph) in try renderer.render(template).blocks {
      heading += paragraph.content.plainText
    }
    return heading
  }

  /// Every declaration a template of this report may rely on.
  func declarations(kind: ReportKind?, sections: [SectionDefinition])
    -> [FieldDeclaration]
  {
    catalogue.sharedFields + (kind?.fields ?? []) + sections.flatMap(\.fields)
  }

  /// Parses a catalogue template — the kind's own, or one of its sections — and checks that
  /// every field it reads is declared: in the shared fields, the kind's, or the section's.
  /// With a cache, each is parsed and checked once for a kind.
  func parse(_ file: TemplateFile, kind: ReportKind?, section: SectionDefinition? = nil)
    throws(Diagnostic)
    -> Template
  {
    let declared = declarations(kind: kind, sections: section.map { [$0] } ?? [])
    guard let templates else { return try parse(file, declaring: declared) }
    return try templates.template(named: (kind?.id ?? "") + "/" + file.name) {
      () throws(Diagnostic) in try parse(file, declaring: declared)
    }
  }

  private func parse(_ file: TemplateFile, declaring declared: [FieldDeclaration])
    throws(Diagnostic)
    -> Template
  {
    let template = try catalogue.environment.parse(file)
    let checker = DeclarationIndex(declared)
    for reference in template.references where !checker.covers(reference.path) {
      throw Diagnostic(
        .error, "模板读取了没有声明的字段“\(reference.path)”", at: reference.location,
        quoting: template.sourceLine(at: reference.location),
        hint: (EditDistance.didYouMean(checker.suggestion(for: reference.path)) ?? "")
          + "在模板开头的“字段”中声明它（类型、提示、示例、必填）。")
    }
    return template
  }

  /// A year the built-in facts do not know: each phrase that depends on the year shows a gap,
  /// and this says how to supply the facts. Nil when the report reads no facts of the year, or
  /// has them.
  private func yearFactsNote(answers: Answers, references: [FieldReference]) -> Diagnostic? {
    let facts = EngineValues.yearFacts
    guard let year = EngineValues.year(in: answers.root),
      catalogue.yearFacts[String(year)] == nil,
      references.contains(where: { $0.path.hasPrefix(facts + ".") })
    else { return nil }
    return Diagnostic(
      .warning, "年度资料中没有 \(year) 年的（\(catalogue.yearFactsCoverage)）",
      at: answers.location(of: "年度"),
      quoting: answers.location(of: "年度").flatMap { answers.source?.line($0.line) },
      hint: "报告中与年度有关的说法（党的代表大会、全会、主题教育……）已标为【待填】：在答案中写明"
        + "“\(facts).大会”等各项，或在自己的模板目录的 data/年度.yaml 中补上 \(year) 年的资料。")
  }

  /// The gaps of `document`, each field once, with its prompt; a fact of the year
  /// (`年度资料.…`) is missing when the year is, or is one the facts do not cover.
  private static func missing(
    in document: Document, declared: [FieldDeclaration], catalogue: Catalogue
  ) -> [MissingField] {
    var prompts = Dictionary(declared.map { ($0.path, $0.prompt) }) { first, _ in first }
    for gap in document.gaps where gap.field.hasPrefix(EngineValues.yearFacts + ".") {
      prompts[DeclarationIndex.declaredForm(of: gap.field)] =
        "与年度有关的事实（年度资料\(catalogue.yearFactsCoverage)）：没有填“年度”时填上它；"
        + "是资料没有的年份时，在答案中写明“\(gap.field)”，或在模板目录的 data/年度.yaml 中补上这一年"
    }
    let labels = Dictionary(declared.map { ($0.path, $0.label) }) { first, _ in first }
    var order: [String] = []
    var found: [String: MissingField] = [:]
    for gap in document.gaps {
      let field = EngineValues.answer(behind: gap.field) ?? gap.field
      if found[field] == nil {
        order.append(field)
        let declaredPath = DeclarationIndex.declaredForm(of: field)
        found[field] = MissingField(
          path: field, label: field == gap.field ? gap.label : labels[field] ?? field,
          prompt: prompts[declaredPath], occurrences: 0)
      }
      found[field]?.occurrences += 1
    }
    return order.compactMap { found[$0] }
  }
}

extension Mapping {
  /// This mapping without the values left unanswered (null, blank text, empty list or
  /// mapping), at any depth: a key a questionnaire left empty keeps the kind's default answer
  /// instead of replacing it with nothing.
  func withoutAbsentValues() -> Mapping {
    var kept = Mapping()
    for (key, value) in pairs {
      if case .map(let inner) = value {
        let pruned = inner.withoutAbsentValues()
        if !pruned.isEmpty { kept[key] = .map(pruned) }
      } else if !value.isAbsent {
        kept[key] = value
      }
    }
    return kept
  }

  /// This mapping without the values at `paths` (real list positions: `活动[0].日期`).
  func removing(_ paths: Set<String>) -> Mapping {
    guard !paths.isEmpty, case .map(let kept)? = Value.map(self).removing(paths, at: "") else {
      return self
    }
    return kept
  }
}

extension Value {
  /// This value without what lies at `paths`, itself standing at `path`; nil when it is one of
  /// them.
  fileprivate func removing(_ paths: Set<String>, at path: String) -> Value? {
    if paths.contains(path) { return nil }
    switch self {
    case .map(let mapping):
      var kept = Mapping()
      for (key, value) in mapping.pairs {
        if let value = value.removing(paths, at: ValuePath.appending(key: key, to: path)) {
          kept[key] = value
        }
      }
      return .map(kept)
    case .list(let items):
      var kept: [Value] = []
      for (index, item) in items.enumerated() {
        // An item taken out leaves its place empty, so positions stay as in the file.
        kept.append(item.removing(paths, at: ValuePath.appending(index: index, to: path)) ?? .null)
      }
      return .list(kept)
    default:
      return self
    }
  }
}
