import Testing

@testable import TemplateKit

/// What the bad-input corpus (Tests/DraftEndToEndTests/BadInputs/) found wrong, kept at the
/// level where it was fixed. docs/robustness.md lists them.
struct BadInputRegressionTests {
  /// A 50 MB value took hours to read: the scalar readers built text with
  /// `UnicodeScalarView.append(contentsOf:)`, which copies the whole text on every call (and
  /// plain text came back to that once, its runs of non-blanks appended the same way). The
  /// readers now build text as UTF-8 bytes, each run copied once, and look at each byte a
  /// bounded number of times: two million characters of each kind of scalar take a few steps
  /// a byte.
  @Test(arguments: ["plain", "quoted", "literal", "folded"])
  func longValuesReadInLinearTime(style: String) throws {
    let words = String(repeating: "党建 工作 ", count: 300_000)
    let lines = String(repeating: "  党建工作\n", count: 300_000)
    let yaml =
      switch style {
      case "plain": "备注: " + words + "\n"
      case "quoted": "备注: \"" + words + "\"\n"
      case "literal": "备注: |\n" + lines
      default: "备注: >\n" + lines
      }
    let read = try YAMLReader.read(SourceText(file: "答案.yaml", text: yaml))
    #expect(read.root?["备注"]?.string?.unicodeScalars.count ?? 0 >= 1_500_000)
    #expect(read.steps <= 8 * yaml.utf8.count, "\(read.steps) steps for \(yaml.utf8.count) bytes")
  }

