import TemplateKit

/// `draft init KIND [-o FILE] [--from LAST-YEAR]`: a questionnaire to fill in.
struct InitCommand: Command {
  static let configuration = CommandConfiguration(
    name: "init",
    abstract: "生成某类报告的问卷（空白答案文件）",
    discussion: """
      问卷列出这类报告用到的每个字段，按报告中出现的顺序排列，写明填什么、什么类型、示例和是否必填。
      问卷本身就是有效的答案文件：填好即可生成报告，也可以发给下级单位填写。
      -o 的文件名以 .yaml 结尾时写成 YAML 答案文件（每个字段上方的注释是说明）；以 .xlsx 结尾时写成
      Excel 工作簿，可用 Excel、WPS 表格填写：每个字段一行，在“答案”列填写，选项和是否从下拉列表中选，
      活动等记录在各自的工作表中一行一条。填好的 .xlsx 与 .yaml 一样可以 check、generate、batch。
      加 --from 时，从去年的答案开始：名称、单位和措辞选择保留，次数、金额、日期清空，年度加一。
      报告类型见 draft templates。不加 -o 时问卷输出到屏幕。
      """,
    examples: [
      ("draft init 落实主体责任情况报告 -o 答案.yaml", "生成空白问卷"),
      ("draft init 落实主体责任情况报告 -o 问卷.xlsx", "生成 Excel 问卷，发给下级单位填写"),
      ("draft init 落实主体责任情况报告 --from 2023年答案.yaml -o 2024年答案.yaml", "从去年的答案开始今年的"),
      ("draft init 落实主体责任情况报告 --examples -o 示例.yaml", "用示例填好的答案，draft generate 示例.yaml 看看报告"),
    ])

  @Argument("报告类型", help: "问卷为哪类报告而写（draft templates 列出全部）")
  var kindID: String

  @Option("-o", "--output", value: "文件", help: "写到文件（已存在时不覆盖，除非加 --force）；写 - 时输出到标准输出")
  var output: String?

  @Option("--from", value: "文件", help: "以去年的答案文件为起点；写 - 时读标准输入")
  var lastYear: String?

  @Flag("--examples", help: "各项填上示例，看看完整的报告是什么样（不能与 --from 同用）")
  var examples: Bool

  @Flag("-f", "--force", help: "覆盖已存在的文件")
  var force: Bool

  var catalogue = CatalogueOptions()

  func run() throws -> ExitCode {
    let catalogue = try self.catalogue.catalogue()
    guard let kind = catalogue.kind(kindID) else {
      let known = catalogue.kinds.map(\.id)
      throw Diagnostic.error(
        "没有名为“\(kindID)”的报告类型",
        hint: (EditDistance.didYouMean(kindID, among: known) ?? "") + "可用的报告类型："
          + known.joined(separator: "、"))
    }
    let destination = output ?? OutputFile.standardOutput
    let format: QuestionnaireFormat
    if destination == OutputFile.standardOutput {
      format = .yaml
    } else if let named = QuestionnaireFormat(path: destination) {
      format = named
    } else {
      throw UsageError("无法从文件名“\(destination)”看出问卷的格式：\(QuestionnaireFormat.expected)")
    }
    let questionnaire = Questionnaire(catalogue: catalogue, kind: kind)
    let bytes: [UInt8]
    if examples {
      guard lastYear == nil else { throw UsageError("--examples 和 --from 不能同时用") }
      guard format == .yaml else { throw UsageError("--examples 写成 YAML 答案文件：-o 的文件名请以 .yaml 结尾") }
      bytes = Array(try questionnaire.textWithExamples().utf8)
    } else {
      bytes = try questionnaire.bytes(
        format, carryingOver: try lastYear.map { try AnswersReader.read(path: $0) })
    }
    try OutputChoice.write(bytes, to: destination, force: force)
    if destination != OutputFile.standardOutput { Terminal.message("已生成问卷“\(destination)”") }
    return .success
  }
}
