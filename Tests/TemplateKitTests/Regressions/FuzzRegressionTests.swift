import Testing

@testable import TemplateKit

/// Inputs the fuzz targets (Fuzz/) found wrong, minimized, each kept as a test so the fix
/// stays. docs/robustness.md lists them with what was wrong and what changed.
struct FuzzRegressionTests {
  /// fuzz-answers, YAML round trip: text of line breaks alone was written as a clipped
  /// literal block (`keep: |` and an empty line), which reads back as empty text.
  @Test(arguments: ["\n", "\n\n", "\n\n\n", "甲\n", "甲\n\n", "\n甲"])
  func textOfLineBreaksWritesBack(text: String) throws {
    try expectRoundTrip(["备注": .string(text)])
  }

  /// fuzz-answers, YAML round trip: `one: [~, 25]` was written back as `one: [, 25]`, which
  /// the reader refuses (多余的逗号): a null item in a flow list was written as nothing.
  @Test func nullInAFlowListWritesBack() throws {
    let value: Value = ["one": [nil, 25], "two": [nil]]
    #expect(try expectRoundTrip(value) == "one: [null, 25]\ntwo: [null]\n")
  }

  /// fuzz-answers, YAML round trip: the key `... . . .noob` was written plain at the start of
  /// a line, where `...` ends the document (不支持多个文档).
  @Test(arguments: ["... . . .noob", "...", "...甲"])
  func textStartingWithThreeDotsWritesBack(text: String) throws {
    let value: Value = [text: .string(text), "列表": [.string(text)]]
    try expectRoundTrip(value)
  }

  /// fuzz-answers, YAML round trip: `{"a": [[ۛۛ: " ]"]]}` — a key starting with a combining
  /// mark (U+06DB) in a list in a list. The item's indentation was cut off by Characters, and
  /// the mark joins the last space into one, so the key was cut off with it. Checks for `: `
  /// and ` #` were by Characters too, so a mark after the space hid them.
  @Test(arguments: ["\u{6DB}\u{6DB}", "a: \u{301}b", "a #\u{301}b", "\u{301}", "a\n \u{301}b\n"])
  func combiningMarksWriteBack(text: String) throws {
    let value: Value = [
      "a": [[.map(Mapping([(text, " ]")]))]], "b": .string(text), "c": [[.string(text)]],
    ]
    try expectRoundTrip(value)
  }

  /// fuzz-template-render: a report kind's template used as its own section (the built-in
  /// kind 党风廉政建设和主体责任工作总结, `{% sections plain %}`) placed itself without end
  /// and overflowed the stack. A user's section template with `{% sections %}` did the same
  /// through `draft generate --templates`. Now an error naming the section's template.
  @Test(arguments: ["{% sections %}", "正文{% sections plain %}。"])
  func aSectionPlacingTheSectionsIsAnError(body: String) throws {
    let kind = try parse("{% sections %}", name: "kinds/甲.tmpl")
    let section = try parse(body, name: "sections/乙.tmpl")
    let error = diagnostic {
      _ = try Renderer(data: Mapping()).render(
        kind, sections: [SectionSlot(title: "乙", template: section)])
    }
    #expect(error?.message == "章节模板中不能有“{% sections %}”")
    #expect(error?.location?.file == "sections/乙.tmpl")
  }
}
