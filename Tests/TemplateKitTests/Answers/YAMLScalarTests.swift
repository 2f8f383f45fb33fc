import Testing

@testable import TemplateKit

/// Scalar styles, escapes, folding, block scalars and the core schema.
struct YAMLScalarTests {
  @Test func plainScalars() throws {
    #expect(try readYAML("a: 张三\n") == mapping(("a", .string("张三"))))
    #expect(try readYAML("a: b#c  # 注释\n") == mapping(("a", .string("b#c"))))
    #expect(try readYAML("a: http://x.cn:80/p\n") == mapping(("a", .string("http://x.cn:80/p"))))
    #expect(try readYAML("a: 甲\n  乙\n\n  丙\n") == mapping(("a", .string("甲 乙\n丙"))))
    #expect(try readYAML("a:   x  y   \n") == mapping(("a", .string("x  y"))))
  }

  @Test func singleQuotedScalars() throws {
    #expect(try readYAML("a: 'it''s'\n") == mapping(("a", .string("it's"))))
    #expect(try readYAML("a: ''\n") == mapping(("a", .string(""))))
    #expect(try readYAML("a: '12'\n") == mapping(("a", .string("12"))))
    #expect(try readYAML("a: 'x\\n'\n") == mapping(("a", .string("x\\n"))))
    #expect(try readYAML("a: ' x\n  y \n\n  z'\n") == mapping(("a", .string(" x y\nz"))))
  }

