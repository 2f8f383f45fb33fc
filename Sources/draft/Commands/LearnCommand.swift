import Foundation
import TemplateKit

/// `draft learn REPORT… [-o FOLDER]`: an office's own report becomes its templates and answers.
struct LearnCommand: Command {
  static let help = CommandHelp(
    name: "learn",
    abstract: "从自己单位写好的报告学出模板和答案",
    usage: "draft learn 报告文件… [-o 文件夹] [--name 报告类型名] [--force]",
    discussion: """
      读一份写好的报告（.docx、.txt 或 .md），学出它的结构和其中的事实：标题、开头、各部分（一、…）、
      小标题（（一）…）和要点（一是、二是…）、落款和日期成为模板；次数、金额、日期、年度、单位和人名、
      文件名称、活动名称、并列的各项成为字段，原文中的空白（XX、** 等）成为待填的字段。写出：
        文件夹/kinds/报告类型名.tmpl        报告类型（标题、开头、章节、落款）
        文件夹/sections/…                   每个部分一个章节模板
        文件夹/答案.yaml                    原文中的值：draft generate 用它生成的就是原文
        文件夹/学习记录.txt                 学到了什么，以及标出每个字段的原文
      给出同一单位几年的报告时（按年份先后），各年不同的地方成为字段，相同的地方保留为文字；
      答案.yaml 是最后一份的，前面各份是 答案-1.yaml、答案-2.yaml……
      已存在的文件不会被覆盖，除非加 --force。
      """,
    options: [
      ("-o, --output 文件夹", "写到这个文件夹（默认“学到的”）"),
      ("--name 名称", "报告类型的名称（默认“我的报告”），draft init 用它"),
      ("-f, --force", "覆盖文件夹中已存在的文件"),
    ],
    examples: [
      ("draft learn 2023年报告.docx -o 我的模板", "学出模板和答案"),
      ("draft generate 我的模板/答案.yaml --templates 我的模板", "生成的就是 2023 年的报告"),
      ("draft init 我的报告 --templates 我的模板 --from 我的模板/答案.yaml -o 2024.yaml", "开始明年的答案"),
      ("draft learn 2022年报告.docx 2023年报告.docx -o 我的模板", "从两年的报告学：不同之处成为字段"),
    ])

  var reports: [String]
  var output: String
  var name: String
  var force: Bool

  init(_ arguments: inout ArgumentReader) throws {
    output = try arguments.option("-o", "--output") ?? "学到的"
    name = try arguments.option("--name") ?? "我的报告"
    force = arguments.flag("-f", "--force")
    var reports: [String] = []
    while let report = try arguments.positional() { reports.append(report) }
    guard !reports.isEmpty else { throw UsageError("缺少报告文件") }
    self.reports = reports
  }

  func run() throws -> ExitCode {
    let sources = try reports.map { try ReportFile.read(path: $0) }
    let learner = ReportLearner(
      kindID: try LearnedFolder.kindID(name), builtIns: try Catalogue.standard())
    let learned = try learner.learn(sources)
    try LearnedFolder.write(learned, to: output, replace: force)
    Terminal.message(learned.account.summary)
    Terminal.message("已写出“\(output)”：" + learned.files.map(\.path).joined(separator: "、"))
    Terminal.message(
      "下一步：draft generate \(output)/\(ReportLearner.answersFile) --templates \(output)\n"
        + "        draft init \(name) --templates \(output) --from \(output)/\(ReportLearner.answersFile) -o 明年.yaml"
    )
    return .success
  }
}
