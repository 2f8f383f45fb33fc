/// The fields learning makes, each under a unique path: facts named alike get `2`, `3`…
/// (`统计.党组会`, `统计.党组会2`), facts with the same merge key share a field, and a path
/// the built-in templates declare for every report (`年度`, `单位.简称`, `统计.党课`) is used
/// only for a fact of its type — never for a blank when the built-in field is required, since
/// a required field left empty is a problem `draft check` reports.
struct FieldTable: Sendable {
  /// One field.
  struct Field: Sendable {
    var path: String
    var type: FieldType
    var label: String
    /// What it holds, for the prompt.
    var meaning: String
    /// The text around its first use, for the prompt.
    var quote: String
    /// Its value in each report, by the report's position; absent for a blank.
    var values: [Int: Value] = [:]
    /// Whether the built-in templates declare it, so it needs no declaration of its own.
    var declaredByBuiltIns: Bool
    /// The templates that print it (`kind`, or a section's id).
    var usedIn: [String] = []
    /// How many times the report prints it.
    var uses = 0
  }

  private(set) var fields: [Field] = []
  private var byPath: [String: Int] = [:]
  private var byMerge: [String: Int] = [:]
  /// The next number to try after a path's stem, so that many facts named alike are numbered
  /// without trying every number before theirs again.
  private var nextNumber: [String: Int] = [:]
  private let builtIn: [String: FieldDeclaration]

  init(builtIn declarations: [FieldDeclaration]) {
    builtIn = Dictionary(declarations.map { ($0.path, $0) }) { first, _ in first }
  }

  subscript(path: String) -> Field? { byPath[path].map { fields[$0] } }

  /// The path of the field for `fact`, found in report `report` near `quote`, printed in
  /// `template`.
  mutating func path(for fact: Fact, report: Int, quote: String, template: String) -> String {
    let index = fieldIndex(for: fact, report: report, quote: quote)
    if let value = fact.value, fields[index].values[report] == nil {
      fields[index].values[report] = value
    }
    if !fields[index].usedIn.contains(template) { fields[index].usedIn.append(template) }
    fields[index].uses += 1
    return fields[index].path
  }

  /// Sets the value of the field at `path` in report `report`.
  mutating func setValue(_ value: Value, at path: String, report: Int) {
    guard let index = byPath[path] else { return }
    fields[index].values[report] = value
  }

  private mutating func fieldIndex(for fact: Fact, report: Int, quote: String) -> Int {
    switch fact.name {
    case .shared(let path):
      if let index = byPath[path], fields[index].type == fact.type {
        // One report naming it twice with different values (区委、区政府 here, 市委、区委
        // there) has two fields: the second a field of its own, named after the shared one.
        guard let value = fact.value, let taken = fields[index].values[report], taken != value
        else { return index }
        let parts = path.split(separator: ".").map(String.init)
        return learnedIndex(
          group: parts.count > 1 ? parts[0] : "其他", key: parts.last ?? path,
          label: fields[index].label, merge: nil, fact: fact, quote: quote)
      }
      if let declared = builtIn[path], declared.type == fact.type, byPath[path] == nil {
        return add(
          Field(
            path: path, type: fact.type, label: declared.label, meaning: declared.prompt,
            quote: quote, declaredByBuiltIns: true))
      }
      let parts = path.split(separator: ".").map(String.init)
      let group = parts.count > 1 ? parts[0] : "其他"
      return learnedIndex(
        group: group, key: (parts.last ?? path) + "原文", label: "", merge: path + "原文", fact: fact,
        quote: quote)
    case .learned(let group, let key, let label, let merge):
      return learnedIndex(
        group: group, key: key, label: label, merge: merge, fact: fact, quote: quote)
    }
  }

  private mutating func learnedIndex(
    group: String, key: String, label: String, merge: String?, fact: Fact, quote: String
  ) -> Int {
    if let merge, let index = byMerge[merge], fields[index].type == fact.type { return index }
    let stem = key.isEmpty ? "数字" : key
    let stemPath = group + "." + stem
    var number = nextNumber[stemPath] ?? 1
    while true {
      let suffix = number == 1 ? "" : String(number)
      let path = stemPath + suffix
      number += 1
      nextNumber[stemPath] = number
      guard byPath[path] == nil else { continue }
      if let declared = builtIn[path] {
        guard declared.type == fact.type, !declared.required || fact.value != nil else { continue }
        let index = add(
          Field(
            path: path, type: fact.type, label: declared.label, meaning: declared.prompt,
            quote: quote, declaredByBuiltIns: true))
        if let merge { byMerge[merge] = index }
        return index
      }
      guard !builtIn.keys.contains(where: { $0.hasPrefix(path + ".") }) else { continue }
      let index = add(
        Field(
          path: path, type: fact.type, label: (label.isEmpty ? stem : label) + suffix,
          meaning: fact.meaning, quote: quote, declaredByBuiltIns: false))
      if let merge { byMerge[merge] = index }
      return index
    }
  }

  private mutating func add(_ field: Field) -> Int {
    fields.append(field)
    byPath[field.path] = fields.count - 1
    return fields.count - 1
  }
}
