import TemplateKit

/// A subcommand of `draft`: it documents itself, reads its arguments, and runs.
protocol Command {
  /// What `draft help COMMAND` shows.
  static var help: CommandHelp { get }
  /// Reads the command's arguments; throws `UsageError` for a mistake in them.
  init(_ arguments: inout ArgumentReader) throws
  /// Does the work; throws `Diagnostic` (or `DiagnosticList`) for bad input.
  func run() throws -> ExitCode
}

/// The help of one command, written as documentation: what it does, how to call it, its
/// options, and examples.
struct CommandHelp {
  var name: String
  /// One line, for the list of commands.
  var abstract: String
  var usage: String
  var discussion: String = ""
  var options: [(String, String)] = []
  var examples: [(String, String)] = []

  var text: String {
    var out = "\(abstract)\n\n用法：\(usage)\n"
    if !discussion.isEmpty { out += "\n\(discussion)\n" }
    if !options.isEmpty {
      out += "\n选项：\n"
      let width = options.map { DisplayWidth.of($0.0) }.max() ?? 0
      for (option, meaning) in options {
        out +=
          "  \(option)" + String(repeating: " ", count: width - DisplayWidth.of(option) + 2)
          + meaning + "\n"
      }
    }
    if !examples.isEmpty {
      out += "\n示例：\n"
      for (command, meaning) in examples { out += "  \(command)\n      \(meaning)\n" }
    }
    return out
  }
}

/// How `draft` ends.
enum ExitCode: Int32 {
  /// Done.
  case success = 0
  /// Done, but the report has gaps and `--strict` was given, or a check found problems, or
  /// some units of a batch failed.
  case incomplete = 1
  /// A mistake in the command or bad input: nothing was produced.
  case failure = 2
}
