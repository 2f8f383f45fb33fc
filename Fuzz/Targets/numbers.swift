// Fuzz target: the whole pipeline fed numbers at their edges. Every numeric and date field
// the built-in templates declare gets a value picked by the input from edge values (1e20,
// .nan, 9223372036854775807, "1e400", dates that do not exist…) or cut from the input itself;
// then generate, preview, check, the questionnaire carried over to next year, every writer.
// Any trap — a Double narrowed out of range, an arithmetic overflow — is a finding.
@testable import TemplateKit

private let catalogue: Catalogue = {
  do { return try Catalogue.standard() } catch { fatalError("built-in catalogue: \(error)") }
}()

/// Values at the edges of what numbers and dates can be, as YAML scalars.
private let edges = [
  "0", "-0", "1", "-1", "2", "1.5", "-1.5", "0.1", "1e20", "-1e20", "1e308", "1e-400", ".nan",
  ".inf", "-.inf", "9223372036854775807", "-9223372036854775808", "9223372036854775808",
  "99999999999999999999999", "\"1e400\"", "\"12\"", "12次", "二十", "１２", "0x1F", "0o17",
  "2147483648", "4294967296", "1_000", "true", "null", "\"\"", "[]", "{}", "2023-02-29",
  "2024-02-29", "9999-12-31", "0000-01-01", "2023-13-01", "2023年7月2日", "-2023-01-01",
  "1900", "2100", "2101", "1899", String(repeating: "9", count: 400),
]

/// The fields whose values are numbers or dates, by path (list fields written for one record).
private let numericPaths: [String] = {
  let types: Set<FieldType> = [.count, .integer, .number, .amount, .date]
  let declared =
    catalogue.sharedFields + catalogue.kinds.flatMap(\.fields)
    + catalogue.sections.flatMap(\.fields)
  var paths: [String] = []
  for field in declared where types.contains(field.type) && !paths.contains(field.path) {
    paths.append(field.path)
  }
  return paths
}()

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  var bytes = Array(UnsafeBufferPointer(start: data, count: size))[...]
  guard let first = bytes.popFirst() else { return 0 }
  let kind = catalogue.kinds[Int(first) % catalogue.kinds.count]
  var values: [(path: String, scalar: String)] = [("报告.类型", kind.id)]
  for path in numericPaths {
    guard let pick = bytes.popFirst() else { break }
    let scalar: String
    if pick >= 0xF0 {
      // A value cut from the input: its next bytes up to a newline.
      let raw = bytes.prefix { $0 != 0x0A }
      bytes = bytes.dropFirst(raw.count + 1)
      scalar =
        "\""
        + String(decoding: raw, as: UTF8.self).unicodeScalars.filter {
          $0.value >= 0x20 && $0 != "\"" && $0 != "\\"
        }.map(String.init).joined() + "\""
    } else {
      scalar = edges[Int(pick) % edges.count]
    }
    values.append((path, scalar))
  }
  let yaml = document(values)
  guard
    let read = refusingOnlyWithDiagnostics(
      "answers", { try AnswersReader.read(bytes: Array(yaml.utf8), file: "答案", format: .yaml) })
  else { return 0 }
  let generator = ReportGenerator(catalogue: catalogue, limits: Fuzzing.limits)
  if let report = refusingOnlyWithDiagnostics("generate", { try generator.generate(read) }) {
    writeWithEveryWriter(report.document)
  }
  _ = refusingOnlyWithDiagnostics("preview") { try generator.preview(read, section: "1") }
  _ = AnswersChecker(catalogue: catalogue).check(read).map(\.description)
  _ = refusingOnlyWithDiagnostics("questionnaire") {
    try Questionnaire(catalogue: catalogue, kind: kind).text(carryingOver: read)
  }
  return 0
}

/// The YAML of `values` by path: top-level keys, keys in a group (`统计.党组会`), and the
/// fields of one record of a list (`补贴[].金额`), each group written once.
private func document(_ values: [(path: String, scalar: String)]) -> String {
  var order: [String] = []
  var groups: [String: [String]] = [:]
  var records: Set<String> = []
  var yaml = ""
  for (path, scalar) in values {
    let parts = path.components(separatedBy: "[].")
    let keys = path.split(separator: ".", maxSplits: 1).map(String.init)
    let (top, line): (String, String)
    if parts.count == 2 {
      (top, line) = (parts[0], "\(parts[1]): \(scalar)")
      records.insert(top)
    } else if keys.count == 2 {
      (top, line) = (keys[0], "\(keys[1]): \(scalar)")
    } else {
      yaml += "\(path): \(scalar)\n"
      continue
    }
    if groups[top] == nil { order.append(top) }
    groups[top, default: []].append(line)
  }
  for top in order {
    let lines = groups[top] ?? []
    if records.contains(top) {
      yaml +=
        "\(top):\n" + lines.enumerated().map { ($0 == 0 ? "  - " : "    ") + $1 + "\n" }.joined()
    } else {
      yaml += "\(top):\n" + lines.map { "  " + $0 + "\n" }.joined()
    }
  }
  return yaml
}
