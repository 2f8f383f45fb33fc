/// One thing a command takes from its command line, as its declaration (`@Flag`, `@Option`,
/// `@Argument`) states it. The usage line, the help text, the parser and its errors are all
/// derived from these.
struct ArgumentDeclaration {
  enum Kind: Equatable {
    /// `--strict`: given or not.
    case flag
    /// `-o 文件`, `--output 文件`, `--output=文件`.
    case option
    /// A value given by its place among the positional arguments. With a `keyword`, the
    /// value comes after that word (`templates show 名称`), and both may be left out.
    case positional(keyword: String?)
  }

  /// How many times it is given.
  enum Count: Equatable {
    /// Once, and it must be.
    case required
    /// Once, or not at all.
    case optional
    /// Any number of times (a positional: all that remain).
    case repeatable
  }

  var kind: Kind
  /// `-o`, `--output`: the spellings of a flag or option (none for a positional).
  var names: [String] = []
  /// What the value is, as usage and help show it: `文件`, `答案文件`.
  var valueName: String = ""
  var help: String
  var count: Count
  /// The default value as written on the command line, shown in help.
  var defaultText: String? = nil

  /// The name usage shows: the long one.
  var preferredName: String { names.first { $0.hasPrefix("--") } ?? names.first ?? valueName }

  /// All names with the value, as the options table shows them: `-o, --output 文件`.
  var synopsis: String {
    switch kind {
    case .flag: names.joined(separator: ", ")
    case .option: names.joined(separator: ", ") + " " + valueName
    case .positional(let keyword): (keyword.map { $0 + " " } ?? "") + valueName
    }
  }

  /// How the usage line shows it: `答案文件`, `[--output 文件]`, `--output 文件夹`,
  /// `[--strict]`, `[show 名称]`, `[文件…]`.
  var usage: String {
    let bare: String
    switch kind {
    case .flag: bare = preferredName
    case .option: bare = preferredName + " " + valueName
    case .positional: bare = synopsis
    }
    switch count {
    case .required: return bare
    case .optional: return "[\(bare)]"
    case .repeatable: return "[\(bare)…]"
    }
  }

  /// The line in the help's table: what it is for, and its default.
  var meaning: String {
    guard let defaultText else { return help }
    return help + "（默认 \(defaultText)）"
  }

  /// The value `text` stands for, as `Value`; a usage error saying what may be written.
  func value<Value: ArgumentValue>(_ text: String, as type: Value.Type) throws(UsageError)
    -> Value
  {
    guard let value = Value(argument: text) else {
      let name = kind == .option ? preferredName + " " : ""
      throw UsageError("\(name)\(valueName)“\(text)”不对，可以写：\(Value.accepted)")
    }
    return value
  }

  /// The error for a required value not given.
  var missing: UsageError {
    switch kind {
    case .positional: UsageError("缺少\(valueName)")
    case .flag, .option: UsageError("缺少选项 \(names.first ?? "") \(valueName)")
    }
  }
}

/// A declared argument among a command's properties, found there by `ArgumentSet`.
protocol DeclaredArgument {
  var declaration: ArgumentDeclaration { get }
  /// Takes what the command line gave for it: the values in order (for a flag, the names
  /// as written; nothing when it was not given).
  func take(_ texts: [String]) throws(UsageError)
}

/// A property wrapper (`@Flag`, `@Option`, `@Argument`) whose declaration and value are kept
/// in its `storage`.
protocol StoredArgument: DeclaredArgument {
  associatedtype Value
  var storage: ArgumentStorage<Value> { get }
}

extension StoredArgument {
  var declaration: ArgumentDeclaration { storage.declaration }
  func take(_ texts: [String]) throws(UsageError) { try storage.take(texts) }
}

/// What a declared argument holds, shared between the property wrapper (which the command
/// reads) and the parser (which fills it): a class, so that filling the copy the parser
/// found fills the command's own.
final class ArgumentStorage<Value> {
  let declaration: ArgumentDeclaration
  private let convert: (ArgumentDeclaration, [String]) throws(UsageError) -> Value
  /// The value: the default until the command line is parsed; nil for a required value
  /// not yet parsed.
  private(set) var value: Value?

  init(
    _ declaration: ArgumentDeclaration, default value: Value?,
    convert: @escaping (ArgumentDeclaration, [String]) throws(UsageError) -> Value
  ) {
    self.declaration = declaration
    self.value = value
    self.convert = convert
  }

  func take(_ texts: [String]) throws(UsageError) {
    value = try convert(declaration, texts)
  }

  /// The value, for the command: always parsed by then (`Draft.run` parses before it runs).
  var parsed: Value {
    guard let value else {
      preconditionFailure("\(declaration.usage) read before the command line was parsed")
    }
    return value
  }
}
