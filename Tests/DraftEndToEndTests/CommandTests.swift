import Foundation
import Testing

@Suite("The other commands, help and exit codes")
struct CommandTests {
  @Test func previewOneSectionByNameOrPlace() throws {
    let byName = try Draft.run(["preview", "Examples/corpus-000.yaml", "规范党内政治生活"])
    #expect(byName.status == 0)
    // Numbered as it stands in the report: the kind's second section.
    #expect(byName.output.hasPrefix("二、规范党内政治生活\n一是临江区残联以"))
    let byPlace = try Draft.run(["preview", "Examples/corpus-000.yaml", "2"])
    #expect(byPlace.output == byName.output)
    let unknown = try Draft.run(["preview", "Examples/corpus-000.yaml", "规范党内政治"])
    #expect(unknown.status == 2)
    #expect(unknown.errors.contains("没有名为“规范党内政治”的章节"))
  }

  @Test func dumpPrintsTheDataAsJSON() throws {
    let folder = try TemporaryFolder()
    let answers = try folder.write(
      "日期: 2023-07-02\n次数: 12\n文字: \"12\"\n名单: [甲, 乙]\n", to: "答案.yaml")
    let result = try Draft.run(["dump", answers])
    #expect(result.status == 0)
    let data = try JSONSerialization.jsonObject(with: result.outputBytes) as? [String: Any]
    #expect(data?["日期"] as? String == "2023-07-02")
    #expect(data?["次数"] as? Int == 12)
    #expect(data?["文字"] as? String == "12")
    #expect(result.output.contains("\"名单\""))
  }

  @Test func checkReportsProblemsAndExitsOne() throws {
    let clean = try Draft.run(["check", "Examples/corpus-000.yaml"])
    #expect(clean.status == 0)
    #expect(clean.errors.contains("没有发现问题"))

    let folder = try TemporaryFolder()
    let answers = try folder.write(
      "报告:\n  类型: 落实主体责任情况报告\n  日期: 2023-12-25\n年度: 2023\n单位:\n  简称: XX区残联\n统计:\n  党员大回: 3\n",
      to: "答案.yaml")
    let result = try Draft.run(["check", answers])
    #expect(result.status == 1)
    #expect(result.errors.contains("\(answers):6:7: 错误：“单位.简称”中有占位符“XX”"))
    #expect(result.errors.contains("\(answers):8:3: 错误：不认识的字段“统计.党员大回”"))
    #expect(result.errors.contains("提示：是不是想写“统计.党员大会”？"))
    #expect(result.errors.contains("错误：缺少必填项“书记.姓名”"))
  }

  @Test func initWritesAQuestionnaireThatReadsBack() throws {
    let folder = try TemporaryFolder()
    let path = folder.path("问卷.yaml")
    let result = try Draft.run(["init", "落实主体责任情况报告", "-o", path])
    #expect(result.status == 0)
    let text = try String(contentsOfFile: path, encoding: .utf8)
    #expect(text.contains("# 【必填】党组织书记（报告人）的姓名。示例：张明\n  姓名:\n"))
    let dump = try Draft.run(["dump", path])
    #expect(dump.status == 0)
    #expect(dump.output.contains("\"类型\": \"落实主体责任情况报告\""))

    let again = try Draft.run(["init", "落实主体责任情况报告", "-o", path])
    #expect(again.status == 2)

    let next = try Draft.run(["init", "落实主体责任情况报告", "--from", "Examples/corpus-000.yaml"])
    #expect(next.status == 0)
    #expect(next.output.contains("年度: 2024\n"))
    #expect(next.output.contains("  姓名: 张明\n"))
    #expect(next.output.contains("  日期:\n"))
  }

  @Test func templatesListsAndShows() throws {
    let list = try Draft.run(["templates"])
    #expect(list.status == 0)
    #expect(list.output.contains("落实主体责任情况报告"))
    #expect(list.output.contains("规范党内政治生活"))
    let show = try Draft.run(["templates", "show", "下一步工作思路"])
    #expect(show.status == 0)
    #expect(show.output.contains("下一步.措施（措辞选用）"))
    #expect(show.output.contains("{% bank 措施库 %}"))
  }

