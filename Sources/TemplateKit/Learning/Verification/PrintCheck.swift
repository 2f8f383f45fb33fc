/// Checks that a field prints back what the report wrote, by rendering its expression with
/// its value through the template engine itself: a date written `2023年07月02日`, or a
/// number the filters would round, is caught here and kept as text instead.
struct PrintCheck {
  private var templates: [String: Template] = [:]
  private let environment = Environment(loader: MemoryLoader(files: [:]))

  /// Whether `printing` of `value` gives exactly `written`; a blank (no value) always does.
  mutating func printsBack(_ value: Value?, as printing: Fact.Printing, written: String) -> Bool {
    guard let value else { return true }
    let path: String
    var data = Mapping()
    if case .year = printing {
      path = "年度"
      data["年度"] = value
    } else {
      path = "值"
      data["值"] = value
    }
    let source = "{{ " + TemplateSourceText.expression(path, printing) + " }}"
    do {
      let template: Template
      if let parsed = templates[source] {
        template = parsed
      } else {
        template = try environment.parse(source, name: "检查")
        templates[source] = template
      }
      let document = try Renderer(data: data).render(template)
      return PlainTextWriter().text(document).trimmingWhitespace == written
    } catch {
      return false
    }
  }
}
