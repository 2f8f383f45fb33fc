import TemplateKit

/// `draft learn REPORT… [-o FOLDER]`: an office's own report becomes its templates and answers.
struct LearnCommand: Command {
  static let configuration = CommandConfiguration(
    name: "learn",
    abstract: "从自己单位写好的报告学出模板和答案",
    discussion: """
      读一份写好的报告（.docx、.txt 或 .md），学出它的结构和其中的事实：标题、开头、各部分（一、…）、
      小标题（（一）…）和要点（一是、二是…）、落款和日期成为模板；次数、金额、日期、年度、单位和人名、
      文件名称、活动名称、并列的各项成为字段，原文中的空白（XX、** 等）成为待填的字段。写出：
        文件夹/kinds/报告类型名.tmpl    报告类型（标题、开头、各章节、落款）
        文件夹/sections/…               每个部分一个章节模板
        文件夹/答案.yaml                原文中的值：用它生成的就是原文
        文件夹/学习记录.txt             学到了什么，以及标出每个字段的原文
      给出同一单位几年的报告时（按年份先后），各年不同的地方成为字段，相同的地方保留为文字；
      答案.yaml 是最后一份的，前面各份是 答案-1.yaml、答案-2.yaml……
      .doc、.wps、.pdf 读不了：请另存为 .docx。文件夹中已有同名文件时什么也不写，除非加 --force。
      详见 docs/learn.md。
      """,
    examples: [
      ("draft learn 2023年报告.docx -o 我的模板", "学出模板和答案"),
      ("draft generate 我的模板/答案.yaml --templates 我的模板", "生成的就是 2023 年的报告"),
      ("draft init 我的报告 --templates 我的模板 --from 我的模板/答案.yaml -o 2024.yaml", "开始明年的答案"),
      ("draft learn 2022年报告.docx 2023年报告.docx -o 我的模板", "从两年的报告学：不同之处成为字段"),
    ])

  @Argument("报告文件", help: "要学的报告（.docx、.txt、.md）；同一单位几年的报告按年份先后给出")
  var reports: [String] = []

  @Option("-o", "--output", value: "文件夹", help: "写到这个文件夹（没有则新建）")
  var output: String = "学到的"

  @Option("--name", value: "名称", help: "报告类型的名称，draft init 和答案中的“报告.类型”用它")
  var name: String = "我的报告"

  @Flag("-f", "--force", help: "覆盖文件夹中已存在的文件")
  var force: Bool

  func validate() throws(UsageError) {
    if reports.isEmpty { throw UsageError("缺少报告文件") }
  }

  func run() throws -> ExitCode {
    let sources = try reports.map { try ReportFile.read(path: $0) }
    let learner = ReportLearner(
      kindID: try LearnedFolder.kindID(name), builtIns: try Catalogue.standard())
    let learned = try learner.learn(sources)
    try LearnedFolder.write(learned, to: output, replace: force)
    Terminal.message(learned.account.summary)
    let sections = learned.files.filter { $0.path.hasPrefix("sections/") }.count
    let answers = learned.files.filter { $0.path.hasSuffix(".yaml") }.map(\.path)
    Terminal.message(
      "已写出“\(output)”：报告类型 kinds/\(learner.kindID).tmpl，\(sections) 个章节模板，"
        + answers.joined(separator: "、") + "，" + ReportLearner.accountFile)
    Terminal.message(
      "下一步：draft generate \(output)/\(ReportLearner.answersFile) --templates \(output)\n"
        + "        draft init \(learner.kindID) --templates \(output) --from \(output)/\(ReportLearner.answersFile) -o 明年.yaml"
    )
    return .success
  }
}
