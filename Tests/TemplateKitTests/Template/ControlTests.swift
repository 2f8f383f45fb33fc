import Testing

@testable import TemplateKit

@Suite("Conditions, loops, variables, includes")
struct ControlTests {
  @Test(arguments: [
    ("数 > 10", true), ("数 >= 12", true), ("数 < 12", false), ("数 == 12.0", true),
    ("数 != 12", false), ("名 == \"甲\" and 数 > 1", true), ("not 名 or 数 > 100", false),
    ("缺 or 名", true), ("缺", false), ("not 缺", true), ("\"甲\" in 列", true),
    ("\"丁\" not in 列", true), ("数 + 3 == 15", true), ("数 / 4 == 3", true),
    ("(数 - 2) * 2 == 20", true),
    ("零", false), ("空列", false), ("\"a\" < \"b\"", true),
  ])
  func conditions(condition: String, holds: Bool) throws {
    let data: Value = ["数": 12, "名": "甲", "列": ["甲", "乙"], "零": 0, "空列": []]
    #expect(
      try render("{% if \(condition) %}真{% else %}假{% endif %}", data) == (holds ? "真\n" : "假\n"))
  }

  @Test func elifChains() throws {
    let template = "{% if 数 > 10 %}多{% elif 数 > 0 %}少{% else %}无{% endif %}"
    #expect(try render(template, ["数": 20]) == "多\n")
    #expect(try render(template, ["数": 5]) == "少\n")
    #expect(try render(template, ["数": 0]) == "无\n")
  }

  @Test func loopVariables() throws {
    let text = try render(
      "{% for x in 列 %}{{ loop.index }}/{{ loop.length }}{{ x }}{% if loop.first %}首{% endif %}{% if not loop.last %}，{% endif %}{% endfor %}",
      ["列": ["甲", "乙", "丙"]])
    #expect(text == "1/3甲首，2/3乙，3/3丙\n")
  }

  @Test func nestedLoopsSeeTheirOwnLoop() throws {
    let text = try render(
      "{% for a in 外 %}{% for b in a.内 %}{{ loop.index }}{% endfor %}{{ loop.index }};{% endfor %}",
      ["外": [["内": [1, 2]], ["内": [1]]]])
    #expect(text == "121;12;\n")
  }

  @Test func elseRunsForAnEmptyOrMissingList() throws {
    let template = "{% for x in 列 %}{{ x }}{% else %}无{% endfor %}"
    #expect(try render(template, ["列": []]) == "无\n")
    #expect(try render(template) == "无\n")
  }

  @Test func setAndMappingsInLoops() throws {
    let text = try render(
      "{% set 名 = 单位.简称 %}{{ 名 }}：{% for p in 统计 %}{{ p.键 }}{{ p.值 }}{% endfor %}",
      ["单位": ["简称": "甲"], "统计": ["会": 2, "课": 3]])
    #expect(text == "甲：会2课3\n")
  }

  @Test func includesSeeTheLoopAroundThem() throws {
    let text = try render(
      "{% for a in 列 %}{% include \"fragments/项\" %}{% endfor %}", ["列": ["甲", "乙"]],
      files: ["fragments/项.tmpl": "（{{ a }}）"])
    #expect(text == "（甲）（乙）\n")
  }

  @Test func includesThatLoopAreRefusedWhenTheTemplateLoads() {
    let error = diagnostic {
      _ = try render(
        "{% include \"fragments/甲\" %}",
        files: [
          "fragments/甲.tmpl": "甲\n{% include \"fragments/乙\" %}",
          "fragments/乙.tmpl": "{% include \"fragments/甲\" %}",
        ])
    }
    #expect(error?.message == "片段“fragments/甲”包含了自己")
    #expect(error?.location == SourceLocation(file: "fragments/乙.tmpl", line: 1, column: 4))
    #expect(
      error?.hint?.contains("测试.tmpl → fragments/甲.tmpl → fragments/乙.tmpl → fragments/甲.tmpl")
        == true)
  }

  @Test func aMissingIncludeIsAnErrorAtTheTag() {
    let error = diagnostic { _ = try render("甲\n  {% include \"fragments/无\" %}") }
    #expect(error?.location == SourceLocation(file: "测试.tmpl", line: 2, column: 6))
    #expect(error?.message == "找不到要包含的片段“fragments/无”")
  }
}
