/// Reads a command's arguments: options (`-o FILE`, `--output FILE`, `--output=FILE`), flags
/// (`--strict`) and positional arguments, in any order; `--` ends options.
struct ArgumentReader {
  private var remaining: [String]
  private var positionals: [String] = []

  init(_ arguments: [String]) {
    if let end = arguments.firstIndex(of: "--") {
      remaining = Array(arguments[..<end])
      positionals = Array(arguments[(end + 1)...])
    } else {
      remaining = arguments
    }
  }

  /// Whether one of `names` was given; takes it.
  mutating func flag(_ names: String...) -> Bool {
    guard let index = remaining.firstIndex(where: names.contains) else { return false }
    remaining.remove(at: index)
    return true
  }

  /// The value of option `names`, if given; takes it.
  mutating func option(_ names: String...) throws -> String? {
    for (index, argument) in remaining.enumerated() {
      if names.contains(argument) {
        guard index + 1 < remaining.count, !remaining[index + 1].hasPrefix("-") else {
          throw UsageError("选项 \(argument) 后面要跟一个值")
        }
        let value = remaining[index + 1]
        remaining.removeSubrange(index...index + 1)
        return value
      }
      for name in names where name.hasPrefix("--") && argument.hasPrefix(name + "=") {
        remaining.remove(at: index)
        return String(argument.dropFirst(name.count + 1))
      }
    }
    return nil
  }

  /// The next positional argument, if any; takes it. Call after all options and flags.
  mutating func positional() throws -> String? {
    try rejectUnknownOptions()
    guard let index = remaining.firstIndex(where: { !$0.hasPrefix("-") || $0 == "-" }) else {
      return positionals.isEmpty ? nil : positionals.removeFirst()
    }
    return remaining.remove(at: index)
  }

  /// The next positional argument, which must be there.
  mutating func required(_ name: String) throws -> String {
    guard let value = try positional() else { throw UsageError("缺少\(name)") }
    return value
  }

  /// Fails when anything was given that the command did not take.
  func finish() throws {
    try rejectUnknownOptions()
    if let extra = (remaining + positionals).first {
      throw UsageError("多余的参数“\(extra)”")
    }
  }

  private func rejectUnknownOptions() throws {
    if let unknown = remaining.first(where: { $0.hasPrefix("-") && $0 != "-" }) {
      throw UsageError("不认识的选项“\(unknown)”")
    }
  }
}

/// A mistake in how the command was called: shown with the command's usage, exit code 2.
struct UsageError: Error {
  var message: String
  init(_ message: String) { self.message = message }
}