  @Test func aUserTemplateFolderReplacesABuiltInSection() throws {
    let folder = try TemporaryFolder()
    try folder.write("---\n标题: 自己的标题\n---\n{{ 主语 }}按自己的模板写。", to: "sections/规范党内政治生活.tmpl")
    let result = try Draft.run(
      ["preview", "Examples/corpus-000.yaml", "2", "--templates", folder.url.path])
    #expect(result.output == "二、自己的标题\n临江区残联按自己的模板写。\n")
    let viaEnvironment = try Draft.run(
      ["preview", "Examples/corpus-000.yaml", "2"],
      environment: ["DRAFT_TEMPLATES": folder.url.path])
    #expect(viaEnvironment.output == result.output)
  }

  /// Help and usage come from the declarations: every option is listed, with its short
  /// names, and the ways of asking for help agree.
  @Test func helpIsDerivedFromTheDeclarations() throws {
    let generate = try Draft.run(["help", "generate"])
    #expect(
      generate.output.contains(
        "用法：draft generate 答案文件 [--output 文件] [--format 格式] [--fonts 字体] [--strict] [--force] [--templates 目录]\n"
      ))
    #expect(generate.output.contains("\n参数：\n  答案文件  YAML 或 JSON 答案文件；写 - 时读标准输入\n"))
    #expect(generate.output.contains("\n  -o, --output 文件  写到文件"))
    #expect(generate.output.contains("\n  --fonts 字体       gb2312"))
    #expect(generate.output.contains("（默认 gb2312）\n"))
    #expect(generate.output.contains("\n  -h, --help         显示这段说明\n"))
    #expect(try Draft.run(["generate", "--help"]).output == generate.output)
    #expect(try Draft.run(["generate", "答案.yaml", "-h"]).output == generate.output)
    #expect(try Draft.run(["preview", "--help"]).output.contains("\n  -w, --watch "))
    #expect(try Draft.run(["batch", "--help"]).output.contains("（默认 docx）"))

    let overview = try Draft.run([])
    #expect(overview.output.contains("\n  -V, --version  显示版本\n"))
    #expect(try Draft.run(["help"]).output == overview.output)
    #expect(try Draft.run(["--help"]).output == overview.output)
    #expect(try Draft.run(["-V"]).output == "draft 0.1.0\n")
    #expect(try Draft.run(["version"]).output == "draft 0.1.0\n")
  }

  /// Options before, between or after the positional arguments, `--name=value`, and `--`
  /// before a file whose name starts with `-`.
  @Test func optionsInAnyPlaceAndForm() throws {
    let folder = try TemporaryFolder()
    try folder.write(try AnswersText.example("corpus-000.yaml"), to: "-答案.yaml")
    let result = try Draft.run(
      ["generate", "--output=报告.md", "--force", "--", "-答案.yaml"], in: folder.url)
    #expect(result.status == 0, "\(result.errors)")
    let report = try String(contentsOfFile: folder.path("报告.md"), encoding: .utf8)
    #expect(report.hasPrefix("# 临江区残联落实管党治党政治责任情况报告\n"))
    let shown = try Draft.run(["templates", "--templates", folder.url.path, "show", "下一步工作思路"])
    #expect(shown.status == 0, "\(shown.errors)")
  }

  @Test func helpVersionAndUsageErrors() throws {
    let help = try Draft.run(["--help"])
    #expect(help.status == 0)
    #expect(help.output.contains("用法：draft <命令>"))
    #expect(help.output.contains("generate"))
    let commandHelp = try Draft.run(["help", "generate"])
    #expect(commandHelp.output.contains("示例："))
    #expect(try Draft.run(["--version"]).output.hasPrefix("draft "))
    let typo = try Draft.run(["generat"])
    #expect(typo.status == 2)
    #expect(typo.errors.contains("是不是想写“generate”？"))
    let extra = try Draft.run(["dump", "a.yaml", "b.yaml"])
    #expect(extra.status == 2)
    #expect(extra.errors.contains("多余的参数“b.yaml”"))
    let option = try Draft.run(["generate", "--stict", "a.yaml"])
    #expect(option.errors.contains("不认识的选项“--stict”"))
  }
}
