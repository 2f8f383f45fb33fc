/// The templates a report can be made from: report kinds, sections, shared fragments, shared
/// field declarations and facts that depend on the year. Read from a loader: the built-in set,
/// a user's folder, or the one layered over the other.
///
/// The folder:
///
///     kinds/<id>.tmpl       report kinds
///     sections/<id>.tmpl    section templates
///     fragments/<name>.tmpl fragments templates include
///     fields/<name>.yaml    field declarations every template may use (`字段:`)
///     data/年度.yaml         facts by year (`年度资料` in templates)
public struct Catalogue: Sendable {
  public let environment: Environment
  /// Report kinds, by id.
  public let kinds: [ReportKind]
  /// Section templates, by id.
  public let sections: [SectionDefinition]
  /// Field declarations shared by all templates.
  public let sharedFields: [FieldDeclaration]
  /// Facts by year: `2023: {大会: 二十大, …}`.
  public let yearFacts: Mapping
  /// What is worth saying but does not stop a report, each where it stands (severity
  /// `.warning`): files in a user's folder that are not read, a kind without a name.
  public private(set) var warnings: [Diagnostic]
  private let kindsByID: [String: ReportKind]
  private let sectionsByID: [String: SectionDefinition]

  static let kindsFolder = "kinds/"
  static let sectionsFolder = "sections/"
  static let fieldsFolder = "fields/"
  static let yearFactsFile = "data/年度.yaml"

  /// Reads every kind, section and declaration `loader` has (headers only: bodies are parsed
  /// when a report needs them).
  public init(loader: any TemplateLoader) throws(Diagnostic) {
    environment = Environment(loader: loader)
    var kinds: [ReportKind] = []
    var sections: [SectionDefinition] = []
    var sharedFields: [FieldDeclaration] = []
    for name in loader.names() {
      if let id = Self.id(of: name, in: Self.kindsFolder, extension: Environment.templateExtension)
      {
        kinds.append(try ReportKind(id: id, file: try environment.file(named: name)))
      } else if let id = Self.id(
        of: name, in: Self.sectionsFolder, extension: Environment.templateExtension)
      {
        sections.append(try SectionDefinition(id: id, file: try environment.file(named: name)))
      } else if Self.id(of: name, in: Self.fieldsFolder, extension: ".yaml") != nil,
        let text = try loader.text(of: name)
      {
        sharedFields += try HeaderReader(yaml: text).fields()
      }
    }
    if let text = try loader.text(of: Self.yearFactsFile) {
      yearFacts = try HeaderReader(yaml: text).root
    } else {
      yearFacts = Mapping()
    }
    self.kinds = kinds
    self.sections = sections
    self.sharedFields = sharedFields
    kindsByID = Dictionary(kinds.map { ($0.id, $0) }) { first, _ in first }
    sectionsByID = Dictionary(sections.map { ($0.id, $0) }) { first, _ in first }
    warnings = kinds.flatMap(\.warnings)
  }

  /// The built-in templates, under a user's folder when one is given: a kind or section there
  /// replaces the built-in one with the same id; new ones are added.
  public static func standard(userFolder: String? = nil) throws(Diagnostic) -> Catalogue {
    var layers: [any TemplateLoader] = []
    if let userFolder { layers.append(DirectoryLoader(root: userFolder)) }
    layers.append(builtInLoader)
    var catalogue = try Catalogue(loader: LayeredLoader(layers))
    if let userFolder {
      catalogue.warnings = TemplateFolder.warnings(root: userFolder) + catalogue.warnings
    }
    return catalogue
  }

  /// The templates built into the binary.
  public static let builtInLoader = MemoryLoader(
    files: Dictionary(EmbeddedTemplates.files.map { ($0.path, $0.text) }) { first, _ in first },
    displayPrefix: "内置模板/")

  public func kind(_ id: String) -> ReportKind? { kindsByID[id] }

  /// The years the facts of the year cover, for messages: `内置 2021–2026 年`.
  public var yearFactsCoverage: String {
    let years = yearFacts.keys.compactMap { Int($0) }
    guard let first = years.min(), let last = years.max() else { return "没有年度资料" }
    return first == last ? "有 \(first) 年的" : "有 \(first)–\(last) 年的"
  }

  public func section(_ id: String) -> SectionDefinition? { sectionsByID[id] }

  /// The id a file name gives, when it lies directly in `folder` and ends with `ext`.
  private static func id(of name: String, in folder: String, extension ext: String) -> String? {
    guard name.hasPrefix(folder), name.hasSuffix(ext) else { return nil }
    let id = name.dropFirst(folder.count).dropLast(ext.count)
    guard !id.isEmpty, !id.contains("/") else { return nil }
    return String(id)
  }
}
