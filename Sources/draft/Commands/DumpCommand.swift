import TemplateKit

/// `draft dump ANSWERS`: the data as read, as JSON.
struct DumpCommand: Command {
  static let configuration = CommandConfiguration(
    name: "dump",
    abstract: "以 JSON 显示答案文件读出的数据",
    discussion: """
      按 draft 的理解显示答案文件中的数据（JSON，UTF-8，中文不转义），便于核对：
      例如 2023-07-02 是文字，12 是数字，"12" 是文字。也可把 JSON 交给其他工具处理。
      """,
    examples: [("draft dump 答案.yaml", "查看答案文件读出的数据")])

  @Argument("答案文件", help: "YAML 或 JSON 答案文件；写 - 时读标准输入")
  var answersPath: String

  func run() throws -> ExitCode {
    let answers = try AnswersReader.read(path: answersPath)
    try Terminal.output(JSONWriter.string(answers.root, pretty: true) + "\n")
    return .success
  }
}
