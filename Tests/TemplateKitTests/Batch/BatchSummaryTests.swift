import Testing

@testable import TemplateKit

@Suite("The summary: 汇总.csv for Excel, and the same table for the terminal")
struct BatchSummaryTests {
  @Test func fieldsAreQuotedOnlyWhenTheyMustBe() {
    #expect(CSV.field("第一党支部") == "第一党支部")
    #expect(CSV.field("甲,乙") == "\"甲,乙\"")
    #expect(CSV.field("他说\"好\"") == "\"他说\"\"好\"\"\"")
    #expect(CSV.field("两\n行") == "\"两\n行\"")
    #expect(CSV.field("回车\r\n换行") == "\"回车\r\n换行\"")
    #expect(CSV.field(" 前后有空格 ") == "\" 前后有空格 \"")
    #expect(CSV.field("") == "")
  }

  @Test func whatASpreadsheetWouldRunAsAFormulaIsDefused() {
    #expect(CSV.field("=HYPERLINK(\"x\")") == "\"'=HYPERLINK(\"\"x\"\")\"")
    #expect(CSV.field("+1") == "'+1")
    #expect(CSV.field("-1") == "'-1")
    #expect(CSV.field("@SUM(A1)") == "'@SUM(A1)")
    #expect(CSV.field("12") == "12")
  }

  @Test func theFileStartsWithTheByteOrderMarkAndEndsLinesWithCRLF() {
    let bytes = CSV.file(header: ["单位", "字数"], rows: [["甲,乙", "12"]])
    #expect(Array(bytes.prefix(3)) == [0xEF, 0xBB, 0xBF])
    #expect(String(decoding: bytes.dropFirst(3), as: UTF8.self) == "单位,字数\r\n\"甲,乙\",12\r\n")
  }

  private let summary = BatchSummary(results: [
    BatchUnitResult(
      unit: "甲支部", origin: "甲.yaml", status: .succeeded, characterCount: 2300,
      outputFile: "甲支部.docx"),
    BatchUnitResult(
      unit: "乙支部", origin: "乙.yaml", status: .withGaps,
      missing: [
        MissingField(path: "书记.姓名", label: "书记姓名", prompt: nil, occurrences: 3),
        MissingField(path: "统计.党课", label: "党课", prompt: nil, occurrences: 1),
      ], characterCount: 2100, outputFile: "乙支部.docx"),
    BatchUnitResult(
      unit: "丙", origin: "丙.yaml", status: .failed,
      problem: Diagnostic(
        .error, "“[”没有闭合", at: SourceLocation(file: "丙.yaml", line: 2, column: 7),
        quoting: "  全称: [丙", hint: "补上")),
    BatchUnitResult(
      unit: "丁支部", origin: "丁.yaml", status: .skipped, characterCount: 10,
      outputFile: "丁支部.docx", problem: Diagnostic(.note, "“丁支部.docx”已存在，没有覆盖")),
  ])

  @Test func oneRowPerUnitWithStatusGapsCharactersAndFile() {
    #expect(BatchSummary.header == ["单位", "答案文件", "状态", "待填数", "待填项", "字数", "输出文件", "说明"])
    #expect(
      summary.rows == [
        ["甲支部", "甲.yaml", "成功", "0", "", "2300", "甲支部.docx", ""],
        ["乙支部", "乙.yaml", "有待填", "4", "书记.姓名（书记姓名）；统计.党课", "2100", "乙支部.docx", ""],
        ["丙", "丙.yaml", "失败", "", "", "", "", "丙.yaml:2:7: 错误：“[”没有闭合"],
        ["丁支部", "丁.yaml", "已跳过", "0", "", "10", "丁支部.docx", "说明：“丁支部.docx”已存在，没有覆盖"],
      ])
    #expect(!summary.allSucceeded)
    #expect(summary.count(.failed) == 1)
    #expect(BatchSummary(results: Array(summary.results.prefix(2))).allSucceeded)
  }

  @Test func theCSVHoldsTheSameRows() {
    let text = String(decoding: summary.csv().dropFirst(3), as: UTF8.self)
    let lines = text.components(separatedBy: "\r\n")
    #expect(lines[0] == "单位,答案文件,状态,待填数,待填项,字数,输出文件,说明")
    #expect(lines[2] == "乙支部,乙.yaml,有待填,4,书记.姓名（书记姓名）；统计.党课,2100,乙支部.docx,")
    #expect(lines.count == 6 && lines[5].isEmpty)
  }

  @Test func theTerminalTableLinesUpWideCharacters() {
    let lines = summary.table().split(separator: "\n").map(String.init)
    #expect(lines.count == 5)
    let statusColumn = lines.map {
      DisplayWidth.of(
        String($0.prefix { $0 != "成" && $0 != "有" && $0 != "失" && $0 != "已" && $0 != "状" }))
    }
    #expect(Set(statusColumn).count == 1)
    #expect(lines[3].contains("丙.yaml:2:7: 错误：“[”没有闭合"))
  }
}
