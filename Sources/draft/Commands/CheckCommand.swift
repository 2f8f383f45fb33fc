import TemplateKit

/// `draft check ANSWERS`: problems in an answers file, each where it stands.
struct CheckCommand: Command {
  static let configuration = CommandConfiguration(
    name: "check",
    abstract: "检查答案文件：缺项、类型、拼写、占位符、日期",
    discussion: """
      按报告类型用到的字段检查答案文件，每个问题都指出文件中的行和列（Excel 问卷中是工作表和
      单元格，如 一支部.xlsx:问卷!D12）：
        · 缺少的必填项（附填写提示）；
        · 类型不对的值（次数不是整数、日期不是日期……）；
        · 不认识的字段（附最接近的字段名，如“党组回”→“党组会”）；
        · 从旧报告抄来留下的占位符（XX、XXX、**、*、＊、□、×）；
        · 互相矛盾的值（日期不在报告年度内）；
        · 写错的措辞库条目名。
      没有问题时退出码为 0，发现问题时为 1，文件无法读取时为 2。
      """,
    examples: [("draft check 答案.yaml", "检查答案文件，交稿前必做")])

  @Argument("答案文件", help: "YAML 或 JSON 答案文件；写 - 时读标准输入")
  var answersPath: String

  var catalogue = CatalogueOptions()

  func run() throws -> ExitCode {
    let answers = try AnswersReader.read(path: answersPath)
    let problems = AnswersChecker(catalogue: try catalogue.catalogue()).check(answers)
    let name = InputFile.displayName(answersPath)
    guard !problems.isEmpty else {
      Terminal.message("“\(name)”没有发现问题。")
      return .success
    }
    Terminal.message(problems.map(\.description).joined(separator: "\n\n"))
    Terminal.message("\n“\(name)”中发现 \(problems.count) 个问题。")
    return .incomplete
  }
}
