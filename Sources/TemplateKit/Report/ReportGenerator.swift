/// Makes reports from answers: finds the kind the answers ask for and its sections, parses
/// their templates, adds what the engine knows, and renders.
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
  public func generate(_ answers: Answers) throws -> Report {
    let plan = try catalogue.plan(for: answers)
    let template = try parse(plan.kind.file, kind: plan.kind)
    let slots = try plan.sections.map { section in
      SectionSlot(
        title: section.title,
        template: try parse(section.definition.file, kind: plan.kind, section: section.definition))
    }
    return try render(
      template, slots: slots, answers: answers, kind: plan.kind,
      sections: plan.sections.map(\.definition))
  }

  /// One section only, numbered as the first, for filling in answers section by section.
  /// `name` is the section's id, its heading, or its place in the report (1, 2…).
  public func preview(_ answers: Answers, section name: String) throws -> Report {
    let plan = try? catalogue.plan(for: answers)
    let kind = plan?.kind
    let choices = plan?.sections ?? []
    let choice: ReportPlan.Section
    if let position = Int(name), choices.indices.contains(position - 1) {
      choice = choices[position - 1]
    } else if let chosen = choices.first(where: { $0.definition.id == name || $0.title == name }) {
      choice = chosen
    } else if let section = catalogue.section(name)
      ?? catalogue.sections.first(where: { $0.title == name })
    {
      choice = ReportPlan.Section(definition: section, title: section.title)
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
    return try render(
      frame, slots: [SectionSlot(title: choice.title, template: template)],
      answers: answers, kind: kind, sections: [section])
  }

  private func render(
    _ template: Template, slots: [SectionSlot], answers: Answers, kind: ReportKind?,
    sections: [SectionDefinition]
  ) throws -> Report {
    let declared = declarations(kind: kind, sections: sections).resolved(
      reading: [template] + slots.map(\.template))
    let given = answers.root.mapping ?? Mapping()
    let data = ReportData.assemble(
      answers: (kind?.defaults ?? Mapping()).merging(given.withoutAbsentValues()),
      voice: kind?.voice ?? .unit,
      yearFacts: catalogue.yearFacts)
    var labels: [String: String] = [:]
    for declaration in declared { labels[declaration.path] = declaration.label }
    let required = Set(declared.filter(\.required).map(\.path))
    let renderer = Renderer(
      data: data, labels: labels, required: required, answers: answers, limits: limits)
    let document = try renderer.render(template, sections: slots)
    return Report(
      document: document,
      missing: Self.missing(
        in: document, declared: declared, years: catalogue.yearFacts.keys.compactMap { Int($0) }))
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
  func parse(_ file: TemplateFile, kind: ReportKind?, section: SectionDefinition? = nil) throws
    -> Template
  {
    let declared = declarations(kind: kind, sections: section.map { [$0] } ?? [])
    guard let templates else { return try parse(file, declaring: declared) }
    return try templates.template(named: (kind?.id ?? "") + "/" + file.name) {
      try parse(file, declaring: declared)
    }
  }

  private func parse(_ file: TemplateFile, declaring declared: [FieldDeclaration]) throws
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

  /// The gaps of `document`, each field once, with its prompt; a fact of the year
  /// (`年度资料.…`) is missing when the year is, or is one the built-in facts do not cover.
  private static func missing(
    in document: Document, declared: [FieldDeclaration], years: [Int]
  ) -> [MissingField] {
    var prompts = Dictionary(declared.map { ($0.path, $0.prompt) }) { first, _ in first }
    let covered = years.isEmpty ? "" : "（内置 \(years.min() ?? 0)–\(years.max() ?? 0) 年）"
    for gap in document.gaps where gap.field.hasPrefix(ReportData.yearFactsKey + ".") {
      prompts[DeclarationIndex.declaredForm(of: gap.field)] =
        "与年度有关的事实：填写“年度”\(covered)，或在答案中写明“\(gap.field)”"
    }
    var order: [String] = []
    var found: [String: MissingField] = [:]
    for gap in document.gaps {
      if found[gap.field] == nil {
        order.append(gap.field)
        let declaredPath = DeclarationIndex.declaredForm(of: gap.field)
        found[gap.field] = MissingField(
          path: gap.field, label: gap.label, prompt: prompts[declaredPath], occurrences: 0)
      }
      found[gap.field]?.occurrences += 1
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
}
