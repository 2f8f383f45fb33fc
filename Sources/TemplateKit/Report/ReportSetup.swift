/// What rendering a report of one kind with one set of sections needs before any answers are
/// read: the fields as its templates use them, the rules its answers are held to, the names of
/// its gaps, what it is expected to print. None of it depends on the answers, so a batch makes
/// it once for all its units (`TemplateCache`) instead of once a unit.
struct ReportSetup: Sendable {
  /// Each field as these templates use it (prompts from the text where none is declared).
  let declared: [FieldDeclaration]
  let rules: AnswerRules
  /// The label of each field's gap: 【待填：党组会次数】; a fact of the year by its own name.
  let labels: [String: String]
  let required: Set<String>
  let zeroMeansNone: Set<String>
  /// Every field the templates read, where they read it.
  let references: [FieldReference]
  /// The answers the report is expected to use: all it declares, or a previewed section's.
  let expected: DeclarationIndex
  /// The catalogue's sections this report does not have, to say where an unused answer belongs.
  let otherSections: [SectionDefinition]

  /// The setup of `templates` (the kind's and its sections'), given every declaration they
  /// may rely on (`all`) and the declarations whose answers the report is expected to use.
  init(
    catalogue: Catalogue, all: [FieldDeclaration], sections: [SectionDefinition],
    templates: [Template], expected: [FieldDeclaration]
  ) {
    // Groups declared at once cover the keys under them that no template reads.
    let declared = all.resolved(reading: templates)
    self.declared = declared
    rules = AnswerRules(
      declared: declared + all.filter(\.isGroupOfKeys), banks: templates.flatMap(\.phraseBanks))
    var labels: [String: String] = [:]
    for case .map(let facts) in catalogue.yearFacts.values {
      for key in facts.keys { labels[EngineValues.yearFacts + "." + key] = key }
    }
    for declaration in declared { labels[declaration.path] = declaration.label }
    self.labels = labels
    required = Set(declared.filter(\.required).map(\.path))
    zeroMeansNone = Set(declared.filter(\.zeroMeansNone).map(\.path))
    references = templates.flatMap(\.references)
    self.expected = DeclarationIndex(expected)
    otherSections = catalogue.sections.filter { section in
      !sections.contains { $0.id == section.id }
    }
  }
}
