import Testing

@testable import TemplateKit

/// The template language's limits (docs/robustness.md): what is allowed up to the limit and
/// the error one step beyond it.
struct TemplateLimitTests {
  private func parse(_ text: String, files: [String: String] = [:]) throws -> Template {
    try TemplateKitTests.parse(text, name: "章节.tmpl", files: files)
  }

  private func nested(_ depth: Int) -> String {
    String(repeating: "{% if 有 %}", count: depth) + "深。"
      + String(repeating: "{% endif %}", count: depth)
  }

  @Test func tagsNestOneHundredDeep() throws {
    #expect(Parser.maximumNesting == 100)
    _ = try parse(nested(100))
    let error = diagnostic { _ = try parse(nested(101)) }
    #expect(error?.message == "标签嵌套超过 100 层")
    #expect(error?.location == SourceLocation(file: "章节.tmpl", line: 1, column: 1_004))
  }

  /// A chain of fragments, each including the next; the last holds text.
  private func chain(_ count: Int) -> [String: String] {
    var files: [String: String] = [:]
    for level in 1...count {
      files["fragments/\(level).tmpl"] =
        level < count ? "{% include \"fragments/\(level + 1)\" %}" : "底。"
    }
    return files
  }

  @Test func fragmentsNestSixteenDeep() throws {
    #expect(Parser.maximumIncludeDepth == 16)
    _ = try parse("{% include \"fragments/1\" %}", files: chain(16))
    let error = diagnostic { _ = try parse("{% include \"fragments/1\" %}", files: chain(17)) }
    #expect(error?.message == "片段套得太深（超过 16 层）")
    #expect(error?.location == SourceLocation(file: "fragments/16.tmpl", line: 1, column: 4))
  }

  /// Fragments that include the next one ten times, seven deep, took longer than anyone waits:
  /// the source read, every include counted, is bounded.
  @Test func includesThatFanOutAreBounded() throws {
    var files: [String: String] = [:]
    for level in 1...7 {
      files["fragments/\(level).tmpl"] =
        level < 7
        ? String(repeating: "{% include \"fragments/\(level + 1)\" %}", count: 10) : "底。"
    }
    _ = try parse("{% include \"fragments/6\" %}", files: files)
    let error = diagnostic { _ = try parse("{% include \"fragments/1\" %}", files: files) }
    #expect(error?.message == "模板连同包含的片段超过了 1 MB")
    #expect(error?.location?.file.hasPrefix("fragments/") == true)
  }

  /// A tag left open ran on to the next tag's `%}` and was reported as whatever it met on
  /// the way (a full-width 。 in the text). Expressions hold no braces: meeting `{{` or
  /// `{%` means the tag was not closed.
  @Test(arguments: ["{% if 有\n今年召开了会议。{% endif %}", "{{ 年度 }年。{{ 单位 }}", "{% if 有 {{ 甲 }}"])
  func aTagLeftOpenIsReportedWhereItOpens(text: String) {
    let error = diagnostic { _ = try parse(text) }
    #expect(
      error?.message.hasSuffix("没有对应的“%}”") == true || error?.message.hasSuffix("没有对应的“}}”") == true
    )
    #expect(error?.location == SourceLocation(file: "章节.tmpl", line: 1, column: 1))
  }
}

/// Expressions hold at most `ExpressionParser.maximumOperations` operators, filters,
/// subscripts and parentheses. Ten thousand of them overflowed the stack (signal 11) when the
/// expression was parsed or run: found by the bad-input corpus.
struct ExpressionLimitTests {
  private func repeated(_ count: Int, _ form: String) -> String {
    switch form {
    case "(": String(repeating: "(", count: count) + "年度" + String(repeating: ")", count: count)
    case "not": String(repeating: "not ", count: count) + "年度"
    case "-": String(repeating: "- ", count: count) + "年度"
    case "+": "年度" + String(repeating: " + 1", count: count)
    case "and": "年度" + String(repeating: " and 年度", count: count)
    case "|": "年度" + String(repeating: " | length", count: count)
    default: "名单" + String(repeating: "[0]", count: count)
    }
  }

  @Test(arguments: ["(", "not", "-", "+", "and", "|", "[0]"])
  func oneHundredAreFineAndMoreAreRefused(form: String) throws {
    #expect(ExpressionParser.maximumOperations == 100)
    _ = try TemplateKitTests.parse("{{ \(repeated(100, form)) }}")
    for count in [101, 10_000] {
      let error = diagnostic { _ = try TemplateKitTests.parse("{{ \(repeated(count, form)) }}") }
      #expect(error?.message == "表达式太长（运算、过滤器和括号超过 100 个）")
    }
  }

  @Test func aLongExpressionRendersAtTheLimit() throws {
    let text = "{{ 年度" + String(repeating: " + 1", count: 99) + " }}"
    #expect(try render(text, ["年度": 2023]) == "2122\n")
  }
}
