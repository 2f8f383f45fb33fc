/// Where templates are parsed: it knows the filters and where to find templates and the
/// fragments they include. Parse a template once, render it many times.
public struct Environment: Sendable {
  public let loader: any TemplateLoader
  public let filters: FilterSet

  /// The extension template files carry; `include` names may leave it out.
  public static let templateExtension = ".tmpl"

  public init(loader: any TemplateLoader, filters: FilterSet = .builtIn) {
    self.loader = loader
    self.filters = filters
  }

  /// The template file `name` (a path under the templates root), read but not parsed.
  public func file(named name: String) throws -> TemplateFile {
    guard let text = try loader.text(of: name) else {
      throw Diagnostic.error("找不到模板“\(name)”")
    }
    return try TemplateFile(name: text.displayName, text: text.text)
  }

  /// Parses the body of `file`: every syntax error, unknown tag or filter and include that
  /// cannot be found is reported here, with its place.
  public func parse(_ file: TemplateFile) throws -> Template {
    try parse(file.bodySource)
  }

  /// Parses template text that has no file behind it (tests, one-off templates).
  public func parse(_ text: String, name: String = "模板") throws -> Template {
    try parse(TemplateSource(name: name, text: text))
  }

  private func parse(_ source: TemplateSource) throws -> Template {
    let scope = ParseScope(filters: filters)
    var parser = try Parser(source: source, scope: scope) { name in
      let path = name.hasSuffix(Self.templateExtension) ? name : name + Self.templateExtension
      guard let text = try loader.text(of: path) else {
        throw Diagnostic.error("找不到要包含的片段“\(name)”", hint: "片段放在模板目录下，如 fragments/名称.tmpl。")
      }
      return try TemplateFile(name: text.displayName, text: text.text).bodySource
    }
    let nodes = try parser.parse()
    return Template(
      name: source.name, nodes: nodes, slotCount: scope.slotCount,
      cacheSlotCount: scope.cacheSlotCount, references: scope.references,
      phraseBanks: scope.phraseBanks, sources: parser.sources)
  }
}
