import Foundation
import TemplateKit

/// `draft preview ANSWERS SECTION [--watch]`: one section, for filling in answers section by
/// section.
struct PreviewCommand: Command {
  static let help = CommandHelp(
    name: "preview",
    abstract: "预览报告中的一个章节",
    usage: "draft preview 答案文件 章节 [--watch]",
    discussion: """
      只生成一个章节并以纯文本显示，快，适合一节一节地填答案。章节可以写章节名
      （如 规范党内政治生活）、标题，或它在报告中的序号（1、2…）。
      加 --watch 后，每次保存答案文件都会重新生成；按 Ctrl+C 结束。
      """,
    options: [
      ("--watch", "答案文件保存后自动刷新"),
      CatalogueOptions.help,
    ],
    examples: [
      ("draft preview 答案.yaml 规范党内政治生活", "预览这一章"),
      ("draft preview 答案.yaml 2 --watch", "预览第 2 章，边改边看"),
    ])

  var answersPath: String
  var section: String
  var watch: Bool
  var catalogue: CatalogueOptions

  init(_ arguments: inout ArgumentReader) throws {
    watch = arguments.flag("--watch", "-w")
    catalogue = try CatalogueOptions(&arguments)
    answersPath = try arguments.required("答案文件")
    section = try arguments.required("章节")
  }

  func run() throws -> ExitCode {
    let generator = ReportGenerator(catalogue: try catalogue.catalogue())
    guard watch else {
      let report = try generator.preview(
        try AnswersReader.read(path: answersPath), section: section)
      Terminal.output(report.text)
      ProblemReport.print(report.problems)
      GapReport.print(report.missing, strict: false)
      return .success
    }
    var lastSeen: FileStamp? = nil
    while true {
      let stamp = FileStamp(path: answersPath)
      if stamp != lastSeen {
        lastSeen = stamp
        show(generator)
      }
      Thread.sleep(forTimeInterval: 0.3)
    }
  }

  /// The time of a refresh, as 20:23:30.
  private static let clock: DateFormatter = {
    let formatter = DateFormatter()
    formatter.locale = Locale(identifier: "zh_CN")
    formatter.dateFormat = "HH:mm:ss"
    return formatter
  }()

  /// Renders once in watch mode: errors are shown, and watching goes on.
  private func show(_ generator: ReportGenerator) {
    if Terminal.outputIsInteractive { Terminal.output("\u{1B}[2J\u{1B}[H") }
    do {
      let report = try generator.preview(
        try AnswersReader.read(path: answersPath), section: section)
      Terminal.output(report.text)
      ProblemReport.print(report.problems)
      GapReport.print(report.missing, strict: false)
    } catch {
      Terminal.report(error)
    }
    let time = Self.clock.string(from: Date())
    Terminal.message("—— \(time) 已刷新；保存“\(answersPath)”后自动更新，Ctrl+C 结束 ——")
  }
}

/// When a file was last changed, and how big it is: a change in either means a new save.
private struct FileStamp: Equatable {
  var modified: Date?
  var size: Int?

  init(path: String) {
    let attributes = try? FileManager.default.attributesOfItem(atPath: path)
    modified = attributes?[.modificationDate] as? Date
    size = (attributes?[.size] as? NSNumber)?.intValue
  }
}
