// Fuzz target: the answers reader (YAML subset and JSON), and the writers' promise that what
// was read writes back as text that reads as the same value.
@testable import TemplateKit

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  let bytes = Array(UnsafeBufferPointer(start: data, count: size))
  for format in [AnswersFormat.yaml, .json] {
    guard
      let answers = refusingOnlyWithDiagnostics(
        "AnswersReader", { try AnswersReader.read(bytes: bytes, file: "答案", format: format) })
    else { continue }
    checkRoundTrip(answers.root)
  }
  // The YAML reader with any root, as the test suite reads.
  if let text = refusingOnlyWithDiagnostics(
    "TextDecoding", { try TextDecoding.decode(bytes, file: "x") })
  {
    _ = refusingOnlyWithDiagnostics("YAMLReader") {
      try YAMLReader.read(SourceText(file: "x", text: text))
    }
  }
  return 0
}

/// Answers written as JSON and as YAML read back as the same answers.
private func checkRoundTrip(_ root: Value) {
  let json = JSONWriter.string(root, pretty: false)
  for pretty in [false, true] {
    let text = JSONWriter.string(root, pretty: pretty)
    let again = refusingOnlyWithDiagnostics("JSON round trip") {
      try AnswersReader.read(bytes: Array(text.utf8), file: "json", format: .json)
    }
    require(again != nil, "written JSON does not read back:\n\(text)")
    if let again {
      require(
        JSONWriter.string(again.root, pretty: false) == json, "JSON round trip changed:\n\(text)")
    }
  }
  guard let mapping = root.mapping else { return }
  var yaml = ""
  for (key, value) in mapping.pairs { yaml += YAMLWriter.entry(key: key, value: value, indent: 0) }
  do {
    let again = try AnswersReader.read(bytes: Array(yaml.utf8), file: "yaml", format: .yaml)
    require(
      JSONWriter.string(again.root, pretty: false) == json,
      "YAML round trip changed:\n\(json)\n---\n\(yaml)\n---\n\(JSONWriter.string(again.root, pretty: false))"
    )
  } catch  where hasLongKey(root) {
    // YAML limits a key to 1024 characters as written; escapes can take a key read within
    // the limit beyond it. A known limit (docs/robustness.md), not a finding.
  } catch {
    require(false, "written YAML does not read back: \(error)\n\(yaml)")
  }
}

/// Whether a key in `value` is longer than YAML allows once written (quotes and escapes).
private func hasLongKey(_ value: Value) -> Bool {
  switch value {
  case .map(let mapping):
    return mapping.pairs.contains {
      YAMLWriter.key($0.0).unicodeScalars.count > 1024 || hasLongKey($0.1)
    }
  case .list(let items): return items.contains(where: hasLongKey)
  default: return false
  }
}
