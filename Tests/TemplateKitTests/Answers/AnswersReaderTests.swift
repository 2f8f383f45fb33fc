import Foundation
import Testing

@testable import TemplateKit

/// Reading answers files from disk, the root rule, and text a document cannot hold.
struct AnswersReaderTests {
  @Test func readsYAMLAndJSONFilesByName() throws {
    let folder = try ScratchFolder()
    let yaml = try folder.write("党组会: 12\n", to: "答案.yaml")
    let json = try folder.write(#"{"党组会": 12}"#, to: "答案.JSON")
    #expect(try AnswersReader.read(path: yaml).root == mapping(("党组会", .int(12))))
    let answers = try AnswersReader.read(path: json)
    #expect(answers.root == mapping(("党组会", .int(12))))
    #expect(answers.source?.file == json)
  }

  @Test func missingFileAndFolder() throws {
    let folder = try ScratchFolder()
    let missing = folder.path + "/没有.yaml"
    #expect(throws: Diagnostic.error("找不到文件“\(missing)”", hint: "检查文件名和路径是否写对。")) {
      try AnswersReader.read(path: missing)
    }
    #expect(
      throws: Diagnostic.error("“\(folder.path)”是一个文件夹，不是文件", hint: "请给出答案文件本身的路径。")
    ) {
      try AnswersReader.read(path: folder.path)
    }
  }

  @Test func rootMustBeAMapping() {
    expectError("- 甲\n- 乙\n", "答案文件的最外层必须是“键: 值”，而这里是列表", line: 1, column: 1)
    expectError("\n  12\n", "答案文件的最外层必须是“键: 值”，而这里是整数", line: 2, column: 3)
  }

  @Test func controlCharactersFromEscapesAreRefused() {
    expectError(
      "活动:\n  - 内容: \"甲\\x01乙\"\n", "“活动[0].内容”的文本里有控制字符 U+0001", line: 2, column: 9,
      hint: "不能写进文档")
    expectError("a: \"\\N\"\n", "“a”的文本里有控制字符 U+0085", line: 1, column: 4)
    expectError("a: \"\\uFFFE\"\n", "“a”的文本里有控制字符 U+FFFE", line: 1, column: 4)
    expectError("a: 1\n\"b\\e\": 2\n", "有一个键里有控制字符 U+001B", line: 2, column: 1)
    expectError(
      {
        _ = try answers(#"{"a": ["\u0000"]}"#, file: "答案.json", format: .json)
      },
      "“a[0]”的文本里有控制字符 U+0000", line: 1, column: 8)
  }

  @Test func tabsAndLineBreaksInTextAreKept() throws {
    #expect(try answers("a: \"\\t\\n\\r\"\n").root == mapping(("a", .string("\t\n\r"))))
  }
}
