import Foundation
import TemplateKit

/// `draft rollup SOURCE [-o FILE]`: the units' totals, as answers for the organisation above.
struct RollupCommand: Command {
  static let configuration = CommandConfiguration(
    name: "rollup",
    abstract: "把各下属单位的次数、金额合计，列表合并，写成上级单位的答案文件",
    discussion: """
      来源与 draft batch 相同：答案文件夹，或批量文件。按各单位报告用到的字段：
        · 次数、整数、数值、金额：合计（全系统共召开……次）；
        · 记录列表（活动等）和文字列表（学习内容等）：依次合并，文字列表去掉重复的项；
        · 报告类型和年度：各单位相同时照抄；
        · 文字、日期、选项，以及单位名称、书记、上级等本单位自己的情况：不汇总，留给上级
          单位自己填写。
      合计了哪些、缺哪些单位的数据、哪些值不是数字没有计入、哪些没有汇总，都显示在屏幕上，
      也写在输出文件开头和各项上面的注释里。输出是上级单位那类报告的问卷（YAML 答案文件），
      合计的值已填好，上级单位自己的各项（单位、书记……）留空待填；报告类型是各单位共同的，
      各单位的报告类型不同时用 --type 指定。不加 -o 时输出到屏幕；
      加 -o 时不覆盖已存在的文件，除非加 --force。有单位的答案无法读取时，其余单位照常汇总，
      退出码为 1。
      """,
    examples: [
      ("draft rollup Examples/batch/批量.yaml", "汇总示例中的各单位，输出到屏幕"),
      ("draft rollup 各单位答案/ -o 汇总答案.yaml", "汇总文件夹中的答案文件，写成答案文件"),
    ])

  @Argument("来源", help: BatchCommand.sourceHelp)
  var sourcePath: String

  @Option("-o", "--output", value: "文件", help: "写到文件（.yaml）；写 - 时输出到标准输出")
  var output: String?

  @Option("--type", value: "报告类型", help: "上级单位的报告类型（各单位的报告类型不同时要写）")
  var kindID: String?

  @Flag("-f", "--force", help: "覆盖已存在的输出文件")
  var force: Bool

  var catalogue = CatalogueOptions()

  func run() throws -> ExitCode {
    if let output, output != OutputFile.standardOutput, QuestionnaireFormat(path: output) != .yaml {
      throw UsageError("汇总写成 YAML 答案文件：-o 的文件名请以 .yaml 或 .yml 结尾（“\(output)”不是）")
    }
    if let output, !force, OutputFile.keepsExisting(at: output) {
      throw OutputChoice.exists(output)
    }
    let source = try BatchSource.read(path: sourcePath)
    let rollup = Rollup(
      catalogue: try catalogue.catalogue(), jobs: ProcessInfo.processInfo.activeProcessorCount)
    let result = rollup.run(source)
    for failure in result.failures {
      Terminal.message("【\(failure.unit)】\(failure.origin)\n\(failure.problem.description)\n")
    }
    for warning in result.warnings { Terminal.message(warning.description + "\n") }
    let text = try Questionnaire(
      catalogue: rollup.catalogue, kind: try result.parentKind(in: rollup.catalogue, named: kindID)
    )
    .text(rollingUp: result, source: InputFile.displayName(sourcePath))
    let destination = output ?? OutputFile.standardOutput
    try OutputChoice.write(Array(text.utf8), to: destination, force: force)
    var notes = result.notes.joined(separator: "\n")
    if destination != OutputFile.standardOutput { notes += "\n已写出“\(destination)”。" }
    Terminal.message(notes)
    return result.failures.isEmpty ? .success : .incomplete
  }
}
