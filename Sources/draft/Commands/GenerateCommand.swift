import Foundation
import TemplateKit

/// `draft generate ANSWERS [-o FILE]`: the whole report.
struct GenerateCommand: Command {
  static let help = CommandHelp(
    name: "generate",
    abstract: "按答案文件生成整份报告",
    usage: "draft generate 答案文件 [-o 输出文件] [--format 格式] [--strict] [--force]",
    discussion: """
      答案文件是 YAML（.yaml）、JSON（.json），或填好的 Excel 问卷（.xlsx，由 draft init 生成）。
      答案文件中的“报告.类型”决定用哪种报告（draft templates 列出全部）。不加 -o 时，报告以纯文本
      输出到屏幕；加 -o 时按扩展名决定格式：.docx（Word，GB/T 9704 版式）、.html、.md、.txt。
      缺少的必填数据在报告中标为【待填：…】，并在最后列出。已存在的输出文件不会被覆盖，除非加 --force。
      """,
    options: [
      ("-o, --output 文件", "写到文件，格式由扩展名决定"),
      ("--format 格式", "txt、md、html 或 docx（优先于扩展名）"),
      ("--fonts 字体", "gb2312（仿宋_GB2312 等，默认）或 windows（仿宋、楷体、华文中宋），用于 .docx 和 .html"),
      ("--strict", "报告有待填项时不生成文件，退出码为 1"),
      ("-f, --force", "覆盖已存在的输出文件"),
      CatalogueOptions.help,
    ],
    examples: [
      ("draft generate Examples/corpus-000.yaml", "用内置示例生成报告，输出纯文本"),
      ("draft generate 答案.yaml -o 报告.docx", "生成 Word 文件"),
      ("draft generate 答案.yaml -o 报告.docx --strict", "有待填项时不生成，便于交稿前把关"),
      ("draft generate 答案.yaml -o 报告.docx --fonts windows", "用 Windows 自带的仿宋、楷体排版"),
    ])

  var answersPath: String
  var output: String?
  var format: OutputFormat
  var fonts: ReportFonts
  var strict: Bool
  var force: Bool
  var catalogue: CatalogueOptions

  init(_ arguments: inout ArgumentReader) throws {
    output = try arguments.option("-o", "--output")
    format = try OutputChoice.format(named: try arguments.option("--format"), output: output)
    fonts = try OutputChoice.fonts(named: try arguments.option("--fonts"))
    strict = arguments.flag("--strict")
    force = arguments.flag("-f", "--force")
    catalogue = try CatalogueOptions(&arguments)
    answersPath = try arguments.required("答案文件")
  }

  func run() throws -> ExitCode {
    let answers = try AnswersReader.read(path: answersPath)
    let generator = ReportGenerator(catalogue: try catalogue.catalogue())
    let report = try generator.generate(answers)
    if strict, !report.missing.isEmpty {
      GapReport.print(report.missing, strict: true)
      return .incomplete
    }
    let bytes = try format.writer(options: WriterOptions(fonts: fonts)).write(report.document)
    if let output {
      try OutputChoice.write(bytes, to: output, force: force)
      Terminal.message("已生成“\(output)”（\(report.document.characterCount) 字）")
    } else {
      guard format != .docx else {
        throw Diagnostic.error("docx 文件不能输出到屏幕", hint: "用 -o 指定文件名，如 -o 报告.docx。")
      }
      Terminal.output(bytes)
    }
    GapReport.print(report.missing, strict: false)
    return .success
  }
}
