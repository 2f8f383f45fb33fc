import Testing

@testable import TemplateKit

/// What the YAML reader refuses, and how it says so: the message, the place, the hint.
struct YAMLErrorTests {
  @Test func duplicateKey() {
    expectError(
      "统计:\n  党组会: 12\n  党组会: 13\n", "重复的键“党组会”", line: 3, column: 3,
      hint: "第 2 行已经写过“党组会”")
    expectError("{a: 1, a: 2}\n", "重复的键“a”", line: 1, column: 8, hint: "第 1 行")
  }

  @Test func duplicateKeyMessageQuotesTheLine() throws {
    let error = try #require(diagnostic { _ = try answers("党组会: 12\n党组会: 13\n") })
    #expect(
      error.description
        == "答案.yaml:2:1: 错误：重复的键“党组会”\n党组会: 13\n^\n提示：同一层级的键只能出现一次，第 1 行已经写过“党组会”。")
  }

  @Test func tabIndentation() {
    expectError("统计:\n\t党组会: 12\n", "不能用 Tab 缩进", line: 2, column: 1, hint: "空格")
    expectError("a:\n  b: 1\n  \tc: 2\n", "不能用 Tab 缩进", line: 3, column: 3)
    expectError("-\t- a\n", "不能用 Tab 缩进", line: 1, column: 2)
    expectError("a: |\n\tx\n", "不能用 Tab 缩进", line: 2, column: 1)
    expectError("a: \"x\n\ty\"\n", "不能用 Tab 缩进", line: 2, column: 1)
  }

  @Test func tabsElsewhereAreFine() throws {
    #expect(
      try readYAML("a:\tb\t# 注释\n\t\nc: \"\tx\"\n")
        == mapping(
          ("a", .string("b")), ("c", .string("\tx"))))
  }

  @Test func refusedFeaturesAreNamed() {
    expectError("a: &x 1\nb: *x\n", "不支持锚点和别名（“&”“*”）", line: 1, column: 4)
    expectError("a: *x\n", "不支持锚点和别名（“&”“*”）", line: 1, column: 4)
    expectError("a: !!str 1\n", "不支持标签（“!”）", line: 1, column: 4)
    expectError("a: !foo x\n", "不支持标签（“!”）", line: 1, column: 4)
    expectError("? a\n: b\n", "不支持复杂键（“? ”）", line: 1, column: 1)
    expectError("a: {? b: c}\n", "不支持复杂键（“? ”）", line: 1, column: 5)
    expectError("a: 1\n---\nb: 2\n", "不支持多个文档", line: 2, column: 1)
    expectError(
      "a: 1\n...\nb: 2\n", "不支持多个文档：“...”表示文档结束，后面不能再有内容", line: 3, column: 1)
    expectError("%YAML 1.2\n---\na: 1\n", "不支持指令（“%YAML”“%TAG”）", line: 1, column: 1)
    expectError("[a]: b\n", "不支持用列表或映射作键", line: 1, column: 1)
    expectError("a: 1\n: b\n", "冒号前面缺少键", line: 2, column: 1)
  }

  @Test func fullWidthColon() {
    expectError(
      "单位: 党支部\n党组会：12\n", "这一行缺少“: ”", line: 2, column: 1, hint: "全角冒号“：”")
    // Where a key belongs, `姓名：张三` runs on into the next line's key: the error is at the
    // line with the full-width colon, as on the other lines, wherever the block starts.
    for text in ["姓名：张三\n年份: 2023\n", "单位:\n  姓名：张三\n  年份: 2023\n", "- 姓名：张三\n  年份: 2023\n"] {
      let column = text.hasPrefix("姓名") ? 1 : 3
      let line = text.hasPrefix("单位") ? 2 : 1
      expectError(
        text, "这一行缺少“: ”", line: line, column: column, hint: "第 \(line) 行用了全角冒号“：”")
    }
    // As a value, text with a full-width colon is text: the next line is what is wrong.
    expectError(
      "备注: 时间：上午\n  党组会: 3\n", "这一行缩进得比上一行的键深，被当成了上一行的值的一部分", line: 2, column: 6)
    expectError(
      "党组会：12\n", "答案文件的最外层必须是“键: 值”，而这里是文本", line: 1, column: 1,
      hint: "全角冒号")
  }

  /// Full-width spaces (U+3000, what a Chinese input method types) are not indentation: at
  /// the start of a line, or starting a key, they are an error there, not a key `　　地区`.
  @Test func fullWidthSpaces() {
    let message = "行首有全角空格“　”"
    expectError("单位:\n　　简称: 甲\n  党组织: 乙\n", message, line: 2, column: 1, hint: "半角空格")
    expectError("单位:\n  简称: 甲\n　　地区: 乙\n", message, line: 3, column: 1)
    expectError("单位:\n  　简称: 甲\n", message, line: 2, column: 3)
    expectError("名单: [\n　甲, 乙]\n", message, line: 2, column: 1)
    expectError("单位: {　简称: 甲}\n", "键“　简称”以全角空格“　”开头", line: 1, column: 6)
    expectError("- 　简称: 甲\n", "键“　简称”以全角空格“　”开头", line: 1, column: 3)
  }

  @Test func fullWidthSpacesInsideTextAreText() throws {
    #expect(try answers("备注: 　　首行缩进\n").root == mapping(("备注", .string("　　首行缩进"))))
    #expect(try answers("备注: |\n  　　首行缩进\n").root == mapping(("备注", .string("　　首行缩进\n"))))
  }

  @Test func missingSpaceAfterColon() {
    expectError("a: 1\nb:2\n", "这一行缺少“: ”", line: 2, column: 1, hint: "冒号后面要加一个空格")
  }

  @Test func twoKeysOnOneLine() {
    expectError("备注: 注意: 这里\n", "这里不能再写“键: 值”", line: 1, column: 7, hint: "引号")
  }

  @Test func inconsistentIndentation() {
    expectError("a:\n  b: 1\n c: 2\n", "缩进不一致", line: 3, column: 2)
    expectError("a:\n  - 1\n - 2\n", "缩进不一致", line: 3, column: 2)
    expectError(
      "a: 1\n  b: 2\n", "这一行缩进得比上一行的键深，被当成了上一行的值的一部分", line: 2, column: 4)
    expectError("a: \"x\" y\n", "值后面还有多余的内容", line: 1, column: 8)
    expectError("a: \"x\ny\"\n", "引号没有闭合", line: 1, column: 4, hint: "第 2 行要缩进得比上一层深")
    expectError("a: [1,\n2]\n", "括号里换行后缩进不够", line: 2, column: 1)
    expectError("- a\nb: c\n", "缩进不一致", line: 2, column: 1)
    expectError("a: 1\n- b\n", "这里不能写列表项“- ”：这一层已经是“键: 值”", line: 2, column: 1)
  }

  @Test func unclosedQuotesAndBrackets() {
    expectError("a: \"abc\nb: 1\n", "引号没有闭合", line: 1, column: 4, hint: "补上 \"")
    expectError("a: 'abc\n", "引号没有闭合", line: 1, column: 4, hint: "补上 '")
    expectError("a: [1, 2\n", "“[”没有闭合", line: 1, column: 4, hint: "补上“]”")
    expectError("a: {x: 1\n", "“{”没有闭合", line: 1, column: 4, hint: "补上“}”")
    expectError("a: [1, 2]]\n", "多余的右括号“]”", line: 1, column: 10)
    expectError("a: [1,, 2]\n", "多余的逗号“,”", line: 1, column: 7)
    expectError("a: [\"1\" 2]\n", "列表里缺少逗号“,”或右括号“]”", line: 1, column: 9)
    expectError("a: {x: 1 y: 2}\n", "这里不能再写“键: 值”", line: 1, column: 11)
  }

  @Test func otherSyntaxErrors() {
    expectError("a: \"x\"# 注释\n", "注释的“#”前面要有空格", line: 1, column: 7)
    expectError("a: @x\n", "值不能以“@”开头", line: 1, column: 4, hint: "引号")
    expectError("a: b: c\n", "这里不能再写“键: 值”", line: 1, column: 5)
    expectError("a: - b\n", "这里不能开始列表项“- ”", line: 1, column: 4)
    expectError("a: [- b]\n", "括号里不能用“- ”写列表项", line: 1, column: 5)
    expectError("a: {b:{}}\n", "冒号后面要有空格", line: 1, column: 7)
    expectError("a: [b:[c]]\n", "冒号后面要有空格", line: 1, column: 7)
  }

  @Test func deepFlowNestingIsAnErrorNotACrash() {
    let depth = 10_000
    let text = "a: " + String(repeating: "[", count: depth) + String(repeating: "]", count: depth)
    expectError(text, "嵌套太深（超过 1000 层）", line: 1, column: 1003)
  }

  @Test func deepBlockNestingIsAnErrorNotACrash() {
    let text = String(repeating: "- ", count: 10_000) + "x\n"
    expectError(text, "嵌套太深（超过 1000 层）", line: 1, column: 2001)
    var lines = ""
    for level in 0..<1_100 { lines += String(repeating: " ", count: level) + "k:\n" }
    expectError(lines, "嵌套太深（超过 1000 层）", line: 1001, column: 1001)
  }

  /// A block sequence at its key's indentation opens a level the scanner does not count: the
  /// limit still holds exactly, 1000 levels read and the 1001st refused.
  @Test func deepSequencesAtTheKeysIndentationAreCountedToo() throws {
    let within = "a:\n" + String(repeating: "- ", count: 999) + "x\n"
    #expect(try answers(within).root["a"] != nil)
    let beyond = "a:\n" + String(repeating: "- ", count: 1_000) + "x\n"
    expectError(beyond, "嵌套太深（超过 1000 层）", line: 2, column: 1_999)
  }

  @Test func nestingWithinTheLimitIsRead() throws {
    let depth = 500
    let text = "a: " + String(repeating: "[", count: depth) + String(repeating: "]", count: depth)
    var value = try answers(text).root["a"]
    var levels = 0
    while case .list(let items)? = value {
      levels += 1
      value = items.first
    }
    #expect(levels == depth)
  }
}
