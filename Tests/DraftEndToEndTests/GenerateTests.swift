import Foundation
import Testing

@Suite("draft generate, run as users run it")
struct GenerateTests {
  @Test func theReadmeCommandPrintsARealReport() throws {
    let result = try Draft.run(["generate", "Examples/corpus-000.yaml"])
    #expect(result.status == 0, "\(result.errors)")
    let lines = result.output.split(separator: "\n")
    #expect(lines.first == "临江区残联落实管党治党政治责任情况报告")
    #expect(lines.contains("一、落实全面从严管党治党主体责任"))
    #expect(
      lines.contains("（一）切实增强责任意识。继续认真履行党建第一责任人的职责，带头严守党纪党规，切实加强党建工作，做到用制度管人、按制度办事，抓好班子、带好队伍、管好干部。")
    )
    #expect(lines.last == "2023年12月25日")
    #expect(!result.output.contains("【待填"))
    #expect(result.errors.isEmpty)
  }

  @Test func writingAFileWholeAndNeverOverAnExistingOne() throws {
    let folder = try TemporaryFolder()
    let output = folder.path("报告.txt")
    let first = try Draft.run(["generate", "Examples/corpus-000.yaml", "-o", output])
    #expect(first.status == 0)
    #expect(first.errors.contains("已生成“\(output)”"))
    let written = try String(contentsOfFile: output, encoding: .utf8)
    #expect(written.hasPrefix("临江区残联落实管党治党政治责任情况报告\n"))

    try "用户改过的内容".write(toFile: output, atomically: true, encoding: .utf8)
    let second = try Draft.run(["generate", "Examples/corpus-000.yaml", "-o", output])
    #expect(second.status == 2)
    #expect(second.errors.contains("“\(output)”已存在，没有覆盖"))
    #expect(try String(contentsOfFile: output, encoding: .utf8) == "用户改过的内容")

    let forced = try Draft.run(["generate", "Examples/corpus-000.yaml", "-o", output, "--force"])
    #expect(forced.status == 0)
    #expect(try String(contentsOfFile: output, encoding: .utf8) == written)
    let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder.url.path)
    #expect(leftovers == ["报告.txt"])
  }

  @Test func gapsAreMarkedAndListedAndStrictRefuses() throws {
    let folder = try TemporaryFolder()
    let example = try AnswersText.example("corpus-000.yaml")
    let answers = try folder.write(
      example.replacingOccurrences(of: "  姓名: 张明\n", with: ""), to: "答案.yaml")

    let loose = try Draft.run(["generate", answers])
    #expect(loose.status == 0)
    #expect(loose.output.contains("党组书记、理事长【待填：书记姓名】始终坚持"))
    #expect(loose.errors.contains("报告中有 4 处待填"))
    #expect(loose.errors.contains("书记.姓名（书记姓名）：党组织书记（报告人）的姓名〔4 处〕"))

    let output = folder.path("报告.txt")
    let strict = try Draft.run(["generate", answers, "--strict", "-o", output])
    #expect(strict.status == 1)
    #expect(strict.errors.contains("因为用了 --strict，没有生成报告"))
    #expect(!FileManager.default.fileExists(atPath: output))
  }

  @Test func aBrokenAnswersFileIsAnErrorWithItsPlace() throws {
    let folder = try TemporaryFolder()
    let answers = try folder.write("报告:\n  类型: 落实主体责任情况报告\n年度: 2023\n年度: 2024\n", to: "答案.yaml")
    let result = try Draft.run(["generate", answers])
    #expect(result.status == 2)
    #expect(result.output.isEmpty)
    #expect(result.errors.hasPrefix("\(answers):4:1: 错误："))
    #expect(result.errors.contains("\n年度: 2024\n^\n"))
  }

  @Test func missingFilesAndUnknownFormats() throws {
    let missing = try Draft.run(["generate", "没有这个文件.yaml"])
    #expect(missing.status == 2)
    #expect(missing.errors.contains("找不到文件"))
    let format = try Draft.run(["generate", "Examples/corpus-000.yaml", "-o", "报告.pdf"])
    #expect(format.status == 2)
    #expect(format.errors.contains("无法从文件名“报告.pdf”看出格式"))
  }
}
