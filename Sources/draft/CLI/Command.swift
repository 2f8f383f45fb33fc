import TemplateKit

/// A subcommand of `draft`. It reads like its documentation: its configuration (name, what
/// it does, examples), then its arguments, each declared once where it is stored —
///
///     struct DumpCommand: Command {
///       static let configuration = CommandConfiguration(
///         name: "dump", abstract: "以 JSON 显示答案文件读出的数据",
///         examples: [("draft dump 答案.yaml", "查看答案文件读出的数据")])
///
///       @Argument("答案文件", help: "YAML 或 JSON 答案文件；写 - 时读标准输入")
///       var answersPath: String
///
///       func run() throws -> ExitCode { … }
///     }
///
/// — from which the usage line, the help, the parsing and its errors all follow (`@Flag`,
/// `@Option`, `@Argument`; shared groups such as `CatalogueOptions`). To add a command, write
/// such a type and list it in `Draft.commands`.
protocol Command {
  static var configuration: CommandConfiguration { get }
  /// A command with every argument unparsed (its defaults).
  init()
  /// Checks what the declarations cannot say (values that go together); throws `UsageError`.
  func validate() throws(UsageError)
  /// Does the work; throws `Diagnostic` for bad input, `UsageError`
  /// for a mistake in the command line found late.
  func run() throws -> ExitCode
}

extension Command {
  func validate() throws(UsageError) {}
}

/// What a command is and does, for help: everything but its arguments, which are declared.
struct CommandConfiguration: Sendable {
  var name: String
  /// One line, for the list of commands.
  var abstract: String
  var discussion: String = ""
  /// Command lines and what they do.
  var examples: [(String, String)] = []
}

/// How `draft` ends.
enum ExitCode: Int32 {
  /// Done.
  case success = 0
  /// Done, but the report has gaps and `--strict` was given, or the answers have errors (the
  /// draft is still written without `--strict`), or a check found problems, or some units of
  /// a batch failed.
  case incomplete = 1
  /// A mistake in the command or bad input: nothing was produced.
  case failure = 2
}
