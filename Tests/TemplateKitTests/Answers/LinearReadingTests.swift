import Testing

@testable import TemplateKit

/// Reading costs the same per key however many keys a mapping has, and suggesting a name for
/// an unknown key is bounded: proved by counting the work, not by a clock. A mapping of
/// 100,000 keys took 11 s to read (each new key was looked for by scanning every key before
/// it), and a million never finished.
struct LinearReadingTests {
  static let keyCount = 20_000
  /// The most steps of the reader's cursor a byte of these inputs takes: a few, however large
  /// or deep (reading anything twice over would take thousands).
  static let stepsPerByte = 16

  /// The same mapping of `keyCount` keys (`键0: 0` …) written in each form the readers take.
  static let forms: [(name: String, text: String, format: AnswersFormat)] = {
    let keys = (0..<keyCount).map { "键\($0)" }
    return [
      ("YAML block", keys.enumerated().map { "\($1): \($0)\n" }.joined(), .yaml),
      (
        "YAML flow", "{" + keys.enumerated().map { "\($1): \($0)" }.joined(separator: ", ") + "}",
        .yaml
      ),
      (
        "JSON", "{" + keys.enumerated().map { "\"\($1)\": \($0)" }.joined(separator: ", ") + "}",
        .json
      ),
    ]
  }()

  private func read(_ text: String, format: AnswersFormat) throws -> ReadValue {
    let source = SourceText(file: "答案", text: text)
    return format == .json ? try JSONReader.read(source) : try YAMLReader.read(source)
  }

  /// Every key is compared with at most `Mapping.scanLimit` others while the mapping is
  /// small, and with one once it keeps a table: 20,000 keys make about 22,000 comparisons
  /// (read quadratically, 200 million).
  @Test(arguments: forms.indices)
  func keysAreComparedAConstantNumberOfTimes(_ index: Int) throws {
    let form = Self.forms[index]
    let read = try read(form.text, format: form.format)
    let mapping = read.root?.mapping
    #expect(mapping?.count == Self.keyCount, "\(form.name)")
    #expect(mapping?["键19999"] == .int(19_999), "\(form.name)")
    let scan = Mapping.scanLimit
    #expect(read.keyComparisons <= Self.keyCount + scan * (scan + 1) / 2, "\(form.name)")
    #expect(read.keyComparisons >= Self.keyCount - scan, "\(form.name): keys are looked for")
    #expect(
      read.steps <= Self.stepsPerByte * form.text.utf8.count, "\(form.name): \(read.steps) steps")
  }

  /// Nesting as deep as the readers allow (999 levels under the root), in each form: a few
  /// steps a byte, though a block mapping's lines are all indentation and every level of a
  /// flow collection may turn out to be a key.
  static let deep: [(name: String, text: String, format: AnswersFormat)] = [
    (
      "YAML flow lists",
      "a: " + String(repeating: "[", count: 998) + String(repeating: "]", count: 998), .yaml
    ),
    (
      "YAML flow mappings",
      "a: " + String(repeating: "{a: ", count: 998) + "1" + String(repeating: "}", count: 998),
      .yaml
    ),
    ("YAML block lists", "a:\n" + String(repeating: "- ", count: 998) + "x\n", .yaml),
    (
      "YAML block mappings",
      (0..<998).map { String(repeating: " ", count: $0) + "k:\n" }.joined()
        + String(repeating: " ", count: 998) + "v\n", .yaml
    ),
    (
      "JSON",
      "{\"a\":" + String(repeating: "[", count: 998) + String(repeating: "]", count: 998) + "}",
      .json
    ),
  ]

  /// 10,000 items inside 999 levels of brackets: each item costs the same as at the top, though
  /// every bracket might turn out to be a key (libyaml, and this reader once, looked at every
  /// level for every item).
  @Test func manyItemsDeepInsideBracketsAreReadInLinearSteps() throws {
    let text =
      "a: " + String(repeating: "[", count: 998) + String(repeating: "1, ", count: 10_000)
      + String(repeating: "]", count: 998) + "\n"
    let read = try read(text, format: .yaml)
    #expect(read.root?.mapping?.count == 1)
    #expect(read.steps <= Self.stepsPerByte * text.utf8.count, "\(read.steps) steps")
  }

  @Test(arguments: deep.indices)
  func deepNestingIsReadInLinearSteps(_ index: Int) throws {
    let form = Self.deep[index]
    let read = try read(form.text, format: form.format)
    #expect(read.root?.mapping?.count == 1, "\(form.name)")
    #expect(
      read.steps <= Self.stepsPerByte * form.text.utf8.count, "\(form.name): \(read.steps) steps")
  }

  /// A key repeated after 20,000 others is still found, at its place, naming the first.
  @Test(arguments: forms.indices)
  func aDuplicateAfterManyKeysIsFound(_ index: Int) {
    let form = Self.forms[index]
    let block = form.name == "YAML block"
    let before = block ? form.text : String(form.text.dropLast()) + ", "
    let text = before + (form.format == .json ? "\"键0\": 1}" : block ? "键0: 1\n" : "键0: 1}")
    expectError(
      { _ = try AnswersReader.read(bytes: Array(text.utf8), file: "答案", format: form.format) },
      "重复的键“键0”", line: block ? Self.keyCount + 1 : 1,
      column: block ? 1 : before.unicodeScalars.count + 1, hint: "第 1 行已经写过“键0”")
  }

  /// A lookup in a large mapping looks at one entry; in a small one (what rendering meets) it
  /// scans at most its entries, comparing hashes.
  @Test func lookupsLookAtFewEntries() {
    let large = Mapping((0..<100_000).map { ("键\($0)", Value.int($0)) })
    var comparisons = 0
    #expect(large.index(of: MappingKey("键99999"), comparisons: &comparisons) == 99_999)
    #expect(large.index(of: MappingKey("没有"), comparisons: &comparisons) == nil)
    #expect(comparisons == 2)
    let small = Mapping((0..<10).map { ("键\($0)", Value.int($0)) })
    comparisons = 0
    #expect(small.index(of: MappingKey("键9"), comparisons: &comparisons) == 9)
    #expect(comparisons <= 10)
  }

  /// Keys are the same when their bytes are: the table agrees with the scan, so é written as
  /// one character and as e with a combining accent are two keys, in large mappings too.
  @Test func keysAreComparedByBytesInLargeMappingsToo() throws {
    var pairs = (0..<100).map { ("键\($0)", Value.int($0)) }
    pairs += [("\u{E9}", .string("合成")), ("e\u{301}", .string("组合"))]
    let mapping = Mapping(pairs)
    #expect(mapping.count == 102)
    #expect(mapping["\u{E9}"] == .string("合成"))
    #expect(mapping["e\u{301}"] == .string("组合"))
    let read = try answers("\u{E9}: 1\ne\u{301}: 2\n")
    #expect(read.root.mapping?.count == 2)
  }
}
