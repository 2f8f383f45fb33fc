import TemplateKit

/// Reads a command line against a command's declared arguments and fills them.
///
/// Options and flags may come in any order, before, between or after the positional
/// arguments; `--` ends them, so that what follows is positional even if it starts with `-`
/// (`-` alone is always positional: standard input or output). An option's value is the
/// next argument, or follows `=` after a long name (`--output=-x.txt` for a value that starts
/// with `-`). Every mistake is a `UsageError` naming what was written.
struct ArgumentParser {
  /// The spellings that ask for a command's help instead of running it.
  static let helpNames = ["-h", "--help"]

  let arguments: [any DeclaredArgument]

  /// Whether `line` asks for help: `-h` or `--help` where options are read (before `--`).
  static func asksForHelp(_ line: [String]) -> Bool {
    line.prefix { $0 != "--" }.contains(where: helpNames.contains)
  }

  /// Reads `line` (the words after the command's name) into the declared arguments.
  func parse(_ line: [String]) throws(UsageError) {
    var given = [[String]](repeating: [], count: arguments.count)
    var byName: [String: Int] = [:]
    for (slot, argument) in arguments.enumerated() {
      for name in argument.declaration.names {
        assert(byName[name] == nil && !Self.helpNames.contains(name), "\(name) declared twice")
        byName[name] = slot
      }
    }
    var positionals: [String] = []
    var index = 0
    var optionsEnded = false
    while index < line.count {
      let word = line[index]
      index += 1
      if optionsEnded || word == "-" || !word.hasPrefix("-") {
        positionals.append(word)
        continue
      }
      if word == "--" {
        optionsEnded = true
        continue
      }
      var name = word
      var attached: String? = nil
      if word.hasPrefix("--"), let equals = word.firstIndex(of: "=") {
        name = String(word[..<equals])
        attached = String(word[word.index(after: equals)...])
      }
      let flagGivenAValue = UsageError("\(name) 是开关，不带值：写 \(name) 即可，不能写“\(word)”")
      guard let slot = byName[name] else {
        // `--help=…` (plain `--help` never gets here).
        if Self.helpNames.contains(name) { throw flagGivenAValue }
        throw unknownOption(name, known: byName.keys)
      }
      let declaration = arguments[slot].declaration
      guard declaration.kind == .option else {
        if attached != nil { throw flagGivenAValue }
        given[slot].append(name)
        continue
      }
      let value: String
      if let attached {
        value = attached
      } else if index < line.count, line[index] == "-" || !line[index].hasPrefix("-") {
        value = line[index]
        index += 1
      } else {
        throw missingValue(name, declaration, next: index < line.count ? line[index] : nil)
      }
      guard !value.isEmpty else { throw missingValue(name, declaration, next: nil) }
      if declaration.count != .repeatable, let earlier = given[slot].first {
        throw UsageError(
          "选项 \(name) 只能写一次，这里写了两次：“\(earlier)”和“\(value)”")
      }
      given[slot].append(value)
    }
    try distribute(positionals, into: &given)
    for (slot, argument) in arguments.enumerated() { try argument.take(given[slot]) }
  }

  /// Gives the positional arguments to the positional declarations, in order.
  private func distribute(_ positionals: [String], into given: inout [[String]])
    throws(UsageError)
  {
    var remaining = positionals[...]
    for (slot, argument) in arguments.enumerated() {
      let declaration = argument.declaration
      guard case .positional(let keyword) = declaration.kind, let first = remaining.first else {
        continue
      }
      if declaration.count == .repeatable {
        given[slot] = Array(remaining)
        remaining = []
      } else if let keyword {
        guard first == keyword else {
          throw UsageError("不认识的子命令“\(first)”，只有 \(keyword)")
        }
        remaining.removeFirst()
        guard let value = remaining.popFirst() else {
          throw UsageError("\(keyword) 后面缺少\(declaration.valueName)")
        }
        given[slot] = [value]
      } else {
        given[slot] = [first]
        remaining.removeFirst()
      }
    }
    if let extra = remaining.first { throw UsageError("多余的参数“\(extra)”") }
  }

  private func unknownOption(_ name: String, known: Dictionary<String, Int>.Keys) -> UsageError {
    var message = "不认识的选项“\(name)”"
    // A slip in a one-letter option (`-x`) is not worth a guess: every one is one edit away.
    if name.count > 2,
      let question = EditDistance.didYouMean(name, among: Array(known) + Self.helpNames)
    {
      message += "，" + question
    }
    return UsageError(message)
  }

  private func missingValue(_ name: String, _ declaration: ArgumentDeclaration, next: String?)
    -> UsageError
  {
    var message = "选项 \(name) 后面要跟一个值（\(declaration.valueName)）"
    if let next {
      message += "，而这里是“\(next)”；值以 - 开头时写成 \(declaration.preferredName)=值"
    }
    return UsageError(message)
  }
}
