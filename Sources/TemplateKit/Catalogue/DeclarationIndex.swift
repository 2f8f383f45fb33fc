/// Answers which field paths a set of declarations covers: a declared path, an ancestor of
/// one (`活动` when `活动[].日期` is declared), an item of a declared list (`问题[]`), or
/// anything under a value the engine provides.
struct DeclarationIndex {
  private let declared: Set<String>
  private let ancestors: Set<String>

  init(_ declarations: [FieldDeclaration]) {
    var declared = Set<String>()
    var ancestors = Set<String>()
    for declaration in declarations {
      declared.insert(declaration.path)
      if declaration.type == .list { declared.insert(declaration.path + "[]") }
      var path = declaration.path
      while let cut = path.lastIndex(where: { $0 == "." || $0 == "[" }) {
        path = String(path[..<cut])
        ancestors.insert(path)
        if path.hasSuffix("[]") { ancestors.insert(String(path.dropLast(2))) }
      }
    }
    self.declared = declared
    self.ancestors = ancestors
  }

  func covers(_ path: String) -> Bool {
    if declared.contains(path) || ancestors.contains(path) { return true }
    let root = path.prefix { $0 != "." && $0 != "[" }
    return EngineValues.names.contains(String(root))
  }

  /// Whether `path` is declared only through what lies under it (`统计` for `统计.党组会`,
  /// `活动` for `活动[].日期`), so it should hold fields, or records when `listOfRecords`.
  func holdsFields(_ path: String) -> (holds: Bool, listOfRecords: Bool) {
    guard !declared.contains(path), ancestors.contains(path) else { return (false, false) }
    return (true, ancestors.contains(path + "[]"))
  }

  func suggestion(for path: String) -> String? {
    EditDistance.closest(to: path, among: Array(declared))
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
