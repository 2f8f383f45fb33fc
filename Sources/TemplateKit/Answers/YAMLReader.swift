/// Reads the YAML subset `draft` supports (see docs/yaml-subset.md) into a value of any
/// shape: the answers reader then insists on a mapping, the test suite does not.
enum YAMLReader {
  /// The document in `source`; its root is nil when the text holds no document (nothing but
  /// blanks and comments), `.null` for an empty document (`---` alone).
  static func read(_ source: SourceText) throws(Diagnostic) -> ReadValue {
    var parser = YAMLParser(source: source)
    var builder = ValueBuilder(source: source)
    while let event = try parser.next() { try builder.add(event) }
    var result = builder.result
    result.steps = parser.steps
    return result
  }
}
