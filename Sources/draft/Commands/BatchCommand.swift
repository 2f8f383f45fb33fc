import Foundation
import TemplateKit

/// `draft batch SOURCE -o DIR`: one report per unit, and a summary.
struct BatchCommand: Command {
  static let configuration = CommandConfiguration(
    name: "batch",
    abstract: "为各下属单位批量生成报告，并写出汇总表",
    discussion: """
      来源是一个文件夹（其中每个 .yaml、.yml、.json 答案文件和填好的 .xlsx 问卷是一个单位），或一个批量文件：
      “共同”下写各单位共用的答案（年度、上级、常用措辞……），“各单位”下列出各单位——
      写“文件: 答案文件”（路径相对于批量文件），或直接写这个单位的答案。各单位继承共同的
      答案，可以逐项改写，任意层级都可以；列表整个替换；留空的项不替换共同的答案。
      示例见 Examples/batch/。

      每个单位生成一份报告，文件名取单位全称（没有则取简称，再没有则取答案文件名），
      去掉文件名中不能用的字符；重名的依次加“（2）”“（3）”。答案有误的单位列出错误所在的
      文件、行、列（工作簿中是工作表和单元格），其他单位照常生成。输出文件夹中写出汇总表
      “汇总.xlsx”和“汇总.csv”（UTF-8，Excel 可直接打开）：单位、答案文件、状态（成功、有待填、
      失败、已跳过）、待填数、待填项、字数、输出文件、说明；屏幕上也显示同样的表。汇总表每次运行
      都重写，它记录的是这一次的结果。

      已存在的报告文件不会被覆盖（状态为“已跳过”），除非加 --force。每个文件都是写完整后才
      出现，不会留下写了一半的文件。全部成功时退出码为 0，有单位失败或跳过时为 1，
      用法有误或来源无法读取时为 2。
      """,
    examples: [
      ("draft batch Examples/batch/批量.yaml -o 报告", "按批量文件为各单位生成 Word 报告"),
      ("draft batch 各单位答案/ -o 报告 --strict", "文件夹中每个答案文件一份报告，有待填项的不生成"),
      ("draft batch 各单位答案/ -o 报告 --force --jobs 2", "重新生成全部报告，同时处理 2 个单位"),
    ])

  /// What a batch's source is, for `batch` and `rollup`.
  static let sourceHelp = "存放各单位答案文件的文件夹，或一个批量文件；写 - 时从标准输入读批量文件"

  /// The most units worked on at once, whatever `--jobs` says.
  static let maximumJobs = 256

  @Argument("来源", help: sourceHelp)
  var sourcePath: String

  @Option("-o", "--output", value: "文件夹", help: "报告写到这个文件夹（没有则新建）")
  var output: String

  @Option("--format", value: "格式", help: "docx、html、md 或 txt")
  var format: OutputFormat = .docx

  var fonts = FontOptions()

  @Option("-j", "--jobs", value: "数量", help: "同时处理几个单位，默认为处理器核数（最多 \(maximumJobs)）")
  var jobs: PositiveInteger?

  @Flag("--strict", help: "有待填项的单位算作失败，不生成它的报告")
  var strict: Bool

  @Flag("-f", "--force", help: "覆盖已存在的报告文件")
  var force: Bool

  var catalogue = CatalogueOptions()

  func validate() throws(UsageError) {
    if output == OutputFile.standardOutput {
      throw UsageError("-o 给出存放报告的文件夹，不能是 -（标准输出）")
    }
  }

  func run() throws -> ExitCode {
    let source = try BatchSource.read(path: sourcePath)
    let generator = ReportGenerator(catalogue: try catalogue.catalogue())
    try OutputFolder.prepare(output)
    let jobs = min(jobs?.value ?? ProcessInfo.processInfo.activeProcessorCount, Self.maximumJobs)
    let runner = BatchRunner(
      generator: generator,
      options: BatchOptions(
        format: format, writerOptions: WriterOptions(fonts: fonts.fonts), strict: strict,
        replaceExisting: force, jobs: jobs))
    let interactive = Terminal.messagesAreInteractive
    let summary = try runner.run(source, into: output) { progress in
      guard interactive else { return }
      Terminal.progress(
        "[\(progress.completed)/\(progress.total)] \(progress.result.status.rawValue) \(progress.result.unit)"
      )
    }
    if interactive { Terminal.progress(nil) }
    Self.reportProblems(summary)
    try Terminal.output(summary.table())
    var written = true
    do {
      try summary.write(toFolder: output)
    } catch {
      Terminal.report(error)
      written = false
    }
    var totals = "共 \(summary.results.count) 个单位："
    totals += BatchUnitResult.Status.allCases.map { "\($0.rawValue) \(summary.count($0))" }
      .joined(separator: "，")
    if written {
      totals +=
        "。汇总表："
        + [BatchSummary.workbookName, BatchSummary.fileName].map {
          "“" + (output as NSString).appendingPathComponent($0) + "”"
        }.joined(separator: "、")
    }
    Terminal.message(totals)
    return summary.allSucceeded && written ? .success : .incomplete
  }

  /// Failures and problems with their diagnostics, then the files left as they were.
  private static func reportProblems(_ summary: BatchSummary) {
    for result in summary.results
    where result.status == .failed || result.status == .hasProblems {
      var text = "【\(result.unit)】\(result.origin)\n"
      if let problem = result.problem { text += problem.description + "\n" }
      for problem in result.problems { text += problem.description + "\n" }
      for field in result.missing { text += "  待填：\(field.description)\n" }
      Terminal.message(text)
    }
    let skipped = summary.results.filter { $0.status == .skipped }.compactMap(\.outputFile)
    if !skipped.isEmpty {
      Terminal.message(
        "\(skipped.count) 个报告文件已存在，没有覆盖（如确要覆盖，请加 --force）："
          + skipped.joined(separator: "、") + "\n")
    }
  }
}
