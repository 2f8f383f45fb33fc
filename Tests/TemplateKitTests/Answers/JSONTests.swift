import Testing

@testable import TemplateKit

/// Reading JSON answers and writing values as JSON.
struct JSONTests {
  private func read(_ text: String) throws -> Answers {
    try answers(text, file: "答案.json", format: .json)
  }

  @Test func readsAllTypes() throws {
    let answers = try JSONReader.read(
      SourceText(
        file: "答案.json",
        text:
          #"{"单位": "党支部", "n": 12, "neg": -3, "x": 1.5, "e": 1e3, "z": -0.0, "t": true, "f": false, "nil": null, "list": [1, [], {}], "esc": "\"\\\/\b\f\n\r\t\u515A\uD83D\uDE00"}"#
      ))
    #expect(
      answers.root
        == mapping(
          ("单位", .string("党支部")), ("n", .int(12)), ("neg", .int(-3)), ("x", .double(1.5)),
          ("e", .double(1000)), ("z", .double(-0.0)), ("t", .bool(true)), ("f", .bool(false)),
          ("nil", .null), ("list", .list([.int(1), .list([]), mapping()])),
          ("esc", .string("\"\\/\u{8}\u{C}\n\r\t党😀"))))
  }

  @Test func recordsLocations() throws {
    let text = "{\n  \"活动\": [\n    {\"日期\": \"2023-07-02\"}\n  ]\n}\n"
    let answers = try read(text)
    #expect(answers.locations["活动"] == location(in: text, 2, 9, key: 2, 3))
    #expect(
      answers.locations["活动[0]"] == location(in: text, 3, 5, key: 3, 5))
    #expect(
      answers.locations["活动[0].日期"] == location(in: text, 3, 12, key: 3, 6))
  }

  @Test func errors() {
    func expectJSONError(
      _ text: String, _ message: String, line: Int, column: Int,
      sourceLocation: Testing.SourceLocation = #_sourceLocation
    ) {
      expectError(
        { _ = try read(text) }, message, line: line, column: column, sourceLocation: sourceLocation)
    }
    expectJSONError("{\"a\": 1,\n \"a\": 2}", "重复的键“a”", line: 2, column: 2)
    expectJSONError("[1, 2,]", "这里应该是 JSON 的值", line: 1, column: 7)
    expectJSONError("{'a': 1}", "这里应该是用双引号括起来的键", line: 1, column: 2)
    expectJSONError("[\"a\", 'b']", "JSON 的文本要用双引号", line: 1, column: 7)
    expectJSONError("[012]", "JSON 的数字不能以 0 开头", line: 1, column: 2)
    expectJSONError("[1.]", "数字的写法不对", line: 1, column: 2)
    expectJSONError("[\"abc]", "引号没有闭合", line: 1, column: 2)
    expectJSONError("[\"a\nb\"]", "JSON 的文本里不能直接换行或有控制字符", line: 1, column: 4)
    expectJSONError("[\"\\uD800\"]", "“\\u”转义写的不是有效的字符", line: 1, column: 3)
    expectJSONError("[\"\\q\"]", "无效的转义“\\q”", line: 1, column: 3)
    expectJSONError("{\"a\" 1}", "键后面缺少冒号“:”", line: 1, column: 6)
    expectJSONError("{\"a\": 1 \"b\": 2}", "缺少逗号“,”或右括号“}”", line: 1, column: 9)
    expectJSONError("{} {}", "JSON 的值后面还有多余的内容", line: 1, column: 4)
    expectJSONError("[tru]", "无效的 JSON 值“tru”", line: 1, column: 2)
    expectJSONError(
      "{\"a\": 99999999999999999999}", "数字“99999999999999999999”超出范围", line: 1, column: 7)
    expectJSONError("[1]", "JSON 答案文件的最外层必须是对象 {…}，而这里是列表", line: 1, column: 1)
    expectJSONError("null", "JSON 答案文件的最外层必须是对象 {…}，而这里是空值", line: 1, column: 1)
    expectJSONError("{\"a\": [", "JSON 在这里意外结束", line: 1, column: 8)
  }

  @Test func deepNestingIsAnErrorNotACrash() {
    let depth = 10_000
    let text =
      "{\"a\": " + String(repeating: "[", count: depth) + String(repeating: "]", count: depth) + "}"
    expectError({ _ = try read(text) }, "嵌套太深（超过 1000 层）", line: 1, column: 1006)
  }

  @Test func readsSeveralValuesOneAfterAnother() throws {
    let values = try JSONReader.readAll(
      SourceText(file: "in.json", text: "{\"a\": 1}\n[2]\nnull\n"))
    #expect(values == [mapping(("a", .int(1))), .list([.int(2)]), .null])
    #expect(try JSONReader.readAll(SourceText(file: "in.json", text: " \n")) == [])
  }

  @Test func writesCompactAndPretty() {
    let value = mapping(
      ("单位", .string("党支部")), ("n", .int(12)), ("x", .double(1)), ("空", .null),
      ("list", .list([.bool(true), .list([]), mapping()])))
    #expect(
      JSONWriter.string(value, pretty: false)
        == #"{"单位":"党支部","n":12,"x":1.0,"空":null,"list":[true,[],{}]}"#)
    #expect(
      JSONWriter.string(value, pretty: true) == """
        {
          "单位": "党支部",
          "n": 12,
          "x": 1.0,
          "空": null,
          "list": [
            true,
            [],
            {}
          ]
        }
        """)
  }

  @Test func writerEscapes() {
    let text = "引号\"反斜杠\\换行\n回车\rTab\t退格\u{8}换页\u{C}控制\u{1}\u{1F}斜杠/删除\u{7F}"
    #expect(
      JSONWriter.string(.string(text), pretty: false)
        == #""引号\"反斜杠\\换行\n回车\rTab\t退格\b换页\f控制\u0001\u001F斜杠/删除\#u{7F}""#)
  }

  @Test func writerNumbers() {
    #expect(
      JSONWriter.string(
        .list([.int(.min), .double(0.1), .double(1e20), .double(-0.0)]), pretty: false)
        == "[-9223372036854775808,0.1,1e+20,-0.0]")
    #expect(
      JSONWriter.string(
        .list([.double(.infinity), .double(-.infinity), .double(.nan)]), pretty: false)
        == #"[".inf","-.inf",".nan"]"#)
  }

  @Test func roundTrip() throws {
    let original = try answers(
      """
      单位: "党支部\\t（一）"
      统计: {党组会: 12, 比例: 0.25, 大数: 1e20}
      活动:
        - 日期: 2023-07-02
          备注: |
            第一行
            "第二行"
        - ~
      """)
    for pretty in [false, true] {
      let text = JSONWriter.string(original.root, pretty: pretty)
      let again = try JSONReader.read(SourceText(file: "x.json", text: text))
      #expect(again.root == original.root)
    }
  }
}
