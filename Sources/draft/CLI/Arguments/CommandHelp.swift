import TemplateKit

/// What `draft help COMMAND` and `draft COMMAND --help` show, and the usage line under a
/// usage error: derived from the command's configuration and its declared arguments.
struct CommandHelp {
  let configuration: CommandConfiguration
  let declarations: [ArgumentDeclaration]

  init(_ command: any Command.Type) {
    configuration = command.configuration
    declarations = ArgumentSet(of: command.init()).declarations
  }

  /// `draft generate 答案文件 [--output 文件] [--strict] …`.
  var usage: String {
    (["draft", configuration.name] + declarations.map(\.usage)).joined(separator: " ")
  }

  var text: String {
    var out = "\(configuration.abstract)\n\n用法：\(usage)\n"
    if !configuration.discussion.isEmpty { out += "\n\(configuration.discussion)\n" }
    let positionals = declarations.filter {
      if case .positional = $0.kind { return true }
      return false
    }
    if !positionals.isEmpty {
      out += "\n参数：\n" + HelpTable.text(positionals.map { ($0.synopsis, $0.meaning) })
    }
    let options =
      declarations.filter { $0.kind == .flag || $0.kind == .option }.map {
        ($0.synopsis, $0.meaning)
      } + [(ArgumentParser.helpNames.joined(separator: ", "), "显示这段说明")]
    out += "\n选项：\n" + HelpTable.text(options)
    if !configuration.examples.isEmpty {
      out += "\n示例：\n"
      for (command, meaning) in configuration.examples { out += "  \(command)\n      \(meaning)\n" }
    }
    return out
  }
}

/// Two columns, the first padded to line up the second in a terminal (wide characters
/// count twice).
enum HelpTable {
  static func text(_ rows: [(String, String)]) -> String {
    let width = rows.map { DisplayWidth.of($0.0) }.max() ?? 0
    var out = ""
    for (left, right) in rows {
      out +=
        "  \(left)" + String(repeating: " ", count: width - DisplayWidth.of(left) + 2) + right
        + "\n"
    }
    return out
  }
}