  @Test(arguments: [
    (#"\n"#, "\n"), (#"\t"#, "\t"), ("\\\t", "\t"), (#"\""#, "\""), (#"\\"#, "\\"), (#"\/"#, "/"),
    (#"\0"#, "\u{0}"), (#"\a"#, "\u{7}"), (#"\b"#, "\u{8}"), (#"\e"#, "\u{1B}"),
    (#"\f"#, "\u{C}"), (#"\r"#, "\r"), (#"\v"#, "\u{B}"), (#"\ "#, " "), (#"\N"#, "\u{85}"),
    (#"\_"#, "\u{A0}"), (#"\L"#, "\u{2028}"), (#"\P"#, "\u{2029}"), (#"\x41"#, "A"),
    (#"\u515A"#, "党"), (#"\U0001F600"#, "😀"),
  ])
  func doubleQuotedEscapes(escape: String, expected: String) throws {
    #expect(try readYAML("a: \"<\(escape)>\"\n") == mapping(("a", .string("<\(expected)>"))))
  }

  @Test func doubleQuotedLineFolding() throws {
    #expect(try readYAML("a: \"x\n  y\"\n") == mapping(("a", .string("x y"))))
    #expect(try readYAML("a: \"x\n\n  y\"\n") == mapping(("a", .string("x\ny"))))
    #expect(try readYAML("a: \"x \\\n   y\"\n") == mapping(("a", .string("x y"))))
    #expect(try readYAML("a: \"x\\\n   y\"\n") == mapping(("a", .string("xy"))))
    #expect(try readYAML("a: \"  x  \"\n") == mapping(("a", .string("  x  "))))
  }

  @Test func invalidEscapes() {
    expectError("a: \"\\q\"\n", "无效的转义“\\q”", line: 1, column: 5)
    expectError("a: \"\\'\"\n", "无效的转义“\\'”", line: 1, column: 5, hint: "单引号")
    expectError("a: \"\\x4\"\n", "转义“\\x”后面要有 2 位十六进制数字", line: 1, column: 5)
    expectError("a: \"\\uD800\"\n", "转义“\\u”写的不是有效的 Unicode 字符", line: 1, column: 5)
  }

  @Test func literalBlockScalars() throws {
    #expect(try readYAML("a: |\n  x\n   y\n\n") == mapping(("a", .string("x\n y\n"))))
    #expect(try readYAML("a: |-\n  x\n\n") == mapping(("a", .string("x"))))
    #expect(
      try readYAML("a: |+\n  x\n\n\nb: 1\n") == mapping(("a", .string("x\n\n\n")), ("b", .int(1))))
    #expect(try readYAML("a: |\nb: 1\n") == mapping(("a", .string("")), ("b", .int(1))))
    #expect(try readYAML("a: | # 注释\n  x\n") == mapping(("a", .string("x\n"))))
    #expect(try readYAML("a: |\n  # 不是注释\n") == mapping(("a", .string("# 不是注释\n"))))
  }

  @Test func foldedBlockScalars() throws {
    let text = "a: >\n  甲\n  乙\n\n  丙\n    缩进\n  丁\n"
    #expect(try readYAML(text) == mapping(("a", .string("甲 乙\n丙\n  缩进\n丁\n"))))
    #expect(try readYAML("a: >-\n  x\n  y\n\n") == mapping(("a", .string("x y"))))
    #expect(try readYAML("a: >+\n  x\n\n") == mapping(("a", .string("x\n\n"))))
  }

  @Test func indentationIndicators() throws {
    #expect(try readYAML("a: |2\n    x\n   y\n") == mapping(("a", .string("  x\n y\n"))))
    #expect(try readYAML("- |1-\n  x\n") == .list([.string(" x")]))
    #expect(try readYAML("- |-1\n  x\n") == .list([.string(" x")]))
    expectError("a: |0\n  x\n", "块标量的缩进指示符不能是 0", line: 1, column: 5)
    expectError("|1\n x\n", "最外层的块标量不支持缩进指示符", line: 1, column: 1)
  }

  @Test func blockScalarErrors() {
    expectError("a: | x\n", "块标量的“|”或“>”后面只能写注释", line: 1, column: 6)
    expectError("a: |#x\n", "块标量的“|”或“>”后面只能写注释", line: 1, column: 5)
    expectError("a: |\n    \n  x\n", "块标量开头的空行比第一行内容缩进得多", line: 2, column: 5)
  }

  @Test(arguments: [
    ("~", Value.null), ("null", .null), ("Null", .null), ("NULL", .null), ("", .null),
    ("true", .bool(true)), ("True", .bool(true)), ("TRUE", .bool(true)),
    ("false", .bool(false)), ("False", .bool(false)), ("FALSE", .bool(false)),
    ("12", .int(12)), ("012", .int(12)), ("-0", .int(0)), ("+12", .int(12)), ("-7", .int(-7)),
    ("0o17", .int(15)), ("0x1F", .int(31)), ("0x1f", .int(31)),
    ("9223372036854775807", .int(.max)), ("-9223372036854775808", .int(.min)),
    ("1.5", .double(1.5)), ("1e3", .double(1000)), (".5", .double(0.5)), ("-1.", .double(-1)),
    ("1.5E+3", .double(1500)), (".inf", .double(.infinity)), ("-.Inf", .double(-.infinity)),
    ("+.INF", .double(.infinity)),
    ("2023-07-02", .string("2023-07-02")), ("yes", .string("yes")), ("on", .string("on")),
    ("0x", .string("0x")), ("-0x1F", .string("-0x1F")), ("1_000", .string("1_000")),
    ("0b101", .string("0b101")), ("1.2.3", .string("1.2.3")), ("tRue", .string("tRue")),
  ])
  func coreSchema(text: String, expected: Value) throws {
    #expect(try readYAML("a: \(text)\n") == mapping(("a", expected)))
  }

  @Test func notANumber() throws {
    for text in [".nan", ".NaN", ".NAN"] {
      guard case .double(let number)? = try readYAML("a: \(text)\n")?["a"] else {
        Issue.record("\(text) is not a double")
        continue
      }
      #expect(number.isNaN)
    }
  }

  @Test func quotedAndBlockScalarsAreText() throws {
    #expect(
      try readYAML("a: \"12\"\nb: 'true'\nc: |\n  ~\n")
        == mapping(
          ("a", .string("12")), ("b", .string("true")), ("c", .string("~\n"))))
  }

  @Test func numbersOutOfRangeAreRefused() {
    expectError(
      "编号: 9223372036854775808\n", "数字“9223372036854775808”超出范围", line: 1, column: 5, hint: "引号")
    expectError("a: 0x8000000000000000\n", "数字“0x8000000000000000”超出范围", line: 1, column: 4)
    expectError("a: 1e400\n", "数字“1e400”超出范围", line: 1, column: 4)
  }
}
