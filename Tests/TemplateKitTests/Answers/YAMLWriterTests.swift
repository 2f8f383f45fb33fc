import Testing

@testable import TemplateKit

@Suite("YAML written reads back as the same values")
struct YAMLWriterTests {
  @Test(arguments: [
    "临江区残联", "12", "true", "null", "~", "2023-07-02", "0x1F", "1e3", ".5", "- 列表", "键: 值",
    "# 注释", " 前后空格 ", "多行\n文字\n", "“引号”", "引号\"和\\反斜杠", "[方括号]", "{花括号}", "*星号", "",
    "制表\t符", "尾冒号:", "a #b",
  ])
  func scalarsRoundTrip(text: String) throws {
    let value: Value = ["键": .string(text), "列表": [.string(text), "乙"]]
    try expectRoundTrip(value)
  }

  @Test func nestedValuesRoundTrip() throws {
    let value: Value = [
      "整数": 12, "小数": 3.5, "整的小数": 2.0, "是否": false, "空": nil, "空列表": [], "空映射": [:],
      "记录": [["日期": "2023-07-02", "内容": "学习"], ["内容": "调研", "人数": 3]],
      "深": ["一": ["二": ["三": "底"]]],
    ]
    try expectRoundTrip(value)
  }
}
