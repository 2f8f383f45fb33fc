import Testing

@testable import TemplateKit

/// The root of `text` read by the YAML reader alone (any root; no check for control
/// characters), nil when it holds no document.
func readYAML(_ text: String) throws -> Value? {
  try YAMLReader.read(SourceText(file: "答案.yaml", text: text)).root
}

/// Where the value at `line`:`column` of `text` stands, and its key at `keyLine`:`keyColumn`:
/// each with its offset in UTF-8 bytes, counted here from the text's lines.
func location(
  in text: String, _ line: Int, _ column: Int, key keyLine: Int, _ keyColumn: Int
) -> ValueLocation {
  func position(_ line: Int, _ column: Int) -> TextPosition {
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
    let before = lines.prefix(line - 1).reduce(0) { $0 + $1.utf8.count + 1 }
    let within = String(String.UnicodeScalarView(lines[line - 1].unicodeScalars.prefix(column - 1)))
    return TextPosition(line: line, column: column, offset: before + within.utf8.count)
  }
  return ValueLocation(value: position(line, column), key: position(keyLine, keyColumn))
}

/// A mapping of `pairs`, in order.
func mapping(_ pairs: (String, Value)...) -> Value {
  .map(Mapping(pairs))
}

/// Expects reading `text` as YAML answers to fail with `message` at `line`:`column`, with a
/// hint containing `hint` when given.
func expectError(
  _ text: String, _ message: String, line: Int, column: Int, hint: String? = nil,
  sourceLocation: Testing.SourceLocation = #_sourceLocation
) {
  expectError(
    { _ = try answers(text) }, message, line: line, column: column, hint: hint,
    sourceLocation: sourceLocation)
}

/// Expects `body` to throw a `Diagnostic` with `message` at `line`:`column`, with a hint
/// containing `hint` when given.
func expectError(
  _ body: () throws -> Void, _ message: String, line: Int, column: Int, hint: String? = nil,
  sourceLocation: Testing.SourceLocation = #_sourceLocation
) {
  do {
    try body()
    Issue.record("expected the error “\(message)”", sourceLocation: sourceLocation)
  } catch let diagnostic as Diagnostic {
    #expect(diagnostic.message == message, sourceLocation: sourceLocation)
    #expect(diagnostic.location?.line == line, sourceLocation: sourceLocation)
    #expect(diagnostic.location?.column == column, sourceLocation: sourceLocation)
    if let hint {
      #expect(
        diagnostic.hint?.contains(hint) == true, "hint: \(diagnostic.hint ?? "none")",
        sourceLocation: sourceLocation)
    }
  } catch {
    Issue.record("expected a Diagnostic, got \(error)", sourceLocation: sourceLocation)
  }
}

/// Expects `value` written as YAML to read back as itself; returns the YAML written.
@discardableResult
func expectRoundTrip(_ value: Value, sourceLocation: Testing.SourceLocation = #_sourceLocation)
  throws -> String
{
  let yaml = YAMLWriter.block(value, indent: 0)
  #expect(try answers(yaml).root == value, "\(yaml)", sourceLocation: sourceLocation)
  return yaml
}
