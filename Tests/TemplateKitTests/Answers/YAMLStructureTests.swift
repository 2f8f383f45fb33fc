import Testing

@testable import TemplateKit

/// Block and flow collections, nesting, documents, and where values are recorded.
struct YAMLStructureTests {
  @Test func nestedBlockCollections() throws {
    let text = """
      单位: 党支部
      统计:
        党组会: 12
        支部会: 3
      活动:
        - 日期: 2023-07-02
          内容: 学习
        - 日期: 2023-08-01
          参加:
          - 张三
          - 李四
      空值:
      嵌套:
        - - 甲
          - 乙
        -
        - 丙

      """
    let expected = mapping(
      ("单位", .string("党支部")),
      ("统计", mapping(("党组会", .int(12)), ("支部会", .int(3)))),
      (
        "活动",
        .list([
          mapping(("日期", .string("2023-07-02")), ("内容", .string("学习"))),
          mapping(
            ("日期", .string("2023-08-01")), ("参加", .list([.string("张三"), .string("李四")]))),
        ])
      ),
      ("空值", .null),
      ("嵌套", .list([.list([.string("甲"), .string("乙")]), .null, .string("丙")]))
    )
    #expect(try answers(text).root == expected)
  }

  @Test func keysKeepTheirOrder() throws {
    let root = try answers("丙: 1\n甲: 2\n乙: 3\n").root
    #expect(root.mapping?.keys == ["丙", "甲", "乙"])
  }

  @Test func flowCollections() throws {
    #expect(
      try readYAML("a: [1, 二, \"三\", [4, {五: 5}], {}, []]\n")
        == mapping(
          (
            "a",
            .list([
              .int(1), .string("二"), .string("三"), .list([.int(4), mapping(("五", .int(5)))]),
              mapping(), .list([]),
            ])
          )))
    #expect(
      try readYAML("a: {x: 1, y: [a, b], z}\n")
        == mapping(
          ("a", mapping(("x", .int(1)), ("y", .list([.string("a"), .string("b")])), ("z", .null)))))
    #expect(
      try readYAML("a: [\n  1,\n  2,  # 注释\n  ]\n") == mapping(("a", .list([.int(1), .int(2)]))))
    #expect(
      try readYAML("a: [x: 1, y]\n")
        == mapping(("a", .list([mapping(("x", .int(1))), .string("y")]))))
    #expect(try readYAML("a: {\"k\":v}\n") == mapping(("a", mapping(("k", .string("v"))))))
    #expect(try readYAML("[a, b]\n") == .list([.string("a"), .string("b")]))
    #expect(
      try readYAML("{a:, b:c, \"d\":{}}\n")
        == mapping(
          ("a", .null), ("b:c", .null), ("d", mapping())))
  }

  @Test func nonTextKeysBecomeTheirJSONForm() throws {
    #expect(
      try answers("2021: 甲\n-1: 乙\ntrue: 丙\n\"0x1F\": 丁\n").root
        == mapping(
          ("2021", .string("甲")), ("-1", .string("乙")), ("true", .string("丙")),
          ("0x1F", .string("丁"))))
  }

  @Test func keysThatWouldChangeAreRefused() {
    expectError("0x1F: a\n", "键“0x1F”会被读成整数，不是文本", line: 1, column: 1, hint: "\"0x1F\"")
    expectError("b: 1\n012: a\n", "键“012”会被读成整数，不是文本", line: 2, column: 1)
    expectError("1.5: a\n", "键“1.5”会被读成小数，不是文本", line: 1, column: 1)
    expectError("~: a\n", "键“~”会被读成空值，不是文本", line: 1, column: 1)
    expectError("True: a\n", "键“True”会被读成是/否，不是文本", line: 1, column: 1)
  }

  @Test func documentMarkers() throws {
    #expect(try answers("---\na: 1\n...\n").root == mapping(("a", .int(1))))
    #expect(
      try answers("# 注释\n--- # 开始\na: 1\n... # 结束\n# 注释\n").root == mapping(("a", .int(1))))
    #expect(try readYAML("--- 文本\n") == .string("文本"))
    #expect(try readYAML("---\n") == .null)
    #expect(try readYAML("") == nil)
  }

  @Test func emptyAnswers() throws {
    for text in ["", "\n\n", "# 只有注释\n  # 还是注释\n", "---\n", "~\n"] {
      #expect(try answers(text).root == mapping(), "\(text.debugDescription)")
    }
  }

  @Test func locations() throws {
    let text = """
      统计:
        党组会: 12
      活动:
        - 日期: 2023-07-02
          内容: [学习, 讨论]
        -   空的:

      """
    let read = try answers(text)
    #expect(read.locations["统计"] == location(in: text, 2, 3, key: 1, 1))
    #expect(
      read.locations["统计.党组会"] == location(in: text, 2, 8, key: 2, 3))
    #expect(
      read.locations["活动[0]"] == location(in: text, 4, 5, key: 4, 3))
    #expect(
      read.locations["活动[0].日期"] == location(in: text, 4, 9, key: 4, 5))
    #expect(
      read.locations["活动[0].内容[1]"]
        == location(in: text, 5, 14, key: 5, 14))
    #expect(
      read.locations["活动[1]"] == location(in: text, 6, 7, key: 6, 3))
    #expect(
      read.locations["活动[1].空的"] == location(in: text, 6, 9, key: 6, 7))
    #expect(read.location(of: "统计.党组会")?.description == "答案.yaml:2:8")
    #expect(read.location(of: "统计.党组会", key: true)?.description == "答案.yaml:2:3")
  }

  @Test func byteOrderMarkAndLineEndings() throws {
    let bytes: [UInt8] =
      [0xEF, 0xBB, 0xBF] + Array("a: 甲\r\nb: |\r\n  乙\r\n  丙\r\nc: \"x\r\n  y\"\rd: 1\r\n".utf8)
    let answers = try AnswersReader.read(bytes: bytes, file: "答案.yaml", format: .yaml)
    #expect(
      answers.root
        == mapping(
          ("a", .string("甲")), ("b", .string("乙\n丙\n")), ("c", .string("x y")), ("d", .int(1))))
    let text = answers.source?.text ?? ""
    #expect(answers.locations["a"] == location(in: text, 1, 4, key: 1, 1))
    #expect(answers.locations["d"] == location(in: text, 7, 4, key: 7, 1))
  }

  @Test func missingFinalLineBreak() throws {
    #expect(try readYAML("a: |\n  x") == mapping(("a", .string("x\n"))))
    #expect(try readYAML("a: 1") == mapping(("a", .int(1))))
  }
}
