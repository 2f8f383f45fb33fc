import Foundation
import TemplateKit

/// `draft generate ANSWERS [-o FILE]`: the whole report.
struct GenerateCommand: Command {
  static let configuration = CommandConfiguration(
    name: "generate",
    abstract: "按答案文件生成整份报告",
    discussion: """
      答案文件是 YAML（.yaml）、JSON（.json），或填好的 Excel 问卷（.xlsx，由 draft init 生成）。
      答案文件中的“报告.类型”决定用哪种报告（draft templates 列出全部）。不加 -o 时，报告以纯文本
      输出到屏幕；加 -o 时按扩展名决定格式：.docx（Word，GB/T 9704 版式）、.html、.md、.txt。
      缺少的必填数据在报告中标为【待填：…】，并在最后列出；答案中的问题（类型不对、占位符、没有写进报告的答案……）
      与 draft check 一样逐条指出，有错的值也标为【待填】；答案有错误时报告照样生成，退出码为 1。
      已存在的输出文件不会被覆盖，除非加 --force。
      """,
    examples: [
      ("draft generate Examples/corpus-000.yaml", "用内置示例生成报告，输出纯文本"),
      ("draft generate 答案.yaml -o 报告.docx", "生成 Word 文件"),
      ("draft generate 答案.yaml -o 报告.docx --strict", "有待填项时不生成，便于交稿前把关"),
      ("draft generate 答案.yaml -o 报告.docx --fonts windows", "用 Windows 自带的仿宋、楷体排版"),
      ("draft generate 答案.yaml --format docx -o - > 报告.docx", "Word 文件写到标准输出（不能是终端）"),
    ])

  @Argument("答案文件", help: "YAML 或 JSON 答案文件；写 - 时读标准输入")
  var answersPath: String

  @Option("-o", "--output", value: "文件", help: "写到文件，格式由扩展名决定；写 - 时输出到标准输出")
  var output: String?

  @Option("--format", value: "格式", help: "txt、md、html 或 docx（优先于扩展名）")
  var format: OutputFormat?

  var fonts = FontOptions()

  @Flag("--strict", help: "报告有待填项、答案有错误时不生成文件，退出码为 1")
  var strict: Bool

  @Flag("-f", "--force", help: "覆盖已存在的输出文件")
  var force: Bool

  var catalogue = CatalogueOptions()

  func run() throws -> ExitCode {
    let format = try OutputChoice.format(format, output: output)
    let answers = try AnswersReader.read(path: answersPath)
    let generator = ReportGenerator(catalogue: try catalogue.catalogue())
    let report = try generator.generate(answers)
    ProblemReport.print(report.problems)
    if strict, !report.missing.isEmpty || report.hasErrors {
      if report.missing.isEmpty {
        Terminal.message("答案中有错误，因为用了 --strict，没有生成报告。改正后重新生成；draft check 可检查答案文件。")
      }
      GapReport.print(report.missing, strict: true)
      return .incomplete
    }
    let bytes = try format.writer(options: WriterOptions(fonts: fonts.fonts)).write(report.document)
    let destination = output ?? OutputFile.standardOutput
    try OutputChoice.write(bytes, to: destination, force: force, format: format)
    if destination != OutputFile.standardOutput {
      Terminal.message("已生成“\(destination)”（\(report.document.characterCount) 字）")
    }
    GapReport.print(report.missing, strict: false)
    // The draft is written for the user to go on with, but a wrong value is bad input.
    return report.hasErrors ? .incomplete : .success
  }
}
