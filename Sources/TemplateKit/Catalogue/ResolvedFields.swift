extension [FieldDeclaration] {
  /// The declarations as a report made of `templates` uses them: a group of keys (`干部.*`)
  /// declared again for each key under it that the templates read, and each prompt the header
  /// did not write taken from the text around the field's first use (`FieldPrompt`). Groups
  /// themselves are left out: what is read under them is declared one by one. Declarations
  /// with no group and every prompt written (the built-in ones) are as they are.
  func resolved(reading templates: [Template]) -> [FieldDeclaration] {
    var groups: [String: FieldDeclaration] = [:]
    var unprompted: Set<String> = []
    var declared: Set<String> = []
    for declaration in self {
      if let group = declaration.group {
        if groups[group] == nil { groups[group] = declaration }
      } else {
        declared.insert(declaration.path)
        if !declaration.promptIsWritten { unprompted.insert(declaration.path) }
      }
    }
    guard !groups.isEmpty || !unprompted.isEmpty else { return self }
    // The fields that want a prompt or a declaration of their own, in the order first read,
    // with the text around their first use (empty when it is not printed there).
    var read: [String] = []
    var uses: [String: String] = [:]
    for template in templates {
      for reference in template.references {
        let path = reference.path
        let wanted =
          unprompted.contains(path)
          || (!declared.contains(path)
            && FieldDeclaration.group(of: path).map { groups[$0] != nil } ?? false)
        guard wanted, uses[path].map({ $0.isEmpty }) ?? true else { continue }
        if uses[path] == nil { read.append(path) }
        let line = template.sourceLine(at: reference.location) ?? ""
        uses[path] = FieldPrompt.text(around: reference.location.column, in: line) ?? ""
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
    var resolved = filter { !$0.isGroupOfKeys }.map(withPrompt)
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
