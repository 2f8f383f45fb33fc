/// An option with a value (`-o 文件`, `--output 文件`, `--output=文件`), read as `Value`.
/// Its kind follows from the property's type and default:
///
///     @Option("-o", "--output", value: "文件夹", help: "报告写到这个文件夹")
///     var output: String                          // must be given
///     @Option("-o", "--output", value: "文件", help: "写到文件")
///     var output: String?                         // may be left out: nil
///     @Option("--fonts", value: "字体", help: "gb2312 或 windows")
///     var fonts: ReportFonts = .gb2312            // may be left out: the default, shown in help
///     @Option("--from", value: "文件", help: "…")
///     var sources: [String] = []                  // may be given any number of times
///
/// A single-valued option given twice is a usage error, as is a value `Value` does not take.
@propertyWrapper
struct Option<Value>: StoredArgument {
  let storage: ArgumentStorage<Value>

  var wrappedValue: Value { storage.parsed }

  private static func declaration(
    _ names: [String], value: String, help: String, count: ArgumentDeclaration.Count,
    default defaultText: String? = nil
  ) -> ArgumentDeclaration {
    ArgumentDeclaration(
      kind: .option, names: names, valueName: value, help: help, count: count,
      defaultText: defaultText)
  }
}

extension Option where Value: ArgumentValue {
  /// An option that must be given.
  init(_ names: String..., value: String, help: String) {
    storage = ArgumentStorage(
      Self.declaration(names, value: value, help: help, count: .required), default: nil
    ) { declaration, texts throws(UsageError) in try declaration.required(texts) }
  }

  /// An option that may be left out, for `wrappedValue`.
  init(wrappedValue: Value, _ names: String..., value: String, help: String) {
    storage = ArgumentStorage(
      Self.declaration(
        names, value: value, help: help, count: .optional, default: wrappedValue.argument),
      default: wrappedValue
    ) { declaration, texts throws(UsageError) in try declaration.single(texts) ?? wrappedValue }
  }
}

extension Option {
  /// An option that may be left out, for nil.
  init<Wrapped: ArgumentValue>(_ names: String..., value: String, help: String)
  where Value == Wrapped? {
    storage = ArgumentStorage(
      Self.declaration(names, value: value, help: help, count: .optional), default: .some(nil)
    ) { declaration, texts throws(UsageError) in try declaration.single(texts) }
  }

  /// An option that may be given any number of times; its values in order.
  init<Element: ArgumentValue>(
    wrappedValue: [Element] = [], _ names: String..., value: String, help: String
  ) where Value == [Element] {
    storage = ArgumentStorage(
      Self.declaration(names, value: value, help: help, count: .repeatable),
      default: wrappedValue
    ) { declaration, texts throws(UsageError) in
      texts.isEmpty ? wrappedValue : try declaration.every(texts)
    }
  }
}
