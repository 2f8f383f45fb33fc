/// Answers which field paths a set of declarations covers: a declared path, an ancestor of
/// one (`活动` when `活动[].日期` is declared), an item of a declared list (`问题[]`), a key of a
/// group declared at once (`干部.学习` when `干部.*` is), or anything under a value the engine
/// provides.
struct DeclarationIndex: Sendable {
  private let byPath: [String: FieldDeclaration]
  /// Groups declared at once (`干部` for `干部.*`), with their declaration.
  private let groups: [String: FieldDeclaration]
  private let declared: Set<String>
  private let ancestors: Set<String>

  init(_ declarations: [FieldDeclaration]) {
    var byPath: [String: FieldDeclaration] = [:]
    var groups: [String: FieldDeclaration] = [:]
    var declared = Set<String>()
    var ancestors = Set<String>()
    for declaration in declarations {
      var path = declaration.path
      if let group = declaration.group {
        if groups[group] == nil { groups[group] = declaration }
      } else {
        if byPath[path] == nil { byPath[path] = declaration }
        declared.insert(path)
        if declaration.type == .list { declared.insert(path + "[]") }
      }
      while let cut = path.lastIndex(where: { $0 == "." || $0 == "[" }) {
        path = String(path[..<cut])
        ancestors.insert(path)
        if path.hasSuffix("[]") { ancestors.insert(String(path.dropLast(2))) }
      }
    }
    self.byPath = byPath
    self.groups = groups
    self.declared = declared
    self.ancestors = ancestors
  }

  func covers(_ path: String) -> Bool {
    if declared.contains(path) || ancestors.contains(path) || declaration(for: path) != nil {
      return true
    }
    if path.hasSuffix("[]"), declaration(for: String(path.dropLast(2)))?.type == .list {
      return true
    }
    let root = path.prefix { $0 != "." && $0 != "[" }
    return EngineValues.names.contains(String(root))
  }

  /// The declaration of `path` (in its declared form, `活动[].日期`): its own, or its group's.
  func declaration(for path: String) -> FieldDeclaration? {
    if let declaration = byPath[path] { return declaration }
    guard let group = FieldDeclaration.group(of: path) else { return nil }
    return groups[group]?.instance(at: path)
  }

  /// Whether `path` is declared only through what lies under it (`统计` for `统计.党组会`,
  /// `活动` for `活动[].日期`), so it should hold fields, or records when `listOfRecords`.
  func holdsFields(_ path: String) -> (holds: Bool, listOfRecords: Bool) {
    guard declaration(for: path) == nil, ancestors.contains(path) else { return (false, false) }
    return (true, ancestors.contains(path + "[]"))
  }

  /// The declared path nearest to `path`, for one message.
  func suggestion(for path: String) -> String? {
    suggestions().closest(to: path)
  }

  /// Every path declared one by one.
  var paths: Set<String> { declared }

  /// The declared paths prepared for suggesting among them, for many messages.
  func suggestions() -> Suggestions {
    Suggestions(Array(declared))
  }

  /// A path with list positions written `[]`: `活动[2].日期` → `活动[].日期`.
  static func declaredForm(of path: String) -> String {
    var out = ""
    var inIndex = false
    for character in path {
      if character == "[" {
        inIndex = true
        out += "[]"
      } else if character == "]" {
        inIndex = false
      } else if !inIndex {
        out.append(character)
      }
    }
    return out
  }
}