  /// An error on a 50 MB line printed the whole line: a long line is quoted around the
  /// column, cut with “…”, the caret still under it.
  @Test func aLongLineIsQuotedInPart() {
    let line =
      String(repeating: "甲", count: 100_000) + ": b" + String(repeating: "乙", count: 100_000)
    let error = Diagnostic(
      .error, "这里不能再写“键: 值”", at: SourceLocation(file: "答案.yaml", line: 1, column: 100_001),
      quoting: line)
    let shown = error.description.split(separator: "\n", omittingEmptySubsequences: false)
    #expect(shown.count == 3)
    #expect(
      shown[1] == "…" + String(repeating: "甲", count: 80) + ": b"
        + String(repeating: "乙", count: 77) + "…")
    // Each 甲 is two columns wide, the “…” one: the caret stands under the colon.
    #expect(shown[2] == String(repeating: " ", count: 1 + 160) + "^")
    let short = Diagnostic(
      .error, "x", at: SourceLocation(file: "a", line: 1, column: 3), quoting: "ab: c")
    #expect(short.description == "a:1:3: 错误：x\nab: c\n  ^")
  }

  /// “二〇二三” for a whole number was answered with the hint “只写数字，如 二〇二三”:
  /// Chinese numerals count as numbers to `Character.isNumber`.
  @Test func numbersInChineseAreAskedForInArabicDigits() {
    #expect(
      FieldType.integer.problem(with: "二〇二三", choices: []) == "应是整数，这里是文字“二〇二三”（请用阿拉伯数字书写）")
    #expect(
      FieldType.count.problem(with: "１２次", choices: []) == "应是整数，这里是文字“１２次”（只写数字，如 12，不要加引号或单位）")
    #expect(FieldType.amount.problem(with: "若干", choices: []) == "应是数字，这里是文字“若干”")
  }

  /// A million numbers in minified JSON (one line) did not finish: every number made, just in
  /// case, the error for a badly written number, which quotes the line — the whole file. Now
  /// the error is made only when thrown, and reading takes a few steps a byte (at most eight).
  @Test func minifiedJSONReadsInLinearTime() throws {
    let numbers = (0..<200_000).map(String.init).joined(separator: ",")
    let json = "{\"名单\": [" + numbers + "], \"小数\": [" + numbers + ".5]}"
    let read = try JSONReader.read(SourceText(file: "答案.json", text: json))
    #expect(read.root?["名单"]?.list?.count == 200_000)
    #expect(read.steps <= 8 * json.utf8.count, "\(read.steps) steps for \(json.utf8.count) bytes")
  }

  /// Each value's place is recorded by its path, which grows with its depth: 200,000 items
  /// inside 999 brackets (a 600 KB file) took 1.5 GB, and ten times as many would have taken
  /// 15 GB. The paths' bytes are bounded; the error is where the limit is passed.
  @Test func deepValuesAreBoundedByTheirPaths() {
    #expect(ValueBuilder.maximumPathBytes == 50_000_000)
    let text =
      "a: " + String(repeating: "[", count: 998) + String(repeating: "1, ", count: 200_000)
      + String(repeating: "]", count: 998) + "\n"
    let error = diagnostic { _ = try answers(text) }
    #expect(error?.message == "答案中嵌套很深的值太多（各值的路径合计超过 50 MB）")
    #expect(error?.location?.line == 1)
    // Each item's path is about 3,000 bytes: the limit falls near the 16,700th item.
    #expect((48_000...53_000).contains(error?.location?.column ?? 0))
  }

  /// A JSON text left without its closing quote runs into the line break: the hint says so.
  @Test func aJSONQuoteLeftOpenIsHinted() {
    expectError(
      {
        _ = try AnswersReader.read(
          bytes: Array("{\"年度\": \"2023}\n".utf8), file: "a.json", format: .json)
      },
      "JSON 的文本里不能直接换行或有控制字符", line: 1, column: 14, hint: "如果是漏了右引号")
  }

  /// Renders `text` with a list of `count` items as `名单`, under `limits`; the error's message.
  private func limitError(_ text: String, count: Int, limits: RenderLimits) -> String? {
    let data: Value = ["名单": .list((0..<count).map { .int($0) })]
    return diagnostic { _ = try document(text, data, name: "甲.tmpl", limits: limits) }?.message
  }

  @Test func theLimitsByDefault() {
    let limits = RenderLimits()
    #expect(limits.maximumOutputBytes == 20_000_000)
    #expect(limits.maximumBlocks == 100_000)
    #expect(limits.maximumSteps == 5_000_000)
  }

  /// Nine million titles made a 344 MB file: a title's text was written into a builder of
  /// its own, outside the count of the report's text.
  @Test func titlesInALoopCountTowardsTheText() {
    let limits = RenderLimits(maximumOutputBytes: 10_000, maximumBlocks: 1_000_000)
    let message = limitError(
      "{% for a in 名单 %}{% title %}第{{ a }}号标题{% endtitle %}{% endfor %}", count: 10_000,
      limits: limits)
    #expect(message == "报告超过了 10000 字节的上限")
  }

  /// A million paragraphs of one character took 1.2 GB (2.5 GB as headings) while the text
  /// stayed far under its limit: blocks are bounded by their number.
  @Test(arguments: [
    "{% for a in 名单 %}{{ a }}\n\n{% endfor %}",
    "{% for a in 名单 %}{% addressee %}{{ a }}{% endaddressee %}{% endfor %}",
    "{% for a in 名单 %}{% section a %}{{ a }}{% endsection %}{% endfor %}",
    "{% for a in 名单 %}{% signature %}{{ a }}\n日期{% endsignature %}{% endfor %}",
  ])
  func blocksInALoopAreBounded(text: String) {
    let limits = RenderLimits(maximumBlocks: 500)
    #expect(limitError(text, count: 10_000, limits: limits) == "报告超过了 500 段的上限")
  }

  /// Nested loops that print nothing ran on without end (3000 × 3000 × 3000 iterations).
  @Test func loopsThatPrintNothingStop() {
    let limits = RenderLimits(maximumSteps: 50_000)
    let text =
      "{% for a in 名单 %}{% for b in 名单 %}{% for c in 名单 %}{% endfor %}{% endfor %}{% endfor %}"
    #expect(limitError(text, count: 3_000, limits: limits) == "生成报告要做的事超过了 50000 步的上限")
    #expect(limitError(text, count: 30, limits: limits) == nil)
  }

  /// Three nested loops with `map | join` inside ran 33 s within the iteration budget: the
  /// items a filter goes through count as steps too.
  @Test func theWorkInsideLoopsCounts() {
    let limits = RenderLimits(maximumSteps: 100_000)
    let text =
      "{% for a in 名单 %}{% for b in 名单 %}{{ 名单 | join(\"、\") }}{% endfor %}{% endfor %}"
    #expect(limitError(text, count: 100, limits: limits) == "生成报告要做的事超过了 100000 步的上限")
    #expect(limitError(text, count: 20, limits: limits) == nil)
  }

  /// Text doubled by `+` again and again grew without bound before anything was printed.
  @Test func textJoinedWithPlusIsBounded() {
    let limits = RenderLimits(maximumOutputBytes: 100_000)
    let text =
      "{% set x = \"甲\" %}" + String(repeating: "{% set x = x + x %}", count: 40)
      + "{{ x | length }}"
    #expect(limitError(text, count: 0, limits: limits) == "用“+”连接的文字太长（超过报告的上限）")
  }

  /// Five million `1,` (10 MB) took 930 MB to read: the values in one file are bounded, the
  /// value past two million refused where it stands (the root and the list count too).
  @Test func valuesInAFileAreBounded() {
    #expect(ValueBuilder.maximumValues == 2_000_000)
    let text = "a: [" + String(repeating: "1,", count: 2_000_000) + "1]\n"
    expectError(text, "答案中的值太多（超过 2000000 个）", line: 1, column: 4_000_001)
  }
}
