import Foundation
import TemplateKit

/// `draft preview ANSWERS SECTION [--watch]`: one section, for filling in answers section by
/// section.
struct PreviewCommand: Command {
  static let configuration = CommandConfiguration(
    name: "preview",
    abstract: "预览报告中的一个章节",
    discussion: """
      只生成一个章节并以纯文本显示，快，适合一节一节地填答案。章节可以写章节名
      （如 规范党内政治生活）、标题，或它在报告中的序号（1、2…）。
      答案有错误时照样显示（有错的值标为【待填】），退出码为 1。
      加 --watch 后，每次保存答案文件都会重新生成；按 Ctrl+C 结束。
      """,
    examples: [
      ("draft preview 答案.yaml 规范党内政治生活", "预览这一章"),
      ("draft preview 答案.yaml 2 --watch", "预览第 2 章，边改边看"),
    ])

  @Argument("答案文件", help: "YAML 或 JSON 答案文件；写 - 时读标准输入（不能和 --watch 一起用）")
  var answersPath: String

  @Argument("章节", help: "章节名、标题，或它在报告中的序号")
  var section: String

  @Flag("-w", "--watch", help: "答案文件保存后自动刷新")
  var watch: Bool

  var catalogue = CatalogueOptions()

  func validate() throws(UsageError) {
    if watch, answersPath == InputFile.standardInput {
      throw UsageError("--watch 要监视一个答案文件，不能读标准输入（-）")
    }
  }

  func run() throws -> ExitCode {
    let generator = ReportGenerator(catalogue: try catalogue.catalogue())
    guard watch else {
      let report = try generator.preview(
        try AnswersReader.read(path: answersPath), section: section)
      try Terminal.output(report.text)
      ProblemReport.print(report.problems)
      GapReport.print(report.missing, strict: false)
      return report.hasErrors ? .incomplete : .success
    }
    // Watching starts before the first rendering, so that no save is missed.
    let watcher = try FileWatcher(path: answersPath)
    while true {
      try show(generator)
      try watcher.waitForChange()
    }
  }

  /// The time of a refresh, as 20:23:30.
  private static let clock: DateFormatter = {
    let formatter = DateFormatter()
    formatter.locale = Locale(identifier: "zh_CN")
    formatter.dateFormat = "HH:mm:ss"
    return formatter
  }()

  /// Renders once in watch mode: errors in the answers are shown, and watching goes on.
  private func show(_ generator: ReportGenerator) throws {
    if Terminal.outputIsInteractive { try Terminal.output("\u{1B}[2J\u{1B}[H") }
    do {
      let report = try generator.preview(
        try AnswersReader.read(path: answersPath), section: section)
      try Terminal.output(report.text)
      ProblemReport.print(report.problems)
      GapReport.print(report.missing, strict: false)
    } catch {
      Terminal.report(error)
    }
    let time = Self.clock.string(from: Date())
    Terminal.message("—— \(time) 已刷新；保存“\(answersPath)”后自动更新，Ctrl+C 结束 ——")
  }
}
