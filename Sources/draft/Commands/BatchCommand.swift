import Foundation
import TemplateKit

/// `draft batch SOURCE -o DIR`: one report per unit, and a summary.
struct BatchCommand: Command {
  static let help = CommandHelp(
    name: "batch",
    abstract: "为各下属单位批量生成报告，并写出汇总表",
    usage:
      "draft batch 来源 -o 输出文件夹 [--format 格式] [--jobs 数量] [--strict] [--force]",
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
    options: [
      ("-o, --output 文件夹", "报告写到这个文件夹（没有则新建）"),
      ("--format 格式", "docx（默认）、html、md 或 txt"),
      ("--fonts 字体", "gb2312（默认）或 windows，用于 .docx 和 .html"),
      ("-j, --jobs 数量", "同时处理几个单位，默认为处理器核数"),
      ("--strict", "有待填项的单位算作失败，不生成它的报告"),
      ("-f, --force", "覆盖已存在的报告文件"),
      CatalogueOptions.help,
    ],
    examples: [
      ("draft batch Examples/batch/批量.yaml -o 报告", "按批量文件为各单位生成 Word 报告"),
      ("draft batch 各单位答案/ -o 报告 --strict", "文件夹中每个答案文件一份报告，有待填项的不生成"),
      ("draft batch 各单位答案/ -o 报告 --force --jobs 2", "重新生成全部报告，同时处理 2 个单位"),
    ])

  /// The most units worked on at once, whatever `--jobs` says.
  static let maximumJobs = 256

  var sourcePath: String
  var output: String
  var format: OutputFormat
  var fonts: ReportFonts
  var jobs: Int
  var strict: Bool
  var force: Bool
  var catalogue: CatalogueOptions

  init(_ arguments: inout ArgumentReader) throws {
    guard let output = try arguments.option("-o", "--output") else {
      throw UsageError("缺少输出文件夹（-o 文件夹）")
    }
    self.output = output
    let formatName = try arguments.option("--format")
    format = try formatName.map { try OutputChoice.format(named: $0, output: nil) } ?? .docx
    fonts = try OutputChoice.fonts(named: try arguments.option("--fonts"))
    if let text = try arguments.option("-j", "--jobs") {
      guard let count = Int(text), count >= 1 else {
        throw UsageError("--jobs 后面要写一个正整数，如 --jobs 2")
      }
      jobs = min(count, Self.maximumJobs)
    } else {
      jobs = ProcessInfo.processInfo.activeProcessorCount
    }
    strict = arguments.flag("--strict")
    force = arguments.flag("-f", "--force")
    catalogue = try CatalogueOptions(&arguments)
    sourcePath = try arguments.required("来源（答案文件夹或批量文件）")
  }

  func run() throws -> ExitCode {
    let source = try BatchSource.read(path: sourcePath)
    let generator = ReportGenerator(catalogue: try catalogue.catalogue())
    try Self.makeFolder(output)
    let runner = BatchRunner(
      generator: generator,
      options: BatchOptions(
        format: format, writerOptions: WriterOptions(fonts: fonts), strict: strict,
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
    Terminal.output(summary.table())
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

  /// Failures with their diagnostics, then the files left as they were.
  private static func reportProblems(_ summary: BatchSummary) {
    for result in summary.results where result.status == .failed {
      var text = "【\(result.unit)】\(result.origin)\n"
      if let problem = result.problem { text += problem.description + "\n" }
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

  /// Makes the output folder when it is not there; fails when a file is in its place.
  private static func makeFolder(_ path: String) throws {
    var isDirectory: ObjCBool = false
    if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) {
      guard isDirectory.boolValue else {
        throw Diagnostic.error(
          "“\(path)”是一个文件，不是文件夹", hint: "-o 给出存放报告的文件夹。")
      }
      return
    }
    do {
      try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    } catch {
      throw Diagnostic.error("无法新建文件夹“\(path)”", hint: "检查上级文件夹的写入权限。")
    }
  }
}
