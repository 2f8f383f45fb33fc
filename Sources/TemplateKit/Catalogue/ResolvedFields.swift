extension [FieldDeclaration] {
  /// The declarations as a report made of `templates` uses them: a group of keys (`干部.*`)
  /// declared again for each key under it that the templates read, and each prompt the header
  /// did not write taken from the text around the field's first use (`FieldPrompt`). Groups
  /// themselves are left out: what is read under them is declared one by one.
  func resolved(reading templates: [Template]) -> [FieldDeclaration] {
    var read: [String] = []
    var uses: [String: String] = [:]
    for template in templates {
      for reference in template.references {
        if uses[reference.path] == nil { read.append(reference.path) }
        if uses[reference.path].map({ $0.isEmpty }) ?? true {
          let line = template.sourceLine(at: reference.location) ?? ""
          uses[reference.path] =
            FieldPrompt.text(around: reference.location.column, in: line) ?? ""
        }
      }
    }
    func withPrompt(_ declaration: FieldDeclaration) -> FieldDeclaration {
      guard !declaration.promptIsWritten, let use = uses[declaration.path], !use.isEmpty else {
        return declaration
      }
      var declaration = declaration
      declaration.prompt = use
      return declaration
    }
    var groups: [String: FieldDeclaration] = [:]
    var resolved: [FieldDeclaration] = []
    var declared: Set<String> = []
    for declaration in self {
      if let group = declaration.group {
        if groups[group] == nil { groups[group] = declaration }
      } else {
        resolved.append(withPrompt(declaration))
        declared.insert(declaration.path)
      }
    }
    for path in read where !declared.contains(path) {
      guard let group = FieldDeclaration.group(of: path), let declaration = groups[group] else {
        continue
      }
      declared.insert(path)
      resolved.append(withPrompt(declaration.instance(at: path)))
    }
    return resolved
  }
}
