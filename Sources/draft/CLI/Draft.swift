import TemplateKit

/// The `draft` command: finds the subcommand, reads its command line, runs it, and turns
/// errors into messages and exit codes.
enum Draft {
  static let version = "0.1.0"

  /// Every subcommand, in the order help lists them. (Never changed; commands are values,
  /// but their metatypes are not marked `Sendable` in Swift 6.0.)
  nonisolated(unsafe) static let commands: [any Command.Type] = [
    GenerateCommand.self, PreviewCommand.self, CheckCommand.self, InitCommand.self,
    TemplatesCommand.self, DumpCommand.self, BatchCommand.self, RollupCommand.self,
    LearnCommand.self, HelpCommand.self, VersionCommand.self,
  ]

  /// The options of `draft` itself, each the same as a command: `draft --help` is
  /// `draft help`, `draft -V` is `draft version`.
  static let options: [(names: [String], command: String)] = [
    (ArgumentParser.helpNames, "help"), (["-V", "--version"], "version"),
  ]

  /// Runs `draft` with `arguments` (without the program name) and returns the exit code.
  static func run(_ arguments: [String]) -> ExitCode {
    let first = arguments.first ?? "help"
    let name = options.first { $0.names.contains(first) }?.command ?? first
    guard let command = command(named: name) else {
      if first.hasPrefix("-") {
        var text = "错误：不认识的选项“\(first)”"
        if let question = EditDistance.didYouMean(first, among: options.flatMap(\.names)) {
          text += "，" + question
        }
        Terminal.message(text + "\n用法：draft <命令> [参数和选项]（draft --help 查看说明）")
      } else {
        Terminal.report(unknownCommand(first))
      }
      return .failure
    }
    return run(command, Array(arguments.dropFirst()))
  }

  /// Runs `type` with its command line `line`: help when it asks for it, else parsed and run.
  private static func run(_ type: any Command.Type, _ line: [String]) -> ExitCode {
    do {
      if ArgumentParser.asksForHelp(line) {
        try Terminal.output(CommandHelp(type).text)
        return .success
      }
      let command = type.init()
      try ArgumentParser(arguments: ArgumentSet(of: command).arguments).parse(line)
      try command.validate()
      return try command.run()
    } catch let error as UsageError {
      Terminal.message(
        "错误：\(error.message)\n用法：\(CommandHelp(type).usage)\n（draft help \(type.configuration.name) 查看说明和示例）"
      )
      return .failure
    } catch {
      Terminal.report(error)
      return .failure
    }
  }

  static func command(named name: String) -> (any Command.Type)? {
    commands.first { $0.configuration.name == name }
  }

  /// The error for `draft NAME` when there is no command NAME.
  static func unknownCommand(_ name: String) -> Diagnostic {
    let names = commands.map { $0.configuration.name }
    return Diagnostic.error(
      "没有名为“\(name)”的命令" + (EditDistance.didYouMean(name, among: names).map { "，" + $0 } ?? ""),
      hint: "可用的命令：" + names.joined(separator: "、") + "；draft --help 查看说明。")
  }

  static let overview = """
    draft：用答案文件（YAML，或填好的 Excel 问卷）和内置模板生成党建工作报告草稿。

    每年变的是事实（次数、人名、日期、活动），不变的是成熟的表述。把今年的事实写进答案文件，
    draft 按报告类型套用章节模板，生成完整、排好版的报告；缺的数据以【待填：…】标出并列在最后。

    用法：draft <命令> [参数和选项]
    """

  /// What `draft`, `draft help` and `draft --help` show.
  static func helpText() -> String {
    let commandRows = commands.map { ($0.configuration.name, $0.configuration.abstract) }
    let optionRows = options.compactMap { option in
      command(named: option.command).map {
        (option.names.joined(separator: ", "), $0.configuration.abstract)
      }
    }
    return overview + "\n\n命令：\n" + HelpTable.text(commandRows) + "\n选项：\n"
      + HelpTable.text(optionRows)
        + """

        常用示例：
          draft generate Examples/corpus-000.yaml
              用内置示例生成一份报告，输出纯文本
          draft generate 答案.yaml -o 报告.docx
              生成排好版的 Word 文件（GB/T 9704 版式）
          draft preview 答案.yaml 规范党内政治生活 --watch
              边填答案边预览一个章节，保存答案文件即刷新
          draft batch 各单位答案/ -o 报告
              为文件夹中每个单位的答案生成一份报告，并写出汇总表

        draft help <命令> 或 draft <命令> --help 查看某个命令的说明。文件名写 - 表示标准输入（读）或标准输出（写）。
        退出码：0 完成；1 报告有待填项且用了 --strict（或检查发现问题，或批量中有单位失败）；2 用法或输入有误。

        """
  }
}

/// `draft help [COMMAND]`: the list of commands, or one command's help.
struct HelpCommand: Command {
  static let configuration = CommandConfiguration(
    name: "help",
    abstract: "显示 draft 的说明，或某个命令的说明和示例",
    examples: [("draft help generate", "查看 generate 命令的选项和示例")])

  @Argument("命令", help: "要查看说明的命令；不写时列出全部命令")
  var name: String?

  func run() throws -> ExitCode {
    guard let name else {
      try Terminal.output(Draft.helpText())
      return .success
    }
    guard let command = Draft.command(named: name) else { throw Draft.unknownCommand(name) }
    try Terminal.output(CommandHelp(command).text)
    return .success
  }
}

/// `draft version`: which draft this is.
struct VersionCommand: Command {
  static let configuration = CommandConfiguration(name: "version", abstract: "显示版本")

  func run() throws -> ExitCode {
    try Terminal.output("draft \(Draft.version)\n")
    return .success
  }
}
