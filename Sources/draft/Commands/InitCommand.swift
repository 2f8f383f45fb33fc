import TemplateKit

/// `draft init KIND [-o FILE] [--from LAST-YEAR]`: a questionnaire to fill in.
struct InitCommand: Command {
  static let help = CommandHelp(
    name: "init",
    abstract: "生成某类报告的问卷（空白答案文件）",
    usage: "draft init 报告类型 [-o 文件] [--from 去年的答案文件] [--force]",
    discussion: """
      问卷列出这类报告用到的每个字段，按报告中出现的顺序排列，写明填什么、什么类型、示例和是否必填。
      问卷本身就是有效的答案文件：填好即可生成报告，也可以发给下级单位填写。
      -o 的文件名以 .yaml 结尾时写成 YAML 答案文件（每个字段上方的注释是说明）；以 .xlsx 结尾时写成
      Excel 工作簿，可用 Excel、WPS 表格填写：每个字段一行，在“答案”列填写，选项和是否从下拉列表中选，
      活动等记录在各自的工作表中一行一条。填好的 .xlsx 与 .yaml 一样可以 check、generate、batch。
      加 --from 时，从去年的答案开始：名称、单位和措辞选择保留，次数、金额、日期清空，年度加一。
      报告类型见 draft templates。不加 -o 时问卷输出到屏幕。
      """,
    options: [
      ("-o, --output 文件", "写到文件（已存在时不覆盖，除非加 --force）"),
      ("--from 文件", "以去年的答案文件为起点"),
      ("-f, --force", "覆盖已存在的文件"),
      CatalogueOptions.help,
    ],
    examples: [
      ("draft init 落实主体责任情况报告 -o 答案.yaml", "生成空白问卷"),
      ("draft init 落实主体责任情况报告 -o 问卷.xlsx", "生成 Excel 问卷，发给下级单位填写"),
      ("draft init 落实主体责任情况报告 --from 2023年答案.yaml -o 2024年答案.yaml", "从去年的答案开始今年的"),
    ])

  var kindID: String
  var output: String?
  var lastYear: String?
  var force: Bool
  var catalogue: CatalogueOptions

  init(_ arguments: inout ArgumentReader) throws {
    output = try arguments.option("-o", "--output")
    if let output, QuestionnaireFormat(path: output) == nil {
      throw UsageError("无法从文件名“\(output)”看出问卷的格式：\(QuestionnaireFormat.expected)")
    }
    lastYear = try arguments.option("--from")
    force = arguments.flag("-f", "--force")
    catalogue = try CatalogueOptions(&arguments)
    kindID = try arguments.required("报告类型")
  }

  func run() throws -> ExitCode {
    let catalogue = try self.catalogue.catalogue()
    guard let kind = catalogue.kind(kindID) else {
      let known = catalogue.kinds.map(\.id)
      throw Diagnostic.error(
        "没有名为“\(kindID)”的报告类型",
        hint: (EditDistance.didYouMean(kindID, among: known) ?? "") + "可用的报告类型："
          + known.joined(separator: "、"))
    }
    let last = try lastYear.map { try AnswersReader.read(path: $0) }
    let questionnaire = Questionnaire(catalogue: catalogue, kind: kind)
    if let output, let format = QuestionnaireFormat(path: output) {
      try OutputChoice.write(
        try questionnaire.bytes(format, carryingOver: last), to: output, force: force)
      Terminal.message("已生成问卷“\(output)”")
    } else {
      Terminal.output(try questionnaire.text(carryingOver: last))
    }
    return .success
  }
}
