/// Makes reports from answers: finds the kind the answers ask for and its sections, parses
/// their templates, adds what the engine knows, and renders.
public struct ReportGenerator: Sendable {
  public let catalogue: Catalogue
  public var limits: RenderLimits

  public init(catalogue: Catalogue, limits: RenderLimits = RenderLimits()) {
    self.catalogue = catalogue
    self.limits = limits
  }

  /// The whole report.
  public func generate(_ answers: Answers) throws -> Report {
    let kind = try self.kind(for: answers)
    let template = try parse(kind.file, declaring: declarations(kind: kind, sections: []))
    var slots: [SectionSlot] = []
    var sections: [SectionDefinition] = []
    for choice in try sectionChoices(for: answers, kind: kind) {
      let section = choice.section
      sections.append(section)
      slots.append(
        SectionSlot(
          title: choice.title ?? section.title,
          template: try parse(
            section.file, declaring: declarations(kind: kind, sections: [section]))
        ))
    }
    return try render(template, slots: slots, answers: answers, kind: kind, sections: sections)
  }

  /// One section only, numbered as the first, for filling in answers section by section.
  /// `name` is the section's id, its heading, or its place in the report (1, 2…).
  public func preview(_ answers: Answers, section name: String) throws -> Report {
    let kind = try? self.kind(for: answers)
    let choices = kind.flatMap { try? sectionChoices(for: answers, kind: $0) } ?? []
    let choice: (section: SectionDefinition, title: String?)
    if let position = Int(name), choices.indices.contains(position - 1) {
      choice = choices[position - 1]
    } else if let chosen = choices.first(where: { $0.section.id == name || $0.title == name }) {
      choice = chosen
    } else if let section = catalogue.section(name)
      ?? catalogue.sections.first(where: { $0.title == name })
    {
      choice = (section, nil)
    } else {
      let known = choices.isEmpty ? catalogue.sections.map(\.id) : choices.map(\.section.id)
      throw Diagnostic.error(
        "没有名为“\(name)”的章节",
        hint: (EditDistance.closest(to: name, among: known).map { "是不是想写“\($0)”？" } ?? "")
          + "可用的章节：" + known.joined(separator: "、") + "；也可以写章节的序号，如 1。")
    }
    let section = choice.section
    let template = try parse(
      section.file, declaring: declarations(kind: kind, sections: [section]))
    let frame = try catalogue.environment.parse("{% sections %}", name: "预览")
    return try render(
      frame, slots: [SectionSlot(title: choice.title ?? section.title, template: template)],
      answers: answers, kind: kind, sections: [section])
  }

  private func render(
    _ template: Template, slots: [SectionSlot], answers: Answers, kind: ReportKind?,
    sections: [SectionDefinition]
  ) throws -> Report {
    let declared = declarations(kind: kind, sections: sections)
    let data = ReportData.assemble(
      answers: answers.root.mapping ?? Mapping(), voice: kind?.voice ?? .unit,
      yearFacts: catalogue.yearFacts)
    var labels: [String: String] = [:]
    for declaration in declared { labels[declaration.path] = declaration.label }
    let renderer = Renderer(data: data, labels: labels, answers: answers, limits: limits)
    let document = try renderer.render(template, sections: slots)
    return Report(document: document, missing: Self.missing(in: document, declared: declared))
  }

  /// The kind named by `报告.类型`.
  public func kind(for answers: Answers) throws -> ReportKind {
    let known = catalogue.kinds.map(\.id)
    guard case .string(let id)? = answers.root["报告"]?["类型"] else {
      throw Diagnostic(
        .error, "答案中没有写报告类型（报告.类型）",
        at: answers.source.map { $0.location(line: 1, column: 1) },
        hint: "在答案文件开头写上：\n报告:\n  类型: \(known.first ?? "报告类型")\n可用的类型："
          + known.joined(separator: "、") + "（draft templates 可列出全部）")
    }
    guard let kind = catalogue.kind(id) else {
      throw answersError(
        "没有名为“\(id)”的报告类型", at: "报告.类型", in: answers,
        hint: (EditDistance.closest(to: id, among: known).map { "是不是想写“\($0)”？" } ?? "")
          + "可用的类型：" + known.joined(separator: "、"))
    }
    return kind
  }

  /// The sections the report has: those the answers list under `报告.章节` (to leave out,
  /// reorder or retitle), else the kind's own.
  private func sectionChoices(for answers: Answers, kind: ReportKind) throws -> [(
    section: SectionDefinition, title: String?
  )] {
    let fromAnswers = try SectionChoice.list(answers.root["报告"]?["章节"], at: "报告.章节") {
      message, path in answersError(message, at: path, in: answers)
    }
    let chosen = fromAnswers.isEmpty ? kind.sections : fromAnswers
    let kindTitles = Dictionary(kind.sections.map { ($0.id, $0.title) }) { first, _ in first }
    return try chosen.enumerated().map { index, choice in
      guard let section = catalogue.section(choice.id) else {
        let known = catalogue.sections.map(\.id)
        throw answersError(
          "没有名为“\(choice.id)”的章节",
          at: fromAnswers.isEmpty ? "报告.类型" : "报告.章节[\(index)]", in: answers,
          hint: (EditDistance.closest(to: choice.id, among: known).map { "是不是想写“\($0)”？" } ?? "")
            + "可用的章节：" + known.joined(separator: "、"))
      }
      return (section, choice.title ?? kindTitles[choice.id] ?? nil)
    }
  }

  /// Every declaration a template of this report may rely on.
  private func declarations(kind: ReportKind?, sections: [SectionDefinition])
    -> [FieldDeclaration]
  {
    catalogue.sharedFields + (kind?.fields ?? []) + sections.flatMap(\.fields)
  }

  /// Parses a catalogue template and checks that every field it reads is declared.
  private func parse(_ file: TemplateFile, declaring declared: [FieldDeclaration]) throws
    -> Template
  {
    let template = try catalogue.environment.parse(file)
    let checker = DeclarationIndex(declared)
    for reference in template.references where !checker.covers(reference.path) {
      throw Diagnostic(
        .error, "模板读取了没有声明的字段“\(reference.path)”", at: reference.location,
        quoting: template.sourceLine(at: reference.location),
        hint: (checker.suggestion(for: reference.path).map { "是不是想写“\($0)”？" } ?? "")
          + "在模板开头的“字段”中声明它（类型、提示、示例、必填）。")
    }
    return template
  }

  private func answersError(
    _ message: String, at path: String, in answers: Answers, hint: String? = nil
  ) -> Diagnostic {
    let location = answers.location(of: path)
    return Diagnostic(
      .error, message, at: location,
      quoting: location.flatMap { answers.source?.line($0.line) }, hint: hint)
  }

  private static func missing(in document: Document, declared: [FieldDeclaration])
    -> [MissingField]
  {
    let prompts = Dictionary(declared.map { ($0.path, $0.prompt) }) { first, _ in first }
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
