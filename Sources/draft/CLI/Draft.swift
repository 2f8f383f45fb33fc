import TemplateKit

/// The `draft` command: finds the subcommand and runs it, turning errors into messages and
/// exit codes.
enum Draft {
  static let version = "0.1.0"

  /// Every subcommand, in the order help lists them.
  static let commands: [any Command.Type] = [
    GenerateCommand.self, PreviewCommand.self, CheckCommand.self, InitCommand.self,
    TemplatesCommand.self, DumpCommand.self, BatchCommand.self, RollupCommand.self,
    LearnCommand.self,
  ]

  static let overview = """
    draft：用答案文件（YAML）和内置模板生成党建工作报告草稿。

    每年变的是事实（次数、人名、日期、活动），不变的是成熟的表述。把今年的事实写进答案文件，
    draft 按报告类型套用章节模板，生成完整、排好版的报告；缺的数据以【待填：…】标出并列在最后。

    用法：draft <命令> [参数和选项]
    """

  /// Runs `draft` with `arguments` (without the program name) and returns the exit code.
  static func run(_ arguments: [String]) -> ExitCode {
    guard let first = arguments.first else {
      Terminal.output(helpText())
      return .success
    }
    switch first {
    case "-h", "--help", "help":
      if let name = arguments.dropFirst().first {
        guard let command = command(named: name) else { return unknownCommand(name) }
        Terminal.output(command.help.text)
      } else {
        Terminal.output(helpText())
      }
      return .success
    case "--version", "-V", "version":
      Terminal.output("draft \(version)\n")
      return .success
    default:
      break
    }
    guard let commandType = command(named: first) else { return unknownCommand(first) }
    let rest = Array(arguments.dropFirst())
    if rest.contains("--help") || rest.contains("-h") {
      Terminal.output(commandType.help.text)
      return .success
    }
    do {
      var reader = ArgumentReader(rest)
      let command = try commandType.init(&reader)
      try reader.finish()
      return try command.run()
    } catch let error as UsageError {
      Terminal.message(
        "错误：\(error.message)\n用法：\(commandType.help.usage)\n（draft help \(commandType.help.name) 查看说明和示例）"
      )
      return .failure
    } catch {
      Terminal.report(error)
      return .failure
    }
  }

  private static func command(named name: String) -> (any Command.Type)? {
    commands.first { $0.help.name == name }
  }

  private static func unknownCommand(_ name: String) -> ExitCode {
    let names = commands.map { $0.help.name }
    var text = "错误：没有名为“\(name)”的命令"
    if let question = EditDistance.didYouMean(name, among: names) { text += "，" + question }
    Terminal.message(text + "\n可用的命令：" + names.joined(separator: "、") + "（draft --help 查看说明）")
    return .failure
  }

  static func helpText() -> String {
    var text = overview + "\n\n命令：\n"
    let width = commands.map { $0.help.name.count }.max() ?? 0
    for command in commands {
      let help = command.help
      text +=
        "  \(help.name)" + String(repeating: " ", count: width - help.name.count + 2)
        + help.abstract + "\n"
    }
    text += """

      常用示例：
        draft generate Examples/corpus-000.yaml
            用内置示例生成一份报告，输出纯文本
        draft generate 答案.yaml -o 报告.docx
            生成排好版的 Word 文件（GB/T 9704 版式）
        draft preview 答案.yaml 规范党内政治生活 --watch
            边填答案边预览一个章节，保存答案文件即刷新
        draft batch 各单位答案/ -o 报告
            为文件夹中每个单位的答案生成一份报告，并写出汇总表

      draft help <命令> 查看某个命令的说明；draft --version 显示版本。
      退出码：0 完成；1 报告有待填项且用了 --strict（或检查发现问题，或批量中有单位失败）；2 用法或输入有误。

      """
    return text
  }
}
